import type { Actor } from '../access';
import { actorRefusal, hasText, refuse, type TransitionResult } from '../follow-up/transition';
import { checkWindowKey, compareWindowKeys } from './windows';

/**
 * Lifecycle of a non-cooperation flag. The product raises flags; people
 * decide (HRC res 5/1 para 38 sets no threshold; shared/notes/domain.md):
 *
 *   open ─start_review─▶ under_review ─confirm─▶ confirmed
 *                             │ dismiss (reason)
 *                             ▼
 *   reopened ◀─rule_fired in a later window── dismissed
 *      └─start_review─▶ under_review …
 *
 * `rule_fired` is what the sweep applies on every firing: it reopens a
 * dismissed flag only when the rule fires in a window after the one in which
 * the flag was dismissed (a re-run of the same window changes nothing), and
 * leaves every other status as it is.
 * Source: issue 7, "Flags" (open → under review → confirmed or dismissed with
 * the reviewer's reason, reopened if the rule keeps firing).
 */
export const FLAG_WORKFLOW_META = {
  id: 'non_cooperation_flag_workflow',
  name: 'Non-cooperation flag review',
  source:
    'Issue 7, "Flags": open → under review → confirmed or dismissed (with the reviewer\'s reason), reopened if the rule keeps firing; HRC res 5/1 para 38 (people review; the product never decides).',
} as const;

export const FLAG_STATUSES = ['open', 'under_review', 'confirmed', 'dismissed', 'reopened'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

export type FlagAction =
  | { readonly type: 'start_review' }
  | { readonly type: 'confirm' }
  | { readonly type: 'dismiss'; readonly reason: string }
  /** The sweep saw the rule fire again for this State in `windowKey`. */
  | { readonly type: 'rule_fired'; readonly windowKey: string };

export interface FlagFacts {
  readonly status: FlagStatus;
  /** Window in which the flag was last dismissed; null if never. */
  readonly dismissedInWindow: string | null;
}

/** The scheduled sweep, acting for nobody. */
export interface SystemActor {
  readonly kind: 'system';
}

export type FlagActor = Actor | SystemActor;

export const SYSTEM_ACTOR: SystemActor = { kind: 'system' };

function reviewMove(status: FlagStatus, action: Exclude<FlagAction['type'], 'rule_fired'>): FlagStatus | undefined {
  switch (action) {
    case 'start_review':
      return status === 'open' || status === 'reopened' ? 'under_review' : undefined;
    case 'confirm':
      return status === 'under_review' ? 'confirmed' : undefined;
    case 'dismiss':
      return status === 'under_review' ? 'dismissed' : undefined;
  }
}

/**
 * The next status of a flag, or the refusal. Reviews are by OHCHR officers
 * only; `rule_fired` by the sweep only.
 */
export function flagTransition(current: FlagFacts, action: FlagAction, actor: FlagActor): TransitionResult<FlagStatus> {
  if (action.type === 'rule_fired') {
    if (actor.kind !== 'system') {
      return refuse('role_not_allowed', 'only the rule sweep records a firing');
    }
    checkWindowKey(action.windowKey);
    const reopens =
      current.status === 'dismissed' &&
      (current.dismissedInWindow === null || compareWindowKeys(action.windowKey, current.dismissedInWindow) > 0);
    return { ok: true, next: reopens ? 'reopened' : current.status };
  }
  if (actor.kind === 'system') {
    return refuse('role_not_allowed', `the rule sweep cannot ${action.type.replace(/_/gu, ' ')} a flag; an OHCHR officer does`);
  }
  const who = actorRefusal(actor, { role: 'ohchr_officer', permission: 'registry:write', ownStateIso3: null }, `${action.type.replace(/_/gu, ' ')} a flag`);
  if (who !== null) {
    return { ok: false, refusal: who };
  }
  const next = reviewMove(current.status, action.type);
  if (next === undefined) {
    return refuse('invalid_transition', `cannot ${action.type.replace(/_/gu, ' ')} a flag that is ${current.status.replace(/_/gu, ' ')}`);
  }
  if (action.type === 'dismiss' && !hasText(action.reason)) {
    return refuse('reason_required', 'a flag is dismissed with the reviewer’s reason');
  }
  return { ok: true, next };
}
