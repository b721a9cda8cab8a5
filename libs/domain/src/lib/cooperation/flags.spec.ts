import { ADMIN, NGO, OFFICER, PUBLIC, user } from '../follow-up/test-actors';
import { SYSTEM_ACTOR, flagTransition, type FlagFacts, type FlagStatus } from './flags';

const flag = (status: FlagStatus, dismissedInWindow: string | null = null): FlagFacts => ({ status, dismissedInWindow });

describe('flagTransition', () => {
  it('lets an OHCHR officer take an open flag under review and confirm it', () => {
    expect(flagTransition(flag('open'), { type: 'start_review' }, OFFICER)).toEqual({ ok: true, next: 'under_review' });
    expect(flagTransition(flag('under_review'), { type: 'confirm' }, OFFICER)).toEqual({ ok: true, next: 'confirmed' });
  });

  it('lets an OHCHR officer dismiss a flag under review, with a reason', () => {
    expect(flagTransition(flag('under_review'), { type: 'dismiss', reason: 'Report received late but received' }, OFFICER)).toEqual({
      ok: true,
      next: 'dismissed',
    });
  });

  it('refuses a dismissal without a reason', () => {
    expect(flagTransition(flag('under_review'), { type: 'dismiss', reason: '' }, OFFICER)).toMatchObject({
      ok: false,
      refusal: { code: 'reason_required' },
    });
  });

  it('reopens a dismissed flag when the rule fires again in a later window', () => {
    expect(flagTransition(flag('dismissed', '2026-Q3'), { type: 'rule_fired', windowKey: '2026-Q4' }, SYSTEM_ACTOR)).toEqual({ ok: true, next: 'reopened' });
  });

  it('does not reopen on a re-run of the window in which the flag was dismissed', () => {
    expect(flagTransition(flag('dismissed', '2026-Q4'), { type: 'rule_fired', windowKey: '2026-Q4' }, SYSTEM_ACTOR)).toEqual({ ok: true, next: 'dismissed' });
  });

  it('leaves open, under-review and confirmed flags as they are when the rule fires again', () => {
    for (const status of ['open', 'under_review', 'confirmed', 'reopened'] as const) {
      expect(flagTransition(flag(status), { type: 'rule_fired', windowKey: '2026-Q4' }, SYSTEM_ACTOR)).toEqual({ ok: true, next: status });
    }
  });

  it('takes a reopened flag under review again', () => {
    expect(flagTransition(flag('reopened', '2026-Q3'), { type: 'start_review' }, OFFICER)).toEqual({ ok: true, next: 'under_review' });
  });

  it('refuses reviews by anyone but an OHCHR officer, and firings by anyone but the sweep', () => {
    expect(flagTransition(flag('under_review'), { type: 'confirm' }, user('state_focal_point', 'XYZ'))).toMatchObject({ refusal: { code: 'role_not_allowed' } });
    expect(flagTransition(flag('under_review'), { type: 'confirm' }, NGO)).toMatchObject({ refusal: { code: 'role_not_allowed' } });
    expect(flagTransition(flag('under_review'), { type: 'confirm' }, ADMIN)).toMatchObject({ refusal: { code: 'role_not_allowed' } });
    expect(flagTransition(flag('under_review'), { type: 'confirm' }, PUBLIC)).toMatchObject({ refusal: { code: 'unauthenticated' } });
    expect(flagTransition(flag('under_review'), { type: 'confirm' }, SYSTEM_ACTOR)).toMatchObject({ refusal: { code: 'role_not_allowed' } });
    expect(flagTransition(flag('dismissed', '2026-Q3'), { type: 'rule_fired', windowKey: '2026-Q4' }, OFFICER)).toMatchObject({
      refusal: { code: 'role_not_allowed' },
    });
  });

  it('refuses steps out of order: confirming an open flag, dismissing a confirmed one', () => {
    expect(flagTransition(flag('open'), { type: 'confirm' }, OFFICER)).toEqual({
      ok: false,
      refusal: { code: 'invalid_transition', reason: 'cannot confirm a flag that is open' },
    });
    expect(flagTransition(flag('confirmed'), { type: 'dismiss', reason: 'Changed my mind' }, OFFICER)).toMatchObject({
      refusal: { code: 'invalid_transition' },
    });
  });

  it('refuses a firing with an invalid window key', () => {
    expect(() => flagTransition(flag('dismissed', '2026-Q3'), { type: 'rule_fired', windowKey: 'Q4-2026' }, SYSTEM_ACTOR)).toThrow(RangeError);
  });
});
