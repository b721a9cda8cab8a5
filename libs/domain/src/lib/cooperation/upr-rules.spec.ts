import { NOV_2026, review } from './test-records';
import { UPR_ABSENT_FROM_REVIEW, UPR_RECOMMENDATIONS_WITHOUT_RESPONSE, UPR_STEPS_MISSED } from './upr-rules';

const run = {
  stepsMissed: (records: Parameters<typeof UPR_STEPS_MISSED.evaluate>[0]) => UPR_STEPS_MISSED.evaluate(records, NOV_2026, UPR_STEPS_MISSED.defaultSettings),
  absent: (records: Parameters<typeof UPR_ABSENT_FROM_REVIEW.evaluate>[0]) => UPR_ABSENT_FROM_REVIEW.evaluate(records, NOV_2026, {}),
  withoutResponse: (records: Parameters<typeof UPR_RECOMMENDATIONS_WITHOUT_RESPONSE.evaluate>[0]) =>
    UPR_RECOMMENDATIONS_WITHOUT_RESPONSE.evaluate(records, NOV_2026, UPR_RECOMMENDATIONS_WITHOUT_RESPONSE.defaultSettings),
};

describe('UPR steps missed', () => {
  it('fires, high, when 3 of the 5 steps were missed in the latest review', () => {
    const r = review('rv-4', '2023-05-02', { national_report: 'missed', interactive_dialogue: 'missed', responses: 'missed' });
    expect(run.stepsMissed([r])).toEqual({
      ruleId: 'upr_steps_missed',
      fired: true,
      severity: 'high',
      evidence: [{ kind: 'upr_review', id: 'rv-4' }],
      explanation:
        '3 of 5 UPR steps missed in the review of 2023-05-02 (cycle 4, session 43): national report, interactive dialogue, responses (addendum).',
    });
  });

  it('does not fire for 2 missed steps, or for steps merely pending', () => {
    expect(run.stepsMissed([review('rv', '2023-05-02', { national_report: 'missed', troika: 'missed', mid_term_report: 'pending' })])).toMatchObject({
      fired: false,
      severity: 'none',
      evidence: [],
    });
  });

  it('judges the latest review only: a State that cooperated in its latest cycle is not flagged for the previous one', () => {
    const old = review('rv-3', '2018-05-07', { national_report: 'missed', troika: 'missed', responses: 'missed' });
    expect(run.stepsMissed([old, review('rv-4', '2023-05-02')]).fired).toBe(false);
  });

  it('ignores a review scheduled after the evaluation date', () => {
    const future = review('rv-5', '2027-11-01', { national_report: 'missed', troika: 'missed', responses: 'missed' });
    expect(run.stepsMissed([future]).explanation).toBe('No UPR review held by the evaluation date.');
  });

  it('follows a configured threshold', () => {
    const r = review('rv', '2023-05-02', { national_report: 'missed', troika: 'missed' });
    expect(UPR_STEPS_MISSED.evaluate([r], NOV_2026, { minMissedSteps: 2 }).fired).toBe(true);
    expect(() => UPR_STEPS_MISSED.evaluate([r], NOV_2026, { minMissedSteps: 6 })).toThrow(/upr_steps_missed\.minMissedSteps/);
  });
});

describe('absent from the review', () => {
  it('fires, high, when the State did not take part in its own interactive dialogue', () => {
    expect(run.absent([review('rv-4', '2023-05-02', { interactive_dialogue: 'missed' })])).toMatchObject({
      fired: true,
      severity: 'high',
      evidence: [{ kind: 'upr_review', id: 'rv-4' }],
    });
  });

  it('does not fire when the State took part', () => {
    expect(run.absent([review('rv-4', '2023-05-02', { national_report: 'missed' })]).fired).toBe(false);
  });
});

describe('recommendations without response at adoption', () => {
  it('fires on any recommendation left without response (default threshold 0)', () => {
    const r = review('rv-4', '2023-05-02', {}, { adoptedOn: '2023-09-29', responsesAtAdoption: { recommendations: 240, withoutResponse: 12 } });
    expect(run.withoutResponse([r])).toMatchObject({
      fired: true,
      severity: 'medium',
      evidence: [{ kind: 'upr_review', id: 'rv-4' }],
      explanation: expect.stringContaining('12 of 240 recommendations (5.0%) without a response at the adoption on 2023-09-29'),
    });
  });

  it('does not fire when every recommendation received a response', () => {
    const r = review('rv-4', '2023-05-02', {}, { adoptedOn: '2023-09-29', responsesAtAdoption: { recommendations: 240, withoutResponse: 0 } });
    expect(run.withoutResponse([r]).fired).toBe(false);
  });

  it('does not fire when the share stays within a configured threshold', () => {
    const r = review('rv-4', '2023-05-02', {}, { adoptedOn: '2023-09-29', responsesAtAdoption: { recommendations: 240, withoutResponse: 12 } });
    expect(UPR_RECOMMENDATIONS_WITHOUT_RESPONSE.evaluate([r], NOV_2026, { maxShareWithoutResponse: 0.1 }).fired).toBe(false);
  });

  it('waits for the adoption', () => {
    expect(run.withoutResponse([review('rv-4', '2026-11-02')]).fired).toBe(false);
  });
});
