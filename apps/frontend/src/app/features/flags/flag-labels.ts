import type { CooperationRecordKind, CooperationRuleId, FlagSeverity, FlagStatus, RuleCategory } from '../../api/models';

export const FLAG_STATUS_LABELS: Readonly<Record<FlagStatus, string>> = {
  open: $localize`:Status of a non-cooperation flag nobody has reviewed yet@@flags.status.open:Open`,
  under_review: $localize`:Status of a flag someone is reviewing@@flags.status.underReview:Under review`,
  confirmed: $localize`:Status of a flag a reviewer confirmed@@flags.status.confirmed:Confirmed`,
  dismissed: $localize`:Status of a flag a reviewer dismissed@@flags.status.dismissed:Dismissed`,
  reopened: $localize`:Status of a dismissed flag whose rule fired again@@flags.status.reopened:Reopened`,
};

export const FLAG_SEVERITY_LABELS: Readonly<Record<FlagSeverity, string>> = {
  high: $localize`:Severity of a flag@@flags.severity.high:High`,
  medium: $localize`:Severity of a flag@@flags.severity.medium:Medium`,
  low: $localize`:Severity of a flag@@flags.severity.low:Low`,
};

export const RULE_CATEGORY_LABELS: Readonly<Record<RuleCategory, string>> = {
  non_cooperation: $localize`:Category of rule@@flags.category.nonCooperation:Non-cooperation`,
  regression: $localize`:Category of rule — measures contrary to a recommendation (grade E)@@flags.category.regression:Regression`,
};

export const RULE_LABELS: Readonly<Record<CooperationRuleId, string>> = {
  upr_steps_missed: $localize`:Rule name@@flags.rule.uprStepsMissed:UPR steps missed in a cycle`,
  upr_absent_from_review: $localize`:Rule name@@flags.rule.uprAbsent:Absent from its UPR review`,
  upr_recommendations_without_response: $localize`:Rule name@@flags.rule.uprWithoutResponse:UPR recommendations left without response at adoption`,
  treaty_grade_d: $localize`:Rule name@@flags.rule.gradeD:Treaty-body follow-up grade D (no cooperation)`,
  treaty_grade_e: $localize`:Rule name@@flags.rule.gradeE:Treaty-body follow-up grade E (regression)`,
  treaty_reports_overdue: $localize`:Rule name@@flags.rule.reportsOverdue:Treaty-body reports overdue`,
  sp_visit_requests_unanswered: $localize`:Rule name@@flags.rule.visitsUnanswered:Visit requests unanswered after a reminder`,
  sp_visits_declined: $localize`:Rule name@@flags.rule.visitsDeclined:Special-procedure visits declined`,
  sp_no_standing_invitation: $localize`:Rule name@@flags.rule.noStandingInvitation:No standing invitation`,
  sp_communications_unanswered: $localize`:Rule name@@flags.rule.communicationsUnanswered:Communications unanswered after 60 days`,
  sp_reply_rate_low: $localize`:Rule name@@flags.rule.replyRateLow:Low reply rate to communications`,
  reprisals_named_consecutively: $localize`:Rule name@@flags.rule.reprisals:Named in consecutive reprisals reports`,
};

export const RECORD_KIND_LABELS: Readonly<Record<CooperationRecordKind, string>> = {
  upr_review: $localize`:Kind of cooperation record@@coop.kind.uprReview:UPR participation`,
  treaty_ratification: $localize`:Kind of cooperation record@@coop.kind.ratification:Treaty ratification`,
  treaty_report: $localize`:Kind of cooperation record@@coop.kind.report:Treaty-body report`,
  follow_up_grade: $localize`:Kind of cooperation record@@coop.kind.grade:Follow-up grade`,
  standing_invitation: $localize`:Kind of cooperation record@@coop.kind.invitation:Standing invitation`,
  visit_request: $localize`:Kind of cooperation record@@coop.kind.visit:Visit request`,
  communication: $localize`:Kind of cooperation record@@coop.kind.communication:Communication`,
  reprisals_mention: $localize`:Kind of cooperation record@@coop.kind.reprisals:Reprisals report mention`,
};

export const REVIEW_ACTION_LABELS: Readonly<Record<'start_review' | 'confirm' | 'dismiss' | 'raised' | 'reopened', string>> = {
  raised: $localize`:History of a flag — the sweep raised it@@flags.event.raised:Raised by the rule sweep`,
  reopened: $localize`:History of a flag — reopened because the rule fired again@@flags.event.reopened:Reopened: the rule fired again`,
  start_review: $localize`:History of a flag@@flags.event.startReview:Taken under review`,
  confirm: $localize`:History of a flag@@flags.event.confirm:Confirmed`,
  dismiss: $localize`:History of a flag@@flags.event.dismiss:Dismissed`,
};
