import type { CountableRecord } from './records';
import { REPRISALS_NAMED_CONSECUTIVELY } from './reprisals-rules';
import { NOV_2026, reprisals } from './test-records';

const named = (records: readonly CountableRecord[]) =>
  REPRISALS_NAMED_CONSECUTIVELY.evaluate(records, NOV_2026, REPRISALS_NAMED_CONSECUTIVELY.defaultSettings);

describe('named in reprisals reports', () => {
  it('fires, high, when named in the reports of 2 consecutive years', () => {
    expect(named([reprisals('m1', 2025), reprisals('m2', 2026)])).toEqual({
      ruleId: 'reprisals_named_consecutively',
      fired: true,
      severity: 'high',
      evidence: [
        { kind: 'reprisals_mention', id: 'm1' },
        { kind: 'reprisals_mention', id: 'm2' },
      ],
      explanation: 'Named in the reprisals reports of 2025, 2026 (2 consecutive years).',
    });
  });

  it('does not fire for a single naming, or for namings in non-consecutive years', () => {
    expect(named([reprisals('m1', 2026)]).fired).toBe(false);
    expect(named([reprisals('m1', 2023), reprisals('m2', 2026)]).fired).toBe(false);
  });

  it('still fires early in a year whose report is not out yet, on the two previous reports', () => {
    expect(named([reprisals('m1', 2024), reprisals('m2', 2025)]).fired).toBe(true);
  });

  it('lets an old pattern lapse once the State is no longer named', () => {
    expect(named([reprisals('m1', 2019), reprisals('m2', 2020)]).fired).toBe(false);
  });
});
