import { hasPermission, type AccessDecision, type Actor } from './roles';

/**
 * Assessments: a State's own report on a recommendation addressed to it, or an independent
 * assessment by a civil-society organisation (NGO, NHRI). Civil-society material can be
 * confidential: its sources face reprisals. The rules below are the whole policy; services
 * and the SQL that lists assessments apply them, and the access matrix test checks both.
 */

export const ASSESSMENT_ORIGINS = ['state', 'civil_society'] as const;
export type AssessmentOrigin = (typeof ASSESSMENT_ORIGINS)[number];

/** What the policy needs to know about one assessment (owner facts come from its source record). */
export interface AssessmentFacts {
  readonly origin: AssessmentOrigin;
  readonly confidential: boolean;
  readonly published: boolean;
  /** The State of the recommendation assessed. */
  readonly recommendationStateIso3: string;
  /** Owner of a civil-society assessment: the organisation (stakeholder id). */
  readonly ownerOrganisationId: number | null;
  /** Owner of a State report: the State. */
  readonly ownerStateIso3: string | null;
}

/** The actor belongs to the organisation or State that filed the assessment. */
export function ownsAssessment(actor: Actor, a: AssessmentFacts): boolean {
  if (actor.kind === 'anonymous' || !hasPermission(actor, 'assessments:submit')) return false;
  switch (a.origin) {
    case 'civil_society':
      return actor.role === 'ngo_monitor' && actor.organisationId !== null && actor.organisationId === a.ownerOrganisationId;
    case 'state':
      return actor.role === 'state_focal_point' && actor.stateIso3 !== null && actor.stateIso3 === a.ownerStateIso3;
  }
}

/** Confidential material, and civil-society drafts, are not acknowledged to anyone who may not read them. */
function refusal(actor: Actor, a: AssessmentFacts): AccessDecision {
  if (a.confidential || a.origin === 'civil_society') return 'hidden';
  return actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden';
}

/**
 * Reading the content (status, narrative). OHCHR reviewers and the owner read everything;
 * everyone else, State users and the public included, reads only published, non-confidential ones.
 */
export function assessmentReadDecision(actor: Actor, a: AssessmentFacts): AccessDecision {
  if (hasPermission(actor, 'assessments:review') || ownsAssessment(actor, a)) return 'allow';
  if (a.published && !a.confidential) return 'allow';
  return refusal(actor, a);
}

/** Reading who filed it (organisation, author): OHCHR reviewers and the owner only; every read is audited. */
export function assessmentSourceDecision(actor: Actor, a: AssessmentFacts): AccessDecision {
  if (hasPermission(actor, 'assessments:review') || ownsAssessment(actor, a)) return 'allow';
  const read = assessmentReadDecision(actor, a);
  return read === 'allow' ? (actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden') : read;
}

/** Changing it: only its owner, only while it is a draft. Nobody edits another's submission. */
export function assessmentEditDecision(actor: Actor, a: AssessmentFacts): AccessDecision {
  if (ownsAssessment(actor, a)) return a.published ? 'forbidden' : 'allow';
  const read = assessmentReadDecision(actor, a);
  return read === 'allow' ? (actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden') : read;
}

/** Publishing (after validation): OHCHR only. */
export function assessmentPublishDecision(actor: Actor, a: AssessmentFacts): AccessDecision {
  if (hasPermission(actor, 'assessments:review')) return 'allow';
  const read = assessmentReadDecision(actor, a);
  return read === 'allow' ? (actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden') : read;
}

/**
 * Filing a new assessment: a monitor for its own organisation on any recommendation; a State
 * focal point a report on a recommendation addressed to its own State only.
 * Returns the origin the new assessment gets, or the refusal.
 */
export function assessmentCreateDecision(
  actor: Actor,
  recommendationStateIso3: string,
): { readonly decision: 'allow'; readonly origin: AssessmentOrigin } | { readonly decision: Exclude<AccessDecision, 'allow'> } {
  if (actor.kind === 'anonymous') return { decision: 'unauthenticated' };
  if (!hasPermission(actor, 'assessments:submit')) return { decision: 'forbidden' };
  if (actor.role === 'ngo_monitor' && actor.organisationId !== null) return { decision: 'allow', origin: 'civil_society' };
  if (actor.role === 'state_focal_point' && actor.stateIso3 === recommendationStateIso3) return { decision: 'allow', origin: 'state' };
  return { decision: 'forbidden' };
}

/**
 * Which assessments a list, a count or an export may include for this actor, as a filter the
 * SQL applies; equivalent to `assessmentReadDecision(...) === 'allow'` row by row.
 */
export interface AssessmentVisibility {
  /** Every assessment (OHCHR reviewers). */
  readonly all: boolean;
  /** Additionally, everything filed by this organisation. */
  readonly ownOrganisationId: number | null;
  /** Additionally, every report filed by this State. */
  readonly ownStateIso3: string | null;
}

export function assessmentVisibility(actor: Actor): AssessmentVisibility {
  if (hasPermission(actor, 'assessments:review')) return { all: true, ownOrganisationId: null, ownStateIso3: null };
  const submitter = actor.kind === 'user' && hasPermission(actor, 'assessments:submit');
  return {
    all: false,
    ownOrganisationId: submitter && actor.role === 'ngo_monitor' ? actor.organisationId : null,
    ownStateIso3: submitter && actor.role === 'state_focal_point' ? actor.stateIso3 : null,
  };
}

/** Whether sources may be included in a listing or an export for this actor (OHCHR reviewers only). */
export function mayListSources(actor: Actor): boolean {
  return hasPermission(actor, 'assessments:review');
}
