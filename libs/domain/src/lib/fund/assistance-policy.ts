import { hasPermission, type AccessDecision, type Actor } from '../access';
import type { IsoDate } from '../follow-up/calendar';
import { actorRefusal, type WorkflowRefusal } from '../follow-up/transition';
import type { AssistanceStatus } from './assistance-workflow';

/**
 * Who sees an assistance request, who publishes it and who records what was paid.
 * Source: issue 6, "Views": a State focal point sees and drafts its own State's requests; the public
 * sees approved ones when published; OHCHR, which administers the Fund, sees all.
 * Convention of this tracker: a request nobody may read is answered as if it did not exist (404),
 * because a State's request for help is not public before the Fund has approved and published it.
 */

/** Statuses of an approved request: only these may be published, and only published ones are public. */
export const ASSISTANCE_PUBLISHABLE_STATUSES = ['approved', 'in_implementation', 'completed', 'reported'] as const satisfies readonly AssistanceStatus[];

/** Statuses in which money may be disbursed: approved and not yet reported to the Council. */
export const ASSISTANCE_DISBURSABLE_STATUSES = ['approved', 'in_implementation', 'completed'] as const satisfies readonly AssistanceStatus[];

export interface AssistanceVisibilityFacts {
  /** ISO 3166-1 alpha-3 of the requesting State. */
  readonly stateIso3: string;
  readonly status: AssistanceStatus;
  readonly published: boolean;
}

function isPublishable(status: AssistanceStatus): boolean {
  return (ASSISTANCE_PUBLISHABLE_STATUSES as readonly AssistanceStatus[]).includes(status);
}

function isOwnState(actor: Actor, stateIso3: string): boolean {
  return actor.kind === 'user' && actor.role === 'state_focal_point' && hasPermission(actor, 'assessments:submit') && actor.stateIso3 === stateIso3;
}

/** Reading a request, its links, amounts, documents and history. */
export function assistanceReadDecision(actor: Actor, request: AssistanceVisibilityFacts): AccessDecision {
  if (hasPermission(actor, 'registry:write') || isOwnState(actor, request.stateIso3)) return 'allow';
  if (request.published && isPublishable(request.status)) return 'allow';
  return 'hidden';
}

/**
 * Which requests a list, a count or an aggregate may include for this actor, as a filter the SQL
 * applies; equivalent to `assistanceReadDecision(...) === 'allow'` row by row.
 */
export interface AssistanceVisibility {
  /** Every request (OHCHR). */
  readonly all: boolean;
  /** Additionally, every request of this State (its focal point). */
  readonly ownStateIso3: string | null;
  /** Published requests in these statuses are visible to everyone. */
  readonly publicStatuses: readonly AssistanceStatus[];
}

export function assistanceVisibility(actor: Actor): AssistanceVisibility {
  const all = hasPermission(actor, 'registry:write');
  const ownStateIso3 = !all && actor.kind === 'user' && actor.stateIso3 !== null && isOwnState(actor, actor.stateIso3) ? actor.stateIso3 : null;
  return { all, ownStateIso3, publicStatuses: ASSISTANCE_PUBLISHABLE_STATUSES };
}

/** Whether status claims that are not public (drafts, confidential assessments) may be shown with a request's results. */
export function mayReadNonPublicClaims(actor: Actor): boolean {
  return hasPermission(actor, 'registry:write');
}

const OHCHR_ONLY = { role: 'ohchr_officer', permission: 'registry:write', ownStateIso3: null } as const;

/** Publishing an approved request (OHCHR): null when allowed, else the refusal. */
export function assistancePublishRefusal(request: AssistanceVisibilityFacts, actor: Actor): WorkflowRefusal | null {
  const who = actorRefusal(actor, OHCHR_ONLY, 'publish an assistance request');
  if (who !== null) return who;
  if (!isPublishable(request.status)) {
    return { code: 'invalid_transition', reason: `only an approved request can be published; this one is ${request.status.replace(/_/gu, ' ')}` };
  }
  if (request.published) return { code: 'invalid_transition', reason: 'the request is already published' };
  return null;
}

/** Recording a disbursement (OHCHR): null when allowed, else the refusal. Amounts are checked by `assistanceAmountProblems`. */
export function disbursementRefusal(request: AssistanceVisibilityFacts, actor: Actor): WorkflowRefusal | null {
  const who = actorRefusal(actor, OHCHR_ONLY, 'record a disbursement');
  if (who !== null) return who;
  if (!(ASSISTANCE_DISBURSABLE_STATUSES as readonly AssistanceStatus[]).includes(request.status)) {
    return { code: 'invalid_transition', reason: `money is disbursed only on an approved request until it is reported; this one is ${request.status.replace(/_/gu, ' ')}` };
  }
  return null;
}

/**
 * Correcting a disbursement entered by mistake: the officer voids it with a reason (it stays on record,
 * struck out, and no longer counts) and records the right one if money was paid. Whoever may record
 * disbursements may void them, whatever the request's status, once.
 */
export function disbursementVoidRefusal(disbursement: { readonly voided: boolean }, actor: Actor): WorkflowRefusal | null {
  const who = actorRefusal(actor, OHCHR_ONLY, 'correct a disbursement');
  if (who !== null) return who;
  if (disbursement.voided) return { code: 'invalid_transition', reason: 'this disbursement was already voided' };
  return null;
}

/** What submitting needs to know about a draft. */
export interface AssistanceDraftFacts {
  readonly description: string;
  readonly consentOn: IsoDate | null;
  readonly consentBy: string | null;
  readonly recommendationCount: number;
  readonly requestedMinor: bigint;
}

export interface SubmissionProblem {
  /** The field at fault: 'description', 'consentOn', 'consentBy', 'recommendationIds' or 'requestedMinor'. */
  readonly field: 'description' | 'consentOn' | 'consentBy' | 'recommendationIds' | 'requestedMinor';
  readonly reason: string;
}

/**
 * What a draft lacks before the State may submit it: the State's consent (HRC res 6/17: assistance
 * "in consultation with, and with the consent of, the country concerned"), what it is for, at least
 * one recommendation it serves (the Fund helps implement UPR recommendations) and an amount.
 */
export function assistanceSubmissionProblems(draft: AssistanceDraftFacts): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  if (draft.description.trim() === '') problems.push({ field: 'description', reason: 'describe the assistance asked for before submitting' });
  if (draft.consentOn === null) problems.push({ field: 'consentOn', reason: 'record the date the State consented before submitting (HRC res 6/17)' });
  if (draft.consentBy === null || draft.consentBy.trim() === '') problems.push({ field: 'consentBy', reason: 'record who gave the State’s consent before submitting' });
  if (draft.recommendationCount === 0) problems.push({ field: 'recommendationIds', reason: 'link at least one recommendation the assistance serves before submitting' });
  if (draft.requestedMinor <= 0n) problems.push({ field: 'requestedMinor', reason: 'request an amount greater than zero before submitting' });
  return problems;
}

/** Adding or archiving a document (a consent letter, a project document, a report): OHCHR, or the State's own focal point. */
export function assistanceDocumentRefusal(request: AssistanceVisibilityFacts, actor: Actor): WorkflowRefusal | null {
  if (actor.kind === 'user' && actor.role === 'state_focal_point') {
    return actorRefusal(actor, { role: 'state_focal_point', permission: 'assessments:submit', ownStateIso3: request.stateIso3 }, 'add documents to an assistance request');
  }
  return actorRefusal(actor, OHCHR_ONLY, 'add documents to an assistance request');
}
