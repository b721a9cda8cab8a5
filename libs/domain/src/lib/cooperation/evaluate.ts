import {
  UPR_ABSENT_FROM_REVIEW,
  UPR_RECOMMENDATIONS_WITHOUT_RESPONSE,
  UPR_STEPS_MISSED,
  type UprStepsMissedSettings,
  type UprWithoutResponseSettings,
} from './upr-rules';
import { TREATY_GRADE_D, TREATY_GRADE_E, TREATY_REPORTS_OVERDUE, type GradeDSettings, type OverdueReportsSettings } from './treaty-rules';
import {
  SP_COMMUNICATIONS_UNANSWERED,
  SP_NO_STANDING_INVITATION,
  SP_REPLY_RATE_LOW,
  SP_VISITS_DECLINED,
  SP_VISIT_REQUESTS_UNANSWERED,
  type DeclinedVisitsSettings,
  type ReplyRateSettings,
  type UnansweredCommunicationsSettings,
  type UnansweredVisitsSettings,
} from './special-procedure-rules';
import { REPRISALS_NAMED_CONSECUTIVELY, type ReprisalsSettings } from './reprisals-rules';
import type { CooperationRecord, CountableRecord } from './records';
import type { CooperationRule, NoSettings, RuleResult } from './rule-types';
import { DEFAULT_PERSISTENCE_SETTINGS, DEFAULT_WINDOW_SETTINGS, type EvaluationWindow, type PersistenceSettings, type WindowSettings } from './windows';

/** The settings each rule takes. */
export interface CooperationRuleSettings {
  readonly upr_steps_missed: UprStepsMissedSettings;
  readonly upr_absent_from_review: NoSettings;
  readonly upr_recommendations_without_response: UprWithoutResponseSettings;
  readonly treaty_grade_d: GradeDSettings;
  readonly treaty_grade_e: NoSettings;
  readonly treaty_reports_overdue: OverdueReportsSettings;
  readonly sp_visit_requests_unanswered: UnansweredVisitsSettings;
  readonly sp_visits_declined: DeclinedVisitsSettings;
  readonly sp_no_standing_invitation: NoSettings;
  readonly sp_communications_unanswered: UnansweredCommunicationsSettings;
  readonly sp_reply_rate_low: ReplyRateSettings;
  readonly reprisals_named_consecutively: ReprisalsSettings;
}

export type CooperationRuleId = keyof CooperationRuleSettings;

/** Every non-cooperation rule, by id, in the order results are listed. */
export const COOPERATION_RULES: { readonly [K in CooperationRuleId]: CooperationRule<K, CooperationRuleSettings[K]> } = {
  upr_steps_missed: UPR_STEPS_MISSED,
  upr_absent_from_review: UPR_ABSENT_FROM_REVIEW,
  upr_recommendations_without_response: UPR_RECOMMENDATIONS_WITHOUT_RESPONSE,
  treaty_grade_d: TREATY_GRADE_D,
  treaty_grade_e: TREATY_GRADE_E,
  treaty_reports_overdue: TREATY_REPORTS_OVERDUE,
  sp_visit_requests_unanswered: SP_VISIT_REQUESTS_UNANSWERED,
  sp_visits_declined: SP_VISITS_DECLINED,
  sp_no_standing_invitation: SP_NO_STANDING_INVITATION,
  sp_communications_unanswered: SP_COMMUNICATIONS_UNANSWERED,
  sp_reply_rate_low: SP_REPLY_RATE_LOW,
  reprisals_named_consecutively: REPRISALS_NAMED_CONSECUTIVELY,
};

export const COOPERATION_RULE_IDS = Object.keys(COOPERATION_RULES) as readonly CooperationRuleId[];

export interface CooperationSettings {
  readonly window: WindowSettings;
  readonly persistence: PersistenceSettings;
  readonly rules: CooperationRuleSettings;
}

export const DEFAULT_COOPERATION_SETTINGS: CooperationSettings = {
  window: DEFAULT_WINDOW_SETTINGS,
  persistence: DEFAULT_PERSISTENCE_SETTINGS,
  rules: {
    upr_steps_missed: UPR_STEPS_MISSED.defaultSettings,
    upr_absent_from_review: UPR_ABSENT_FROM_REVIEW.defaultSettings,
    upr_recommendations_without_response: UPR_RECOMMENDATIONS_WITHOUT_RESPONSE.defaultSettings,
    treaty_grade_d: TREATY_GRADE_D.defaultSettings,
    treaty_grade_e: TREATY_GRADE_E.defaultSettings,
    treaty_reports_overdue: TREATY_REPORTS_OVERDUE.defaultSettings,
    sp_visit_requests_unanswered: SP_VISIT_REQUESTS_UNANSWERED.defaultSettings,
    sp_visits_declined: SP_VISITS_DECLINED.defaultSettings,
    sp_no_standing_invitation: SP_NO_STANDING_INVITATION.defaultSettings,
    sp_communications_unanswered: SP_COMMUNICATIONS_UNANSWERED.defaultSettings,
    sp_reply_rate_low: SP_REPLY_RATE_LOW.defaultSettings,
    reprisals_named_consecutively: REPRISALS_NAMED_CONSECUTIVELY.defaultSettings,
  },
};

function evaluateRule<K extends CooperationRuleId>(
  id: K,
  records: readonly CountableRecord[],
  window: EvaluationWindow,
  settings: CooperationRuleSettings,
): RuleResult<CooperationRuleId> {
  const rule: CooperationRule<K, CooperationRuleSettings[K]> = COOPERATION_RULES[id];
  return rule.evaluate(records, window, settings[id]);
}

/**
 * Every rule's result for one State in one window, fired or not, in the
 * order of `COOPERATION_RULE_IDS`. Assistance requests are set aside before
 * any rule runs: asking for assistance is evidence of cooperation
 * (shared/notes/domain.md; issue 6). Throws a RangeError when the records
 * are about more than one State.
 */
export function evaluateAll(
  records: readonly CooperationRecord[],
  window: EvaluationWindow,
  settings: CooperationSettings,
): RuleResult<CooperationRuleId>[] {
  const states = [...new Set(records.map((r) => r.stateIso3))];
  if (states.length > 1) {
    throw new RangeError(`Cooperation rules evaluate one State at a time; got records for ${states.join(', ')}`);
  }
  const countable = records.filter((r): r is CountableRecord => r.kind !== 'assistance_request');
  return COOPERATION_RULE_IDS.map((id) => evaluateRule(id, countable, window, settings.rules));
}
