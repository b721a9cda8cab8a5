import type { AssertingParty, ImplementationStatus } from '../implementation-status';
import { disagreements, statusAsOf, type StatusEvent, type StatusEventSource } from './status-as-of';

function event(
  id: string,
  party: AssertingParty,
  status: ImplementationStatus,
  effectiveOn: string,
  recordedAt = `${effectiveOn}T09:00:00Z`,
): StatusEvent {
  const source: StatusEventSource = party === 'state' ? 'state_report' : party === 'ohchr' ? 'ohchr' : 'assessment';
  return { id, party, status, effectiveOn, recordedAt, source };
}

// One recommendation to Kenya: the State reports progress, an NGO and the NHRI assess it independently.
const HISTORY: readonly StatusEvent[] = [
  event('s1', 'state', 'not_implemented', '2023-03-01'),
  event('s2', 'state', 'partially_implemented', '2024-02-15'),
  event('s3', 'state', 'fully_implemented', '2025-06-30'),
  event('n1', 'ngo', 'not_implemented', '2025-09-01'),
  event('h1', 'nhri', 'partially_implemented', '2025-10-10'),
];

describe('statusAsOf', () => {
  it('gives each party’s latest status effective on or before the date, ignoring later claims', () => {
    const asOf = statusAsOf(HISTORY, '2025-07-01');
    expect(asOf.state?.id).toBe('s3');
    expect(asOf.ngo).toBeUndefined();
    expect(statusAsOf(HISTORY, '2024-02-14').state?.status).toBe('not_implemented');
  });

  it('counts a status effective on the date itself', () => {
    expect(statusAsOf(HISTORY, '2025-09-01').ngo?.status).toBe('not_implemented');
  });

  it('lets a later-recorded correction win for the same effective date', () => {
    const corrected = [
      event('n2', 'ngo', 'partially_implemented', '2025-09-01', '2025-09-20T08:00:00Z'),
      event('n1', 'ngo', 'not_implemented', '2025-09-01', '2025-09-02T08:00:00Z'),
    ];
    expect(statusAsOf(corrected, '2025-12-31').ngo?.id).toBe('n2');
  });

  it('answers nothing for a recommendation nobody has assessed yet', () => {
    expect(statusAsOf([], '2025-12-31')).toEqual({});
    expect(statusAsOf(HISTORY, '2020-01-01')).toEqual({});
  });

  it('refuses an invalid date or a recording time without offset, naming the field', () => {
    expect(() => statusAsOf(HISTORY, '2025-02-30')).toThrow(/as-of date/);
    expect(() => statusAsOf([event('x', 'state', 'fully_implemented', '2025-01-01', '2025-01-01T10:00:00')], '2025-12-31')).toThrow(
      /recordedAt/,
    );
  });
});

describe('disagreements', () => {
  it('shows a State claiming full implementation against an NGO seeing none: gap of 2 ranks', () => {
    const summary = disagreements(statusAsOf(HISTORY, '2025-09-30'));
    expect(summary).toEqual({
      stateStatus: 'fully_implemented',
      disagree: true,
      maxGap: 2,
      items: [
        {
          party: 'ngo',
          stateStatus: 'fully_implemented',
          partyStatus: 'not_implemented',
          gap: 2,
          direction: 'state_claims_more',
          explanation: 'State says fully implemented, NGO says not implemented: gap of 2 ranks',
        },
      ],
    });
  });

  it('lists every independent party that differs, NHRI and NGO side by side', () => {
    const summary = disagreements(statusAsOf(HISTORY, '2025-12-31'));
    expect(summary.items.map((i) => [i.party, i.gap])).toEqual([
      ['nhri', 1],
      ['ngo', 2],
    ]);
  });

  it('records a State claiming less than an independent assessment', () => {
    const summary = disagreements(
      statusAsOf([event('s', 'state', 'partially_implemented', '2025-01-01'), event('u', 'un_entity', 'fully_implemented', '2025-02-01')], '2025-03-01'),
    );
    expect(summary.items).toEqual([expect.objectContaining({ party: 'un_entity', gap: 1, direction: 'state_claims_less' })]);
  });

  it('finds no disagreement before any independent assessment, or when they agree', () => {
    expect(disagreements(statusAsOf(HISTORY, '2025-08-01')).disagree).toBe(false);
    const agreeing = [event('s', 'state', 'partially_implemented', '2025-01-01'), event('o', 'ohchr', 'partially_implemented', '2025-01-05')];
    expect(disagreements(statusAsOf(agreeing, '2025-03-01'))).toEqual({
      stateStatus: 'partially_implemented',
      disagree: false,
      maxGap: 0,
      items: [],
    });
  });

  it('never counts “no information” as a claim on either side', () => {
    const silentState = [event('s', 'state', 'no_information', '2025-01-01'), event('n', 'ngo', 'not_implemented', '2025-01-05')];
    expect(disagreements(statusAsOf(silentState, '2025-03-01')).disagree).toBe(false);
    const silentNgo = [event('s', 'state', 'fully_implemented', '2025-01-01'), event('n', 'ngo', 'no_information', '2025-01-05')];
    expect(disagreements(statusAsOf(silentNgo, '2025-03-01')).disagree).toBe(false);
  });

  it('has nothing to compare when the State has made no claim', () => {
    expect(disagreements(statusAsOf([event('n', 'ngo', 'not_implemented', '2025-01-05')], '2025-03-01'))).toEqual({
      stateStatus: null,
      disagree: false,
      maxGap: 0,
      items: [],
    });
  });
});
