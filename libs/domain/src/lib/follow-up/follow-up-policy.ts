import { hasPermission, type AccessDecision, type Actor } from '../access';
import type { AssertingParty } from '../implementation-status';
import type { StakeholderKind } from '../stakeholders';
import type { ReportStatus } from './report-workflow';

/**
 * Who may see implementation reports, their evidence and status claims.
 * Source: docs/adr/0005-authorization-model.md (OHCHR reads everything; a State's unpublished
 * report is refused to others with 403, its existence is not secret) and issue 5 (evidence files
 * are served only to users allowed to see the report).
 */

/** What the policies need to know about one implementation report. */
export interface ReportAccessFacts {
  readonly status: ReportStatus;
  /** The State whose report it is. */
  readonly stateIso3: string;
}

function isOwnStateFocalPoint(actor: Actor, stateIso3: string): boolean {
  return actor.kind === 'user' && actor.role === 'state_focal_point' && hasPermission(actor, 'assessments:submit') && actor.stateIso3 === stateIso3;
}

/** Reading a report: OHCHR reviewers and the State's own focal points always; everyone else once it is published. */
export function reportReadDecision(actor: Actor, report: ReportAccessFacts): AccessDecision {
  if (hasPermission(actor, 'assessments:review') || isOwnStateFocalPoint(actor, report.stateIso3) || report.status === 'published') return 'allow';
  return actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden';
}

/**
 * Downloading an evidence file: exactly those who may read the report; anyone else is answered
 * as if the file did not exist (files can carry personal data: they are never acknowledged).
 */
export function reportEvidenceDecision(actor: Actor, report: ReportAccessFacts): AccessDecision {
  return reportReadDecision(actor, report) === 'allow' ? 'allow' : 'hidden';
}

/** Which reports a list may include, as a filter the SQL applies (equivalent to `reportReadDecision` row by row). */
export interface ReportVisibility {
  readonly all: boolean;
  /** Additionally, every report of this State (its focal points). */
  readonly ownStateIso3: string | null;
}

export function reportVisibility(actor: Actor): ReportVisibility {
  if (hasPermission(actor, 'assessments:review')) return { all: true, ownStateIso3: null };
  const focal = actor.kind === 'user' && actor.role === 'state_focal_point' && hasPermission(actor, 'assessments:submit');
  return { all: false, ownStateIso3: focal ? actor.stateIso3 : null };
}

/**
 * The party an organisation asserts a status as: NHRIs and UN entities as themselves, every other
 * civil-society organisation (NGO, academia, trade union) as 'ngo'.
 */
export function partyOfOrganisation(kind: StakeholderKind): AssertingParty {
  switch (kind) {
    case 'nhri':
      return 'nhri';
    case 'un_entity':
      return 'un_entity';
    case 'government_institution':
    case 'parliament':
    case 'judiciary':
    case 'ngo':
    case 'regional_organisation':
    case 'donor':
    case 'academia':
    case 'business':
    case 'trade_union':
      return 'ngo';
  }
}

/** What decides whether one status claim may be shown (or counted) for an actor. */
export interface ClaimAccessFacts {
  /** Published and not confidential. */
  readonly public: boolean;
  /** The organisation that filed the assessment behind the claim, if any. */
  readonly ownerOrganisationId: number | null;
  /** The State that filed the report (or State assessment) behind the claim, if any. */
  readonly ownerStateIso3: string | null;
}

/**
 * A claim is visible to everyone when public; otherwise only to OHCHR reviewers and to whoever
 * filed it. So State users and the public never see, nor count, a confidential claim.
 */
export function claimVisible(actor: Actor, claim: ClaimAccessFacts): boolean {
  if (claim.public || hasPermission(actor, 'assessments:review')) return true;
  if (actor.kind === 'anonymous' || !hasPermission(actor, 'assessments:submit')) return false;
  if (actor.role === 'ngo_monitor') return actor.organisationId !== null && actor.organisationId === claim.ownerOrganisationId;
  if (actor.role === 'state_focal_point') return actor.stateIso3 !== null && actor.stateIso3 === claim.ownerStateIso3;
  return false;
}
