import type { StakeholderKind } from '../stakeholders';
import type { Role } from './roles';

/**
 * The scope that comes with a role: a State focal point is bound to one State (and optionally
 * to institutions of that State); an NGO / NHRI monitor to one organisation; administrators and
 * OHCHR officers to nothing.
 */
export interface AccountScope {
  readonly role: Role;
  readonly stateIso3: string | null;
  readonly organisationId: number | null;
  readonly institutionIds: readonly number[];
}

/** What is known about the records the scope points to (null when the id does not exist). */
export interface ScopeFacts {
  readonly stateExists: boolean;
  readonly organisation: { readonly kind: StakeholderKind; readonly stateIso3: string | null } | null;
  readonly institutions: readonly { readonly id: number; readonly stateIso3: string | null }[];
}

/** Kinds of stakeholder whose members monitor as civil society. */
export const MONITOR_ORGANISATION_KINDS: readonly StakeholderKind[] = ['ngo', 'nhri', 'academia', 'trade_union'];

export interface ScopeProblem {
  readonly field: 'stateIso3' | 'organisationId' | 'institutionIds';
  readonly reason: string;
}

export function accountScopeProblems(scope: AccountScope, facts: ScopeFacts): ScopeProblem[] {
  const problems: ScopeProblem[] = [];
  const focal = scope.role === 'state_focal_point';
  const monitor = scope.role === 'ngo_monitor';
  if (focal) {
    if (scope.stateIso3 === null) problems.push({ field: 'stateIso3', reason: 'is required for a State focal point' });
    else if (!facts.stateExists) problems.push({ field: 'stateIso3', reason: `unknown code(s): ${scope.stateIso3}` });
  } else if (scope.stateIso3 !== null) {
    problems.push({ field: 'stateIso3', reason: 'applies only to State focal points' });
  }
  if (monitor) {
    if (scope.organisationId === null) problems.push({ field: 'organisationId', reason: 'is required for an NGO / NHRI monitor' });
    else if (facts.organisation === null) problems.push({ field: 'organisationId', reason: `stakeholder ${scope.organisationId} does not exist` });
    else if (!MONITOR_ORGANISATION_KINDS.includes(facts.organisation.kind)) {
      problems.push({ field: 'organisationId', reason: `must be a civil-society organisation (${MONITOR_ORGANISATION_KINDS.join(', ')}), not ${facts.organisation.kind}` });
    }
  } else if (scope.organisationId !== null) {
    problems.push({ field: 'organisationId', reason: 'applies only to NGO / NHRI monitors' });
  }
  if (scope.institutionIds.length > 0) {
    if (!focal) {
      problems.push({ field: 'institutionIds', reason: 'apply only to State focal points' });
    } else {
      const known = new Map(facts.institutions.map((i) => [i.id, i.stateIso3]));
      const unknown = scope.institutionIds.filter((id) => !known.has(id));
      const foreign = scope.institutionIds.filter((id) => known.has(id) && known.get(id) !== scope.stateIso3);
      if (unknown.length > 0) problems.push({ field: 'institutionIds', reason: `unknown stakeholder(s): ${unknown.join(', ')}` });
      if (foreign.length > 0) problems.push({ field: 'institutionIds', reason: `stakeholder(s) ${foreign.join(', ')} do not belong to ${scope.stateIso3 ?? 'the State'}` });
    }
  }
  return problems;
}

/**
 * The last active administrator cannot lose the role or be deactivated: nobody could manage
 * accounts any more (a new one would need shell access to run `create-admin`).
 */
export function lastAdministratorProblem(change: { readonly currentRole: Role; readonly newRole: Role; readonly deactivate: boolean }, activeAdministrators: number): string | null {
  const losesAdmin = change.currentRole === 'administrator' && (change.newRole !== 'administrator' || change.deactivate);
  return losesAdmin && activeAdministrators <= 1 ? 'the last active administrator cannot lose the role or be deactivated' : null;
}
