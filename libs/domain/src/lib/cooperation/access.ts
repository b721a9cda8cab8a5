import { hasPermission, requirePermission, type AccessDecision, type Actor } from '../access';

/**
 * Who may see and do what with cooperation records, flags and the sweep.
 * Flags are evidence for people to review, never a determination (HRC res 5/1
 * para 38): they stay OHCHR's working material until someone decides.
 */

/** Reading and changing cooperation records and reading flags: those who keep the registry (OHCHR officers, administrators). */
export function cooperationAccess(actor: Actor): AccessDecision {
  return requirePermission(actor, 'registry:write');
}

/** "Evaluate now": OHCHR officers only (issue 7), with a credential that writes the registry. */
export function evaluateNowAccess(actor: Actor): AccessDecision {
  if (actor.kind === 'anonymous') return 'unauthenticated';
  return actor.role === 'ohchr_officer' && hasPermission(actor, 'registry:write') ? 'allow' : 'forbidden';
}

/** The job queue dashboard: administrators (those who manage accounts run the installation). */
export function queueDashboardAccess(actor: Actor): AccessDecision {
  return requirePermission(actor, 'users:manage');
}
