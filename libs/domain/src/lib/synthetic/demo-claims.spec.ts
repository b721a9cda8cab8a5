import { syntheticStatusClaims } from './demo-claims';

const TODAY = '2026-12-01';

describe('synthetic status claims of the demo dataset', () => {
  it('tells the same story for the same recommendation every time', () => {
    const input = { index: 12, seed: 1, issuedOn: '2015-05-04', today: TODAY };
    expect(syntheticStatusClaims(input)).toEqual(syntheticStatusClaims(input));
  });

  it('never records a claim after today, nor before the recommendation was issued', () => {
    for (let index = 0; index < 500; index++) {
      for (const claim of syntheticStatusClaims({ index, seed: 3, issuedOn: '2026-01-15', today: '2026-09-30' })) {
        expect(claim.effectiveOn <= '2026-09-30').toBe(true);
        expect(claim.effectiveOn >= '2026-01-15').toBe(true);
      }
    }
  });

  it('lists claims in chronological order, and a second State report is one step further than the first', () => {
    let seenSecondReport = false;
    for (let index = 0; index < 300; index++) {
      const claims = syntheticStatusClaims({ index, seed: 1, issuedOn: '2010-03-01', today: TODAY });
      expect(claims.map((c) => c.effectiveOn)).toEqual([...claims.map((c) => c.effectiveOn)].sort());
      const state = claims.filter((c) => c.party === 'state');
      if (state.length === 2) {
        seenSecondReport = true;
        const rank = { no_information: 0, not_implemented: 1, partially_implemented: 2, fully_implemented: 3 };
        expect(rank[state[1]?.status ?? 'no_information']).toBe(Math.min(3, rank[state[0]?.status ?? 'no_information'] + 1));
      }
    }
    expect(seenSecondReport).toBe(true);
  });

  it('has State reports on about three in four recommendations and independent assessments on about half', () => {
    const all = Array.from({ length: 2000 }, (_, index) => syntheticStatusClaims({ index, seed: 1, issuedOn: '2010-03-01', today: TODAY }));
    const withState = all.filter((claims) => claims.some((c) => c.party === 'state')).length / all.length;
    const withIndependent = all.filter((claims) => claims.some((c) => c.party !== 'state')).length / all.length;
    expect(withState).toBeGreaterThan(0.7);
    expect(withState).toBeLessThan(0.8);
    expect(withIndependent).toBeGreaterThan(0.45);
    expect(withIndependent).toBeLessThan(0.55);
  });

  it('refuses a malformed date, naming it', () => {
    expect(() => syntheticStatusClaims({ index: 0, seed: 1, issuedOn: '2010-13-01', today: TODAY })).toThrow(/issuedOn/);
  });
});
