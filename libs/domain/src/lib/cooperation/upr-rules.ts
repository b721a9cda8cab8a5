import { compareDates } from '../follow-up/calendar';
import { checkSetting, evidenceOf, firing, notFired, ofKind, plural, type CooperationRule, type NoSettings } from './rule-types';
import { UPR_STEPS, UPR_STEP_LABELS, type CountableRecord, type UprReviewRecord } from './records';
import type { EvaluationWindow } from './windows';

/** The State's latest review held on or before the evaluation date. */
function latestReview(records: readonly CountableRecord[], window: EvaluationWindow): UprReviewRecord | null {
  let latest: UprReviewRecord | null = null;
  for (const review of ofKind(records, 'upr_review')) {
    if (compareDates(review.reviewDate, window.asOf) <= 0 && (latest === null || compareDates(review.reviewDate, latest.reviewDate) > 0)) {
      latest = review;
    }
  }
  return latest;
}

function describeReview(review: UprReviewRecord): string {
  return `review of ${review.reviewDate} (cycle ${review.cycle}, session ${review.session})`;
}

export interface UprStepsMissedSettings {
  /** Steps out of the five whose absence fires the rule. */
  readonly minMissedSteps: number;
}

/**
 * ≥ 3 of the 5 UPR steps missed in the State's latest review.
 * Source: UPR Info and ISHR joint statement to HRC22 (2013); HRC res 5/1 para 38.
 */
export const UPR_STEPS_MISSED: CooperationRule<'upr_steps_missed', UprStepsMissedSettings> = {
  id: 'upr_steps_missed',
  name: 'UPR steps missed in a cycle',
  mechanism: 'upr',
  category: 'non_cooperation',
  source:
    'UPR Info and ISHR joint statement, HRC 22nd session (2013): missing at least 3 of the 5 steps (national report, troika, interactive dialogue, responses, mid-term report) in a cycle = persistent non-cooperation; HRC res 5/1 para 38.',
  defaultSettings: { minMissedSteps: 3 },
  evaluate(records, window, settings) {
    const min = checkSetting('upr_steps_missed', 'minMissedSteps', settings.minMissedSteps, { min: 1, max: UPR_STEPS.length });
    const review = latestReview(records, window);
    if (review === null) {
      return notFired('upr_steps_missed', 'No UPR review held by the evaluation date.');
    }
    const missed = UPR_STEPS.filter((step) => review.steps[step] === 'missed');
    const summary = `${missed.length} of ${UPR_STEPS.length} UPR steps missed in the ${describeReview(review)}`;
    if (missed.length < min) {
      return notFired('upr_steps_missed', `${summary}; the rule needs ${min}.`);
    }
    return firing('upr_steps_missed', 'high', evidenceOf([review]), `${summary}: ${missed.map((s) => UPR_STEP_LABELS[s]).join(', ')}.`);
  },
};

/**
 * The State did not take part in its own review.
 * Source: shared/notes/domain.md (absence from the review = non-participation);
 * HRC decision A/HRC/OM/7/1 (Israel, absent on 29 January 2013: review rescheduled, "a precedent").
 */
export const UPR_ABSENT_FROM_REVIEW: CooperationRule<'upr_absent_from_review', NoSettings> = {
  id: 'upr_absent_from_review',
  name: 'Absent from its UPR review',
  mechanism: 'upr',
  category: 'non_cooperation',
  source:
    'UPR Info and ISHR joint statement, HRC 22nd session (2013): absence from the review = non-participation; HRC decision A/HRC/OM/7/1 (review rescheduled after the State under review was absent, "a precedent to be applied to future cases").',
  defaultSettings: {},
  evaluate(records, window) {
    const review = latestReview(records, window);
    if (review === null) {
      return notFired('upr_absent_from_review', 'No UPR review held by the evaluation date.');
    }
    if (review.steps.interactive_dialogue !== 'missed') {
      return notFired('upr_absent_from_review', `The State took part in the interactive dialogue of its ${describeReview(review)}.`);
    }
    return firing('upr_absent_from_review', 'high', evidenceOf([review]), `The State was absent from the interactive dialogue of its ${describeReview(review)}.`);
  },
};

export interface UprWithoutResponseSettings {
  /** Share (0–1) of recommendations without a response above which the rule fires; 0 = any. */
  readonly maxShareWithoutResponse: number;
}

/**
 * Recommendations of the latest adopted review left without any response.
 * Source: shared/notes/domain.md (default: any share > 0); HRC res 16/21
 * (the State communicates its positions on all recommendations).
 */
export const UPR_RECOMMENDATIONS_WITHOUT_RESPONSE: CooperationRule<'upr_recommendations_without_response', UprWithoutResponseSettings> = {
  id: 'upr_recommendations_without_response',
  name: 'UPR recommendations left without response at adoption',
  mechanism: 'upr',
  category: 'non_cooperation',
  source:
    'HRC res 16/21 (annex): the State under review communicates its positions on all recommendations; default threshold any share > 0 (shared/notes/domain.md, convention).',
  defaultSettings: { maxShareWithoutResponse: 0 },
  evaluate(records, window, settings) {
    const threshold = checkSetting('upr_recommendations_without_response', 'maxShareWithoutResponse', settings.maxShareWithoutResponse, { min: 0, max: 1, whole: false });
    let adopted: UprReviewRecord | null = null;
    for (const review of ofKind(records, 'upr_review')) {
      if (
        review.adoptedOn !== null &&
        review.responsesAtAdoption !== null &&
        compareDates(review.adoptedOn, window.asOf) <= 0 &&
        (adopted === null || compareDates(review.reviewDate, adopted.reviewDate) > 0)
      ) {
        adopted = review;
      }
    }
    if (adopted === null || adopted.responsesAtAdoption === null) {
      return notFired('upr_recommendations_without_response', 'No adopted UPR outcome with response counts by the evaluation date.');
    }
    const { recommendations, withoutResponse } = adopted.responsesAtAdoption;
    const share = recommendations === 0 ? 0 : withoutResponse / recommendations;
    const summary = `${withoutResponse} of ${plural(recommendations, 'recommendation')} (${(share * 100).toFixed(1)}%) without a response at the adoption on ${adopted.adoptedOn ?? ''} of the ${describeReview(adopted)}`;
    if (share <= threshold) {
      return notFired('upr_recommendations_without_response', `${summary}; the rule fires above ${(threshold * 100).toFixed(1)}%.`);
    }
    return firing('upr_recommendations_without_response', 'medium', evidenceOf([adopted]), `${summary}.`);
  },
};
