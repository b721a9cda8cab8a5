import type { GroupableRow } from './group';
import { groupRecommendations } from './group';

function row(rowNumber: number, over: Partial<GroupableRow>): GroupableRow {
  return {
    rowNumber,
    stateIso3: 'AFG',
    session: 5,
    text: 'Ratify the CPED.',
    recommendingStateIso3: ['FRA'],
    response: 'supported',
    ...over,
  };
}

describe('groupRecommendations', () => {
  it('merges a joint recommendation repeated once per recommending State (whitespace and case aside)', () => {
    const { groups, issues } = groupRecommendations([
      row(2, { text: ' Ratify the  CPED. ', recommendingStateIso3: ['FRA'] }),
      row(3, { text: 'ratify the cped.', recommendingStateIso3: ['DEU'] }),
      row(4, { text: 'Ratify\tthe CPED.', recommendingStateIso3: ['FRA'] }),
    ]);
    expect(issues).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ rowNumbers: [2, 3, 4], recommendingStateIso3: ['FRA', 'DEU'], response: 'supported' });
    expect(groups[0].rows).toHaveLength(3);
  });

  it('keeps apart the same text for another State under review or another session', () => {
    const { groups } = groupRecommendations([row(2, {}), row(3, { stateIso3: 'DZA' }), row(4, { session: 6 })]);
    expect(groups.map((g) => g.rowNumbers)).toEqual([[2], [3], [4]]);
  });

  it('never merges rows outside the UPR (no session), even with the same text', () => {
    const { groups } = groupRecommendations([row(2, { session: null }), row(3, { session: null })]);
    expect(groups).toHaveLength(2);
  });

  it('warns on conflicting responses and keeps the first one given', () => {
    const { groups, issues } = groupRecommendations([
      row(2, { response: null }),
      row(3, { response: 'noted', recommendingStateIso3: ['DEU'] }),
      row(4, { response: 'supported', recommendingStateIso3: ['ITA'] }),
    ]);
    expect(groups[0].response).toBe('noted');
    expect(issues).toEqual([
      {
        rowNumber: 4,
        column: 'Response',
        reason: "'supported' conflicts with 'noted' given for the same recommendation in row 2; 'noted' is kept",
        severity: 'warning',
      },
    ]);
  });
});
