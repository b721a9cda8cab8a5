import type { Actor } from '../access';
import { actorRefusal, hasText, refuse, type ActorRequirement, type TransitionResult } from './transition';

/**
 * Implementation reports: a State focal point reports what its State did on
 * one or many recommendations; an OHCHR officer checks the report, returns it
 * with comments or validates it, then publishes it.
 *
 *   draft ──submit──▶ submitted ──validate──▶ validated ──publish──▶ published
 *     ▲ edit              │ return (comments)
 *                         ▼
 *                      returned ──submit──▶ submitted   (edit while returned)
 *
 * Source: issue 5 ("OHCHR validation workflow: draft → submitted → returned
 * with comments or validated → published"); roles from libs/domain access.
 * Administrators manage accounts; they take no part in this workflow.
 */
export const REPORT_WORKFLOW_META = {
  id: 'implementation_report_workflow',
  name: 'Implementation report validation',
  source: 'Issue 5, "Implementation over time": OHCHR validation workflow draft → submitted → returned with comments or validated → published.',
} as const;

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'validated', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_ACTION_TYPES = ['edit', 'submit', 'return', 'validate', 'publish'] as const;
export type ReportActionType = (typeof REPORT_ACTION_TYPES)[number];

export type ReportAction =
  | { readonly type: 'edit' }
  | { readonly type: 'submit' }
  /** Comments tell the State what to change; required. */
  | { readonly type: 'return'; readonly comments: string }
  | { readonly type: 'validate' }
  | { readonly type: 'publish' };

/** What the workflow needs to know about a report. */
export interface ReportFacts {
  readonly status: ReportStatus;
  /** ISO 3166-1 alpha-3 of the State whose report it is. */
  readonly stateIso3: string;
}

/** From which statuses each action applies, and where it leads. */
const REPORT_MOVES: { readonly [A in ReportActionType]: Partial<Record<ReportStatus, ReportStatus>> } = {
  edit: { draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'submitted' },
  return: { submitted: 'returned' },
  validate: { submitted: 'validated' },
  publish: { validated: 'published' },
};

const REPORT_ACTION_PAST: Readonly<Record<ReportActionType, string>> = {
  edit: 'edited',
  submit: 'submitted',
  return: 'returned',
  validate: 'validated',
  publish: 'published',
};

function requirementFor(action: ReportActionType, report: ReportFacts): ActorRequirement {
  switch (action) {
    case 'edit':
    case 'submit':
      return { role: 'state_focal_point', permission: 'assessments:submit', ownStateIso3: report.stateIso3 };
    case 'return':
    case 'validate':
    case 'publish':
      return { role: 'ohchr_officer', permission: 'assessments:review', ownStateIso3: null };
  }
}

/**
 * The next status of a report after `action` by `actor`, or the refusal:
 * who first (unauthenticated, role, credential, own State), then whether the
 * action applies to the current status, then the comments a return needs.
 */
export function reportTransition(current: ReportFacts, action: ReportAction, actor: Actor): TransitionResult<ReportStatus> {
  const who = actorRefusal(actor, requirementFor(action.type, current), `${action.type} a report`);
  if (who !== null) {
    return { ok: false, refusal: who };
  }
  const next = REPORT_MOVES[action.type][current.status];
  if (next === undefined) {
    return refuse('invalid_transition', `a ${current.status} report cannot be ${REPORT_ACTION_PAST[action.type]}`);
  }
  if (action.type === 'return' && !hasText(action.comments)) {
    return refuse('reason_required', 'a report is returned with comments telling the State what to change');
  }
  return { ok: true, next };
}

/** Starting a new draft report: a State focal point, for its own State only. */
export function startReport(stateIso3: string, actor: Actor): TransitionResult<ReportStatus> {
  const who = actorRefusal(
    actor,
    { role: 'state_focal_point', permission: 'assessments:submit', ownStateIso3: stateIso3 },
    'draft a report',
  );
  return who === null ? { ok: true, next: 'draft' } : { ok: false, refusal: who };
}
