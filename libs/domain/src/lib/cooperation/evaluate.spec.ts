import { ASSISTANCE_STATUSES } from '../fund/assistance-workflow';
import { COOPERATION_RULES, COOPERATION_RULE_IDS, DEFAULT_COOPERATION_SETTINGS, evaluateAll } from './evaluate';
import type { AssistanceRequestRecord, CooperationRecord } from './records';
import { severityRank } from './rule-types';
import { NOV_2026, STATE, grade, letter, reprisals, review, treatyReport, visit } from './test-records';
import { windowFor } from './windows';

const S = DEFAULT_COOPERATION_SETTINGS;

/** A State with a poor record on every mechanism. */
const TROUBLED: CooperationRecord[] = [
  review('rv-4', '2023-05-02', { national_report: 'missed', troika: 'missed', interactive_dialogue: 'missed' }, {
    adoptedOn: '2023-09-29',
    responsesAtAdoption: { recommendations: 200, withoutResponse: 30 },
  }),
  grade('g1', 'CCPR', '2022-07-20', { scale: 'ccpr_2013', grade: 'D' }),
  grade('g2', 'CCPR', '2025-03-28', { scale: 'ccpr_2013', grade: 'D' }),
  grade('g3', 'CAT', '2025-05-10', { scale: 'ccpr_2013', grade: 'E' }),
  treatyReport('r1', 'CRC', '2015-09-01'),
  visit('v1', 'SR on torture', [['requested', '2021-01-10'], ['reminder', '2022-01-10']]),
  visit('v2', 'SR on human rights defenders', [['requested', '2024-01-15'], ['declined', '2025-02-01']]),
  letter('c1', '2025-04-01', null, 'urgent_appeal'),
  letter('c2', '2025-09-01', null),
  letter('c3', '2026-02-01', '2026-03-01'),
  reprisals('m1', 2025),
  reprisals('m2', 2026),
];

/** A State that cooperates on every count. */
const COOPERATIVE: CooperationRecord[] = [
  review('rv-4', '2023-05-02', { mid_term_report: 'done' }, { adoptedOn: '2023-09-29', responsesAtAdoption: { recommendations: 200, withoutResponse: 0 } }),
  { kind: 'standing_invitation', id: 'si', stateIso3: STATE, extendedOn: '2010-01-01', withdrawnOn: null },
  treatyReport('r1', 'CRC', '2024-09-01', '2024-08-15'),
  letter('c1', '2025-04-01', '2025-05-01'),
];

function assistance(id: string, requestedOn: string, status: AssistanceRequestRecord['status']): AssistanceRequestRecord {
  return { kind: 'assistance_request', id, stateIso3: STATE, requestedOn, status };
}

/** Every status of the Fund's lifecycle, requested before, during and after the rules' windows. */
const MANY_REQUESTS: AssistanceRequestRecord[] = ASSISTANCE_STATUSES.flatMap((status, i) => [
  assistance(`a-${status}-old`, `2019-0${(i % 9) + 1}-15`, status),
  assistance(`a-${status}-recent`, `2026-0${(i % 9) + 1}-10`, status),
]);

describe('evaluateAll', () => {
  it('runs every rule and raises exactly the expected flags for a State with a poor record', () => {
    const fired = evaluateAll(TROUBLED, NOV_2026, S).filter((r) => r.fired);
    expect(fired.map((r) => [r.ruleId, r.severity])).toEqual([
      ['upr_steps_missed', 'high'],
      ['upr_absent_from_review', 'high'],
      ['upr_recommendations_without_response', 'medium'],
      ['treaty_grade_d', 'high'],
      ['treaty_grade_e', 'medium'],
      ['treaty_reports_overdue', 'high'],
      ['sp_visit_requests_unanswered', 'medium'],
      ['sp_visits_declined', 'low'],
      ['sp_no_standing_invitation', 'low'],
      ['sp_communications_unanswered', 'low'],
      ['sp_reply_rate_low', 'medium'],
      ['reprisals_named_consecutively', 'high'],
    ]);
    expect(fired.every((r) => r.evidence.every((e) => TROUBLED.some((rec) => rec.kind === e.kind && rec.id === e.id)))).toBe(true);
  });

  it('raises nothing for a State that cooperates', () => {
    expect(evaluateAll(COOPERATIVE, NOV_2026, S).filter((r) => r.fired)).toEqual([]);
  });

  it('gives the same results when run twice', () => {
    expect(evaluateAll(TROUBLED, NOV_2026, S)).toEqual(evaluateAll(TROUBLED, NOV_2026, S));
  });

  it('refuses records of more than one State', () => {
    const mixed: CooperationRecord[] = [...COOPERATIVE, { ...letter('c9', '2025-01-01', null), stateIso3: 'ABC' }];
    expect(() => evaluateAll(mixed, NOV_2026, S)).toThrow(/one State at a time.*XYZ, ABC/);
  });
});

describe('asking for assistance is evidence of cooperation', () => {
  it('never makes a rule fire or raise its severity, whatever the requests and the State’s record', () => {
    for (const records of [[], COOPERATIVE, TROUBLED]) {
      for (const date of ['2019-06-30', '2026-11-15', '2030-01-01']) {
        const window = windowFor(date, S.window);
        const without = evaluateAll(records, window, S);
        for (const requests of [MANY_REQUESTS.slice(0, 1), MANY_REQUESTS]) {
          const withAssistance = evaluateAll([...records, ...requests], window, S);
          expect(withAssistance).toEqual(without);
          withAssistance.forEach((result, i) => {
            expect(severityRank(result.severity)).toBeLessThanOrEqual(severityRank(without[i].severity));
          });
        }
      }
    }
  });

  it('raises for a State that only asked for assistance no more than for a State with no record at all', () => {
    expect(evaluateAll(MANY_REQUESTS, NOV_2026, S)).toEqual(evaluateAll([], NOV_2026, S));
  });

  it('never cites an assistance request as evidence', () => {
    const results = evaluateAll([...TROUBLED, ...MANY_REQUESTS], NOV_2026, S);
    expect(results.flatMap((r) => r.evidence).some((e) => e.kind === 'assistance_request')).toBe(false);
  });
});

describe('rule metadata', () => {
  it('gives every rule its id, a mechanism, a category, a cited source and the default settings', () => {
    for (const id of COOPERATION_RULE_IDS) {
      const rule = COOPERATION_RULES[id];
      expect(rule.id).toBe(id);
      expect(rule.source.length).toBeGreaterThan(40);
      expect(S.rules[id]).toEqual(rule.defaultSettings);
    }
    expect(COOPERATION_RULE_IDS).toHaveLength(12);
  });
});
