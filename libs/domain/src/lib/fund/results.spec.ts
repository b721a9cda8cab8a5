import type { AssertingParty, ImplementationStatus } from '../implementation-status';
import { statusMovementDuringAssistance, type AssistancePeriod, type LinkedStatusEvent } from './results';

function event(recommendationId: string, party: AssertingParty, status: ImplementationStatus, effectiveOn: string): LinkedStatusEvent {
  return {
    id: `${recommendationId}-${party}-${effectiveOn}`,
    recommendationId,
    party,
    status,
    effectiveOn,
    recordedAt: `${effectiveOn}T12:00:00Z`,
    source: party === 'state' ? 'state_report' : 'assessment',
  };
}

// A project co-funded by the Fund in Fiji, March 2024 – June 2025, looked at in December 2025.
const PERIOD: AssistancePeriod = { start: '2024-03-01', end: '2025-06-30', asOf: '2025-12-31' };
const EVENTS: LinkedStatusEvent[] = [
  event('rec-1', 'state', 'not_implemented', '2023-05-01'),
  event('rec-1', 'state', 'partially_implemented', '2024-09-01'),
  event('rec-1', 'ngo', 'not_implemented', '2023-06-01'),
  event('rec-1', 'ngo', 'not_implemented', '2025-03-01'),
  event('rec-2', 'state', 'partially_implemented', '2023-01-10'),
  event('rec-2', 'state', 'fully_implemented', '2025-09-15'),
  event('rec-3', 'state', 'partially_implemented', '2022-01-01'),
];

describe('statusMovementDuringAssistance', () => {
  it('shows which linked recommendations moved during and after the assistance, per party', () => {
    const result = statusMovementDuringAssistance({ recommendationIds: ['rec-1', 'rec-2', 'rec-3', 'rec-4'], events: EVENTS }, PERIOD);
    expect(result.map((r) => [r.recommendationId, r.moved])).toEqual([
      ['rec-1', true],
      ['rec-2', true],
      ['rec-3', false],
      ['rec-4', false],
    ]);
    expect(result[0].byParty).toEqual([
      { party: 'state', before: 'not_implemented', atEnd: 'partially_implemented', afterwards: 'partially_implemented', during: 'improved', after: 'unchanged' },
      { party: 'ngo', before: 'not_implemented', atEnd: 'not_implemented', afterwards: 'not_implemented', during: 'unchanged', after: 'unchanged' },
    ]);
    expect(result[1].byParty[0]).toMatchObject({ during: 'unchanged', after: 'improved' });
    expect(result[3].byParty).toEqual([]);
  });

  it('measures a running assistance up to the as-of date, with no “after” yet', () => {
    const [rec1] = statusMovementDuringAssistance({ recommendationIds: ['rec-1'], events: EVENTS }, { start: '2024-03-01', end: null, asOf: '2024-12-31' });
    expect(rec1.byParty[0]).toEqual({
      party: 'state',
      before: 'not_implemented',
      atEnd: 'partially_implemented',
      afterwards: null,
      during: 'improved',
      after: null,
    });
  });

  it('reports a regression', () => {
    const events = [event('rec-9', 'nhri', 'partially_implemented', '2024-01-01'), event('rec-9', 'nhri', 'not_implemented', '2024-10-01')];
    const [rec9] = statusMovementDuringAssistance({ recommendationIds: ['rec-9'], events }, PERIOD);
    expect(rec9).toMatchObject({ moved: true, byParty: [{ party: 'nhri', during: 'regressed' }] });
  });

  it('cannot tell a movement when the first status was asserted only during the assistance', () => {
    const events = [event('rec-5', 'state', 'fully_implemented', '2024-06-01')];
    const [rec5] = statusMovementDuringAssistance({ recommendationIds: ['rec-5'], events }, PERIOD);
    expect(rec5).toMatchObject({ moved: false, byParty: [{ before: null, during: 'unknown' }] });
  });

  it('refuses a period out of order', () => {
    expect(() => statusMovementDuringAssistance({ recommendationIds: [], events: [] }, { start: '2025-01-01', end: '2024-12-31', asOf: '2025-02-01' })).toThrow(
      RangeError,
    );
  });
});
