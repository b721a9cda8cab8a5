import type { Actor } from '../access';
import { actorRefusal, hasText, refuse, type ActorRequirement, type TransitionResult, type WorkflowRefusal } from '../follow-up/transition';

/**
 * Lifecycle of a request to the Voluntary Fund for Financial and Technical
 * Assistance in the implementation of the UPR (HRC res 6/17):
 *
 *   draft ─submit─▶ submitted ─start_review─▶ under_review ─approve─▶ approved ─start_implementation─▶
 *     ▲ edit            │ return (reason)        │ return (reason) │ decline (reason) ─▶ declined
 *     └─────────────────┴────────────────────────┘
 *   in_implementation ─complete─▶ completed ─report─▶ reported
 *
 * The State asks (its focal point drafts, edits and submits its own State's
 * requests: assistance is given "with the consent of the country concerned");
 * OHCHR, which administers the Fund, reviews, decides and follows up. An OHCHR
 * officer (a field office helping the State prepare it) may also start and
 * edit a draft for any State, but only the State submits it.
 * Refusals (return, decline) carry a reason.
 * Sources: issue 6 (lifecycle and roles); HRC res 6/17 (consent).
 */
export const ASSISTANCE_WORKFLOW_META = {
  id: 'assistance_request_workflow',
  name: 'Voluntary Fund assistance request lifecycle',
  source:
    'Issue 6, "Records": draft → submitted → under review → approved or declined → in implementation → completed → reported, each transition by an allowed role, with a reason where it is a refusal; HRC res 6/17 (assistance with the consent of the country concerned).',
} as const;

export const ASSISTANCE_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'approved',
  'declined',
  'in_implementation',
  'completed',
  'reported',
] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

export const ASSISTANCE_ACTION_TYPES = [
  'edit',
  'submit',
  'start_review',
  'return',
  'approve',
  'decline',
  'start_implementation',
  'complete',
  'report',
] as const;
export type AssistanceActionType = (typeof ASSISTANCE_ACTION_TYPES)[number];

export type AssistanceAction =
  | { readonly type: Exclude<AssistanceActionType, 'return' | 'decline'> }
  /** Sent back to the State to change it: what to change. */
  | { readonly type: 'return'; readonly reason: string }
  | { readonly type: 'decline'; readonly reason: string };

export interface AssistanceRequestFacts {
  readonly status: AssistanceStatus;
  /** ISO 3166-1 alpha-3 of the requesting State. */
  readonly stateIso3: string;
}

const ASSISTANCE_MOVES: { readonly [A in AssistanceActionType]: Partial<Record<AssistanceStatus, AssistanceStatus>> } = {
  edit: { draft: 'draft' },
  submit: { draft: 'submitted' },
  start_review: { submitted: 'under_review' },
  return: { submitted: 'draft', under_review: 'draft' },
  approve: { under_review: 'approved' },
  decline: { under_review: 'declined' },
  start_implementation: { approved: 'in_implementation' },
  complete: { in_implementation: 'completed' },
  report: { completed: 'reported' },
};

const ASSISTANCE_ACTION_LABELS: Readonly<Record<AssistanceActionType, string>> = {
  edit: 'edit',
  submit: 'submit',
  start_review: 'put under review',
  return: 'return',
  approve: 'approve',
  decline: 'decline',
  start_implementation: 'start implementing',
  complete: 'mark as completed',
  report: 'mark as reported',
};

const OHCHR_REQUIREMENT: ActorRequirement = { role: 'ohchr_officer', permission: 'registry:write', ownStateIso3: null };

function stateRequirement(stateIso3: string): ActorRequirement {
  return { role: 'state_focal_point', permission: 'assessments:submit', ownStateIso3: stateIso3 };
}

/** Drafting (starting, editing): the State's own focal point, or an OHCHR officer for any State. */
function drafterRefusal(actor: Actor, stateIso3: string, action: string): WorkflowRefusal | null {
  if (actor.kind === 'user' && actor.role === 'ohchr_officer') {
    return actorRefusal(actor, OHCHR_REQUIREMENT, action);
  }
  if (actor.kind === 'user' && actor.role !== 'state_focal_point') {
    return { code: 'role_not_allowed', reason: `only a state_focal_point or an ohchr_officer may ${action}, not a ${actor.role}` };
  }
  return actorRefusal(actor, stateRequirement(stateIso3), action);
}

function requirementFor(action: Exclude<AssistanceActionType, 'edit'>, request: AssistanceRequestFacts): ActorRequirement {
  switch (action) {
    case 'submit':
      return stateRequirement(request.stateIso3);
    case 'start_review':
    case 'return':
    case 'approve':
    case 'decline':
    case 'start_implementation':
    case 'complete':
    case 'report':
      return OHCHR_REQUIREMENT;
  }
}

/**
 * The next status of an assistance request after `action` by `actor`, or the
 * refusal (who, then whether the action applies, then the reason a refusal
 * needs). Amounts are checked separately by `assistanceAmountProblems`.
 */
export function assistanceTransition(
  current: AssistanceRequestFacts,
  action: AssistanceAction,
  actor: Actor,
): TransitionResult<AssistanceStatus> {
  const label = ASSISTANCE_ACTION_LABELS[action.type];
  const what = `${label} an assistance request`;
  const who = action.type === 'edit' ? drafterRefusal(actor, current.stateIso3, what) : actorRefusal(actor, requirementFor(action.type, current), what);
  if (who !== null) {
    return { ok: false, refusal: who };
  }
  const next = ASSISTANCE_MOVES[action.type][current.status];
  if (next === undefined) {
    return refuse('invalid_transition', `cannot ${label} an assistance request that is ${current.status.replace(/_/gu, ' ')}`);
  }
  if ((action.type === 'return' || action.type === 'decline') && !hasText(action.reason)) {
    return refuse('reason_required', `to ${label} an assistance request, give the reason`);
  }
  return { ok: true, next };
}

/** Starting a new draft request: a State focal point for its own State only, an OHCHR officer for any State. */
export function startAssistanceRequest(stateIso3: string, actor: Actor): TransitionResult<AssistanceStatus> {
  const who = drafterRefusal(actor, stateIso3, 'draft an assistance request');
  return who === null ? { ok: true, next: 'draft' } : { ok: false, refusal: who };
}

/**
 * The actions `actor` may take on the request now (edit aside), so an interface
 * offers only those. A refusal's reason is asked for when the action is taken.
 */
export function availableAssistanceActions(current: AssistanceRequestFacts, actor: Actor): AssistanceActionType[] {
  return ASSISTANCE_ACTION_TYPES.filter((type) => {
    if (type === 'edit') return false;
    const action: AssistanceAction = type === 'return' || type === 'decline' ? { type, reason: 'given' } : { type };
    return assistanceTransition(current, action, actor).ok;
  });
}
