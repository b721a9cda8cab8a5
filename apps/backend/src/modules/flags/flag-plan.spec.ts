import { windowFor, type CooperationRuleId, type RuleResult } from '@tracker/domain';
import { planFlagWrites, type StoredFiring, type StoredFlag } from './flag-plan';

const K2 = { consecutiveWindows: 2 };
const Q4 = windowFor('2026-11-15', { granularity: 'quarter' });

function fired(ruleId: CooperationRuleId, severity: 'low' | 'medium' | 'high' = 'high', ids: string[] = ['1']): RuleResult<CooperationRuleId> {
  return { ruleId, fired: true, severity, evidence: ids.map((id) => ({ kind: 'upr_review', id })), explanation: `${ruleId} fired` };
}

function quiet(ruleId: CooperationRuleId): RuleResult<CooperationRuleId> {
  return { ruleId, fired: false, severity: 'none', evidence: [], explanation: 'quiet' };
}

function flag(over: Partial<StoredFlag> = {}): StoredFlag {
  return { id: 7, ruleId: 'upr_steps_missed', status: 'open', severity: 'high', persistent: false, firstSeenWindow: '2026-Q4', lastSeenWindow: '2026-Q4', dismissedInWindow: null, ...over };
}

const firing = (windowKey: string, over: Partial<StoredFiring> = {}): StoredFiring => ({ ruleId: 'upr_steps_missed', windowKey, severity: 'high', persistent: false, ...over });

describe('planFlagWrites', () => {
  it('raises a new flag, open, first and last seen in this window, with its firing and evidence', () => {
    const plan = planFlagWrites({ window: Q4, results: [fired('upr_steps_missed'), quiet('treaty_grade_d')], flags: [], firings: [], persistence: K2 });
    expect(plan.flags).toEqual([
      { ruleId: 'upr_steps_missed', category: 'non_cooperation', status: 'open', severity: 'high', persistent: false, firstSeenWindow: '2026-Q4', lastSeenWindow: '2026-Q4', event: { action: 'raised', from: null } },
    ]);
    expect(plan.firings).toEqual([{ ruleId: 'upr_steps_missed', severity: 'high', persistent: false, explanation: 'upr_steps_missed fired', evidence: [{ kind: 'upr_review', id: '1' }] }]);
    expect(plan.retracted).toEqual([]);
  });

  it('plans no flag change when the same window is evaluated again with the same outcome', () => {
    const plan = planFlagWrites({ window: Q4, results: [fired('upr_steps_missed')], flags: [flag()], firings: [firing('2026-Q4')], persistence: K2 });
    expect(plan.flags).toEqual([]);
    expect(plan.firings).toHaveLength(1);
  });

  it('makes the flag persistent when the rule fired in the K consecutive windows up to this one', () => {
    const plan = planFlagWrites({ window: Q4, results: [fired('upr_steps_missed')], flags: [flag({ firstSeenWindow: '2026-Q3', lastSeenWindow: '2026-Q3' })], firings: [firing('2026-Q3')], persistence: K2 });
    expect(plan.flags[0]).toMatchObject({ persistent: true, firstSeenWindow: '2026-Q3', lastSeenWindow: '2026-Q4', event: null });
    expect(plan.firings[0]?.persistent).toBe(true);
  });

  it('is not persistent when a window is missing from the run, or K is larger', () => {
    const gap = planFlagWrites({ window: Q4, results: [fired('upr_steps_missed')], flags: [flag({ lastSeenWindow: '2026-Q2' })], firings: [firing('2026-Q2')], persistence: K2 });
    expect(gap.firings[0]?.persistent).toBe(false);
    const k3 = planFlagWrites({ window: Q4, results: [fired('upr_steps_missed')], flags: [flag({ lastSeenWindow: '2026-Q3' })], firings: [firing('2026-Q3')], persistence: { consecutiveWindows: 3 } });
    expect(k3.firings[0]?.persistent).toBe(false);
  });

  it('reopens a flag dismissed in an earlier window, with a history event', () => {
    const plan = planFlagWrites({
      window: Q4,
      results: [fired('upr_steps_missed')],
      flags: [flag({ status: 'dismissed', dismissedInWindow: '2026-Q3', lastSeenWindow: '2026-Q3' })],
      firings: [firing('2026-Q3')],
      persistence: K2,
    });
    expect(plan.flags[0]).toMatchObject({ status: 'reopened', event: { action: 'reopened', from: 'dismissed' } });
  });

  it('leaves a flag dismissed in this same window dismissed', () => {
    const plan = planFlagWrites({ window: Q4, results: [fired('upr_steps_missed')], flags: [flag({ status: 'dismissed', dismissedInWindow: '2026-Q4' })], firings: [firing('2026-Q4')], persistence: K2 });
    expect(plan.flags).toEqual([]);
  });

  it('keeps the latest severity when an earlier window is evaluated again', () => {
    const q3 = windowFor('2026-08-01', { granularity: 'quarter' });
    const plan = planFlagWrites({ window: q3, results: [fired('upr_steps_missed', 'low')], flags: [flag({ severity: 'high' })], firings: [firing('2026-Q4')], persistence: K2 });
    expect(plan.flags[0]).toMatchObject({ severity: 'high', firstSeenWindow: '2026-Q3', lastSeenWindow: '2026-Q4' });
  });

  it('retracts this window’s firing when the rule no longer fires, deleting a flag nobody reviewed', () => {
    const plan = planFlagWrites({ window: Q4, results: [quiet('upr_steps_missed')], flags: [flag()], firings: [firing('2026-Q4')], persistence: K2 });
    expect(plan).toEqual({ flags: [], firings: [], retracted: ['upr_steps_missed'], deletedFlags: [7] });
  });

  it('keeps a reviewed flag when its only firing is retracted, and steps back to the previous window otherwise', () => {
    const reviewed = planFlagWrites({ window: Q4, results: [quiet('upr_steps_missed')], flags: [flag({ status: 'confirmed' })], firings: [firing('2026-Q4')], persistence: K2 });
    expect(reviewed.deletedFlags).toEqual([]);
    const back = planFlagWrites({
      window: Q4,
      results: [quiet('upr_steps_missed')],
      flags: [flag({ firstSeenWindow: '2026-Q3', persistent: true })],
      firings: [firing('2026-Q3', { severity: 'medium' }), firing('2026-Q4')],
      persistence: K2,
    });
    expect(back.flags[0]).toMatchObject({ lastSeenWindow: '2026-Q3', severity: 'medium', persistent: false });
  });

  it('ignores a quiet rule that never fired', () => {
    expect(planFlagWrites({ window: Q4, results: [quiet('reprisals_named_consecutively')], flags: [], firings: [], persistence: K2 })).toEqual({ flags: [], firings: [], retracted: [], deletedFlags: [] });
  });
});
