import type { PartyClaimDto, StatusOverviewDto } from '../../../api/models';
import { statusColumns } from './status-columns';

const claim = (party: PartyClaimDto['party'], status: PartyClaimDto['status']): PartyClaimDto => ({
  id: party,
  party,
  status,
  effectiveOn: '2025-03-31',
  recordedAt: '2025-06-02T10:00:00Z',
  source: party === 'state' ? 'state_report' : 'assessment',
  sourceId: '1',
  public: true,
});

function overview(parties: PartyClaimDto[], disagreeing: { party: 'ngo' | 'nhri'; gap: number }[]): StatusOverviewDto {
  return {
    recommendationId: 1,
    asOf: '2025-06-02',
    parties,
    disagreement: {
      stateStatus: parties.find((p) => p.party === 'state')?.status ?? null,
      disagree: disagreeing.length > 0,
      maxGap: Math.max(0, ...disagreeing.map((d) => d.gap)),
      items: disagreeing.map((d) => ({ party: d.party, stateStatus: 'fully_implemented', partyStatus: 'not_implemented', gap: d.gap, direction: 'state_claims_more', explanation: '' })),
    },
    timeline: parties,
    grades: [],
  };
}

describe('statusColumns', () => {
  it('puts the State first and marks the parties that disagree with it', () => {
    const columns = statusColumns(overview([claim('ngo', 'not_implemented'), claim('state', 'fully_implemented'), claim('nhri', 'fully_implemented')], [{ party: 'ngo', gap: 2 }]));
    expect(columns.map((c) => [c.party, c.claim?.status, c.disagrees, c.gap])).toEqual([
      ['state', 'fully_implemented', false, 0],
      ['nhri', 'fully_implemented', false, 0],
      ['ngo', 'not_implemented', true, 2],
    ]);
  });

  it('keeps an empty State column when the State has not reported', () => {
    const columns = statusColumns(overview([claim('ngo', 'not_implemented')], []));
    expect(columns.map((c) => [c.party, c.claim])).toEqual([
      ['state', null],
      ['ngo', expect.objectContaining({ status: 'not_implemented' })],
    ]);
  });
});
