import type { CountableRecord } from './records';
import { NOV_2026, grade, treatyReport } from './test-records';
import { TREATY_GRADE_D, TREATY_GRADE_E, TREATY_REPORTS_OVERDUE } from './treaty-rules';

const D = { scale: 'ccpr_2013', grade: 'D' } as const;
const B = { scale: 'ccpr_2013', grade: 'B' } as const;
const E = { scale: 'ccpr_2013', grade: 'E' } as const;

const gradeD = (records: readonly CountableRecord[]) => TREATY_GRADE_D.evaluate(records, NOV_2026, TREATY_GRADE_D.defaultSettings);
const gradeE = (records: readonly CountableRecord[]) => TREATY_GRADE_E.evaluate(records, NOV_2026, {});
const overdue = (records: readonly CountableRecord[]) => TREATY_REPORTS_OVERDUE.evaluate(records, NOV_2026, TREATY_REPORTS_OVERDUE.defaultSettings);

describe('treaty-body grade D', () => {
  it('fires, medium, on a D in the committee’s latest follow-up round', () => {
    const records = [grade('g1', 'CCPR', '2022-07-20', B), grade('g2', 'CCPR', '2025-03-28', D, '14'), grade('g3', 'CCPR', '2025-03-28', B, '22')];
    expect(gradeD(records)).toEqual({
      ruleId: 'treaty_grade_d',
      fired: true,
      severity: 'medium',
      evidence: [{ kind: 'follow_up_grade', id: 'g2' }],
      explanation: 'CCPR: grade D in its latest follow-up round (2025-03-28).',
    });
  });

  it('escalates to high when D was given in 2 consecutive rounds', () => {
    const records = [grade('g1', 'CCPR', '2022-07-20', D), grade('g2', 'CCPR', '2025-03-28', D)];
    expect(gradeD(records)).toMatchObject({
      severity: 'high',
      evidence: [
        { kind: 'follow_up_grade', id: 'g1' },
        { kind: 'follow_up_grade', id: 'g2' },
      ],
      explanation: 'CCPR: grade D in 2 consecutive follow-up rounds (2022-07-20, 2025-03-28).',
    });
  });

  it('counts the legacy D1 and D2 grades as D', () => {
    expect(gradeD([grade('g1', 'CCPR', '2012-03-30', { scale: 'ccpr_legacy', grade: 'D2' })]).fired).toBe(true);
  });

  it('stops firing once the latest round has no D', () => {
    expect(gradeD([grade('g1', 'CCPR', '2022-07-20', D), grade('g2', 'CCPR', '2025-03-28', B)]).fired).toBe(false);
  });

  it('ignores a round assessed after the evaluation date', () => {
    expect(gradeD([grade('g1', 'CCPR', '2027-03-28', D)]).fired).toBe(false);
  });
});

describe('treaty-body grade E', () => {
  it('raises a regression flag, separate from non-cooperation, on an E in the latest round', () => {
    const result = gradeE([grade('g1', 'CCPR', '2025-03-28', E, '31')]);
    expect(TREATY_GRADE_E.category).toBe('regression');
    expect(result).toMatchObject({ fired: true, severity: 'medium', evidence: [{ kind: 'follow_up_grade', id: 'g1' }] });
    expect(result.explanation).toBe('CCPR: grade E on 1 paragraph (31) in the follow-up round of 2025-03-28.');
  });

  it('is not a D: an E never fires the non-cooperation rule', () => {
    expect(gradeD([grade('g1', 'CCPR', '2025-03-28', E)]).fired).toBe(false);
  });
});

describe('treaty-body reports overdue', () => {
  it('fires, low, for a report under 5 years overdue', () => {
    expect(overdue([treatyReport('r1', 'CRC', '2024-09-01')])).toMatchObject({
      fired: true,
      severity: 'low',
      evidence: [{ kind: 'treaty_report', id: 'r1' }],
      explanation: '1 report overdue: CRC periodic report due 2024-09-01 (under 5 years).',
    });
  });

  it('bands a report 5–10 years overdue as medium, including exactly 5 years', () => {
    expect(overdue([treatyReport('r1', 'CERD', '2021-11-15')]).severity).toBe('medium');
    expect(overdue([treatyReport('r1', 'CERD', '2016-11-15')]).severity).toBe('medium');
  });

  it('bands a report over 10 years overdue as high, and takes the worst band', () => {
    const result = overdue([treatyReport('r1', 'CRC', '2024-09-01'), treatyReport('r2', 'CAT', '2012-06-01')]);
    expect(result.severity).toBe('high');
    expect(result.evidence.map((e) => e.id)).toEqual(['r2', 'r1']);
  });

  it('does not count a report received, even late, or one not yet due', () => {
    expect(overdue([treatyReport('r1', 'CRC', '2020-09-01', '2023-02-01'), treatyReport('r2', 'CAT', '2027-01-01')]).fired).toBe(false);
  });
});
