import type { AssertingParty, DeadlineKind, GradeScale, ReportStatus, StatusEventSource } from '../../api/models';
import { documentReference } from '../recommendations/recommendation-format';

/* Display labels of the follow-up codes; every one goes through $localize. */

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, string>> = {
  draft: $localize`:Status of an implementation report@@reportStatus.draft:Draft`,
  submitted: $localize`:Status of an implementation report@@reportStatus.submitted:Submitted`,
  returned: $localize`:Status of an implementation report, sent back to the State with comments@@reportStatus.returned:Returned with comments`,
  validated: $localize`:Status of an implementation report@@reportStatus.validated:Validated`,
  published: $localize`:Status of an implementation report@@reportStatus.published:Published`,
};

export const REPORT_STEP_LABELS: Readonly<Record<string, string>> = {
  create: $localize`:Step of an implementation report's workflow@@reportStep.create:Drafted`,
  submit: $localize`:Step of an implementation report's workflow@@reportStep.submit:Submitted to OHCHR`,
  return: $localize`:Step of an implementation report's workflow@@reportStep.return:Returned with comments`,
  validate: $localize`:Step of an implementation report's workflow@@reportStep.validate:Validated`,
  publish: $localize`:Step of an implementation report's workflow@@reportStep.publish:Published`,
};

export const PARTY_LABELS: Readonly<Record<AssertingParty, string>> = {
  state: $localize`:Party asserting an implementation status@@party.state:State`,
  nhri: $localize`:Party asserting an implementation status; NHRI = national human rights institution@@party.nhri:NHRI`,
  ngo: $localize`:Party asserting an implementation status; NGO = non-governmental organisation@@party.ngo:NGO`,
  un_entity: $localize`:Party asserting an implementation status@@party.unEntity:UN entity`,
  ohchr: $localize`:Party asserting an implementation status@@party.ohchr:OHCHR`,
};

export const SOURCE_LABELS: Readonly<Record<StatusEventSource, string>> = {
  state_report: $localize`:Where a status claim comes from@@claimSource.stateReport:State implementation report`,
  assessment: $localize`:Where a status claim comes from@@claimSource.assessment:Assessment`,
  ohchr: $localize`:Where a status claim comes from@@claimSource.ohchr:OHCHR record`,
};

export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, string>> = {
  upr_response: $localize`:Kind of deadline@@deadline.uprResponse:UPR responses`,
  upr_mid_term_report: $localize`:Kind of deadline@@deadline.uprMidTerm:UPR mid-term report`,
  upr_next_review: $localize`:Kind of deadline@@deadline.uprNextReview:Next UPR review`,
  treaty_follow_up_report: $localize`:Kind of deadline@@deadline.treatyFollowUp:Treaty-body follow-up report`,
  treaty_periodic_report: $localize`:Kind of deadline@@deadline.treatyPeriodic:Treaty-body periodic report`,
  communication_reply: $localize`:Kind of deadline@@deadline.communicationReply:Reply to a communication`,
};

export const GRADE_SCALE_LABELS: Readonly<Record<GradeScale, string>> = {
  ccpr_2013: $localize`:Scale of treaty-body follow-up grades@@gradeScale.ccpr2013:Human Rights Committee, since 2013 (A–E)`,
  ccpr_legacy: $localize`:Scale of treaty-body follow-up grades@@gradeScale.ccprLegacy:Human Rights Committee, before 2013`,
  implementation: $localize`:Scale of treaty-body follow-up grades@@gradeScale.implementation:Implemented / partially / not`,
};

/** How a recommendation is named in a list: its body and document reference, else its number. */
export function recommendationReference(item: { readonly recommendationId: number; readonly body: string; readonly documentSymbol: string | null; readonly paragraph: string | null }): string {
  const reference = documentReference(item.documentSymbol, item.paragraph);
  return reference === null
    ? $localize`:Name of a recommendation known only by its number@@followUp.recommendationNumber:${item.body}:body: recommendation ${item.recommendationId}:id:`
    : `${item.body} ${reference}`;
}
