import { BODY_CODES, bodyInfo, mechanismOf } from '../mechanisms';
import { approximateReviewDate } from '../upr-cycles';
import {
  DEFAULT_DEADLINE_SETTINGS,
  TREATY_BODY_CODES,
  computeDeadlines,
  isOverdue,
  overdueItems,
  qualifyingReport,
  type Deadline,
  type DeadlineKind,
  type DeadlineSettings,
  type QualifyingReport,
  type RecommendationContext,
} from './deadlines';

const S = DEFAULT_DEADLINE_SETTINGS;

function only(context: RecommendationContext, kind: DeadlineKind, settings: DeadlineSettings = S): Deadline {
  const found = computeDeadlines(context, settings).filter((d) => d.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
}

// Kenya's 4th-cycle review: Working Group session 42 opened on 2023-01-23.
const KENYA_UPR: RecommendationContext = { mechanism: 'upr', reviewDate: '2023-01-23' };

describe('computeDeadlines — UPR', () => {
  it('estimates the response deadline as the review + 4 months while the plenary adoption date is unknown', () => {
    const response = only(KENYA_UPR, 'upr_response');
    expect(response).toMatchObject({ dueOn: '2023-05-23', opensOn: '2023-01-23', voluntary: false });
    expect(response.satisfiedBy).toEqual({ reportKinds: ['upr_responses'], graceDays: 0 });
    expect(response.basis).toContain('Review on 2023-01-23 + 4 months (default)');
    expect(response.basis).toContain('HRC res 5/1');
  });

  it('uses the actual plenary adoption date once it is known', () => {
    const response = only({ ...KENYA_UPR, adoptionDate: '2023-07-07' }, 'upr_response');
    expect(response.dueOn).toBe('2023-07-07');
    expect(response.basis).toContain('Council plenary adoption of the outcome on 2023-07-07');
  });

  it('expects the voluntary mid-term report 2.5 years after the review, met by a mid-term or implementation report', () => {
    const midTerm = only(KENYA_UPR, 'upr_mid_term_report');
    expect(midTerm).toMatchObject({ dueOn: '2025-07-23', voluntary: true });
    expect(midTerm.satisfiedBy?.reportKinds).toEqual(['upr_mid_term_report', 'implementation_report']);
    expect(midTerm.source).toContain('res 16/21');
  });

  it('places the next review 4.5 years after, as a milestone that is never overdue', () => {
    const next = only(KENYA_UPR, 'upr_next_review');
    expect(next.dueOn).toBe('2027-07-23');
    expect(next.satisfiedBy).toBeUndefined();
    expect(isOverdue(next, [], '2030-01-01')).toBe(false);
  });

  it('follows configured periods and says they differ from the default', () => {
    const settings: DeadlineSettings = { ...S, upr: { ...S.upr, responseMonthsAfterReview: 3, midTermMonthsAfterReview: 24 } };
    expect(only(KENYA_UPR, 'upr_response', settings).basis).toContain('+ 3 months (configured; default 4)');
    expect(only(KENYA_UPR, 'upr_mid_term_report', settings).dueOn).toBe('2025-01-23');
  });

  it('works from the session opening date when only the session is known', () => {
    // Working Group session 39 opened on 2021-11-01.
    expect(only({ mechanism: 'upr', reviewDate: approximateReviewDate(39) }, 'upr_response').dueOn).toBe('2022-03-01');
  });

  it('clamps to the end of a shorter month: a review on 31 October 2023 is answered by 29 February 2024', () => {
    expect(only({ mechanism: 'upr', reviewDate: '2023-10-31' }, 'upr_response').dueOn).toBe('2024-02-29');
  });
});

describe('computeDeadlines — treaty bodies', () => {
  it('asks CAT for a follow-up report 12 months after the concluding observations', () => {
    const followUp = only({ mechanism: 'treaty_body', body: 'CAT', concludingObservationsOn: '2024-05-10' }, 'treaty_follow_up_report');
    expect(followUp.dueOn).toBe('2025-05-10');
    expect(followUp.basis).toContain('+ 12 months (default for CAT)');
  });

  it('asks CEDAW for follow-up in 24 months and the next periodic report in 4 years (art. 18)', () => {
    const context: RecommendationContext = { mechanism: 'treaty_body', body: 'CEDAW', concludingObservationsOn: '2024-02-20' };
    expect(only(context, 'treaty_follow_up_report').dueOn).toBe('2026-02-20');
    const periodic = only(context, 'treaty_periodic_report');
    expect(periodic.dueOn).toBe('2028-02-20');
    expect(periodic.source).toContain('CEDAW art. 18(1)(b)');
  });

  it('applies a configured follow-up period per body over the body default', () => {
    const settings: DeadlineSettings = { ...S, treatyFollowUpMonths: { CCPR: 24 } };
    const followUp = only({ mechanism: 'treaty_body', body: 'CCPR', concludingObservationsOn: '2024-07-25' }, 'treaty_follow_up_report', settings);
    expect(followUp.dueOn).toBe('2026-07-25');
    expect(followUp.basis).toContain('(configured for CCPR; default 36)');
  });

  it('uses the deadlines stated in the concluding observations when given', () => {
    const context: RecommendationContext = {
      mechanism: 'treaty_body',
      body: 'CCPR',
      concludingObservationsOn: '2024-07-25',
      followUpDueOn: '2027-07-26',
      nextPeriodicReportDueOn: '2032-07-26',
    };
    expect(computeDeadlines(context, S).map((d) => [d.kind, d.dueOn])).toEqual([
      ['treaty_follow_up_report', '2027-07-26'],
      ['treaty_periodic_report', '2032-07-26'],
    ]);
  });

  it('gives CRC no follow-up deadline but a periodic report every 5 years (art. 44)', () => {
    const deadlines = computeDeadlines({ mechanism: 'treaty_body', body: 'CRC', concludingObservationsOn: '2022-06-01' }, S);
    expect(deadlines.map((d) => [d.kind, d.dueOn])).toEqual([['treaty_periodic_report', '2027-06-01']]);
  });

  it('needs a stated date or a periodicity for the next CCPR report (the Covenant fixes none)', () => {
    const base: RecommendationContext = { mechanism: 'treaty_body', body: 'CCPR', concludingObservationsOn: '2024-07-25' };
    expect(computeDeadlines(base, S).map((d) => d.kind)).toEqual(['treaty_follow_up_report']);
    const periodic = only({ ...base, periodicityYears: 8 }, 'treaty_periodic_report');
    expect(periodic.dueOn).toBe('2032-07-25');
    expect(periodic.source).toBe('Periodicity recorded for this State by CCPR.');
  });

  it('computes nothing for SPT, which works through visits', () => {
    expect(computeDeadlines({ mechanism: 'treaty_body', body: 'SPT', concludingObservationsOn: '2024-01-01' }, S)).toEqual([]);
  });

  it('lists as treaty bodies exactly the treaty-body codes of mechanisms.ts', () => {
    expect(BODY_CODES.filter((code) => mechanismOf(code) === 'treaty_body')).toEqual([...TREATY_BODY_CODES]);
    expect(TREATY_BODY_CODES.filter((code) => bodyInfo(code).followUp.hasProcedure)).toEqual(['CCPR', 'CESCR', 'CERD', 'CEDAW', 'CAT', 'CMW', 'CED']);
  });
});

describe('computeDeadlines — special procedures', () => {
  it('expects a reply to a communication 60 days after it was sent, or as configured', () => {
    const context: RecommendationContext = { mechanism: 'special_procedure', communicationSentOn: '2025-03-10' };
    const reply = only(context, 'communication_reply');
    expect(reply.dueOn).toBe('2025-05-09');
    expect(reply.basis).toContain('+ 60 days (default)');
    expect(only(context, 'communication_reply', { ...S, communicationReplyDays: 30 }).dueOn).toBe('2025-04-09');
  });

  it('refuses an invalid setting, naming it', () => {
    const context: RecommendationContext = { mechanism: 'special_procedure', communicationSentOn: '2025-03-10' };
    expect(() => computeDeadlines(context, { ...S, communicationReplyDays: 1.5 })).toThrow(/communicationReplyDays/);
    expect(() => computeDeadlines({ mechanism: 'upr', reviewDate: '2025-13-01' }, S)).toThrow(/reviewDate/);
  });
});

describe('isOverdue', () => {
  const midTerm = only(KENYA_UPR, 'upr_mid_term_report'); // due 2025-07-23

  it('is not overdue on the due date, and overdue the day after without a report', () => {
    expect(isOverdue(midTerm, [], '2025-07-23')).toBe(false);
    expect(isOverdue(midTerm, [], '2025-07-24')).toBe(true);
  });

  it('is met by an implementation report submitted before the due date', () => {
    const reports: QualifyingReport[] = [{ id: 'r1', kind: 'implementation_report', submittedOn: '2025-05-02', status: 'validated' }];
    expect(isOverdue(midTerm, reports, '2025-09-01')).toBe(false);
    expect(qualifyingReport(midTerm, reports, '2025-09-01')?.id).toBe('r1');
  });

  it('is not met by a draft or a returned implementation report', () => {
    const reports: QualifyingReport[] = [
      { id: 'd', kind: 'implementation_report', submittedOn: '2025-05-02', status: 'draft' },
      { id: 'r', kind: 'implementation_report', submittedOn: '2025-05-03', status: 'returned' },
    ];
    expect(isOverdue(midTerm, reports, '2025-09-01')).toBe(true);
  });

  it('is not met by a report from before the review, nor by a document of another kind', () => {
    const reports: QualifyingReport[] = [
      { id: 'old', kind: 'upr_mid_term_report', submittedOn: '2020-11-15' },
      { id: 'reply', kind: 'communication_reply', submittedOn: '2025-05-02' },
    ];
    expect(isOverdue(midTerm, reports, '2025-09-01')).toBe(true);
  });

  it('drops off once a late report arrives', () => {
    const late: QualifyingReport[] = [{ id: 'mtr', kind: 'upr_mid_term_report', submittedOn: '2025-10-01' }];
    expect(isOverdue(midTerm, late, '2025-09-30')).toBe(true);
    expect(isOverdue(midTerm, late, '2025-10-01')).toBe(false);
  });

  it('waits for the configured grace period', () => {
    const withGrace = only(KENYA_UPR, 'upr_mid_term_report', { ...S, graceDays: { ...S.graceDays, upr_mid_term_report: 30 } });
    expect(isOverdue(withGrace, [], '2025-08-22')).toBe(false);
    expect(isOverdue(withGrace, [], '2025-08-23')).toBe(true);
  });
});

describe('overdueItems', () => {
  it('lists outstanding deadlines, latest first, with the days since the due date', () => {
    const reply = only({ mechanism: 'special_procedure', communicationSentOn: '2025-06-01' }, 'communication_reply'); // due 2025-07-31
    const followUp = only({ mechanism: 'treaty_body', body: 'CAT', concludingObservationsOn: '2024-05-10' }, 'treaty_follow_up_report'); // 2025-05-10
    const response = only(KENYA_UPR, 'upr_response'); // 2023-05-23, met
    const items = overdueItems(
      [
        { ref: 'rec-sp', deadline: reply, reports: [] },
        { ref: 'rec-cat', deadline: followUp, reports: [] },
        { ref: 'rec-upr', deadline: response, reports: [{ id: 'add', kind: 'upr_responses', submittedOn: '2023-05-15' }] },
      ],
      '2025-09-01',
    );
    expect(items.map((i) => [i.ref, i.daysLate])).toEqual([
      ['rec-cat', 114],
      ['rec-sp', 32],
    ]);
  });
});
