import { demoRecommendations } from './demo-dataset';

describe('the demo dataset', () => {
  it('reads the synthetic export through the import parser: UPR, treaty-body and special-procedure records with codes resolved', async () => {
    const demo = await demoRecommendations(200, '2026-06-15');
    expect(demo.length).toBeGreaterThanOrEqual(200);
    const mechanisms = new Set(demo.map((d) => d.record.mechanism));
    expect([...mechanisms].sort()).toEqual(['special_procedure', 'treaty_body', 'upr']);
    for (const { record } of demo) {
      expect(record.stateIso3).toMatch(/^[A-Z]{3}$/);
      expect(record.externalId).toMatch(/^0f8fad5b-/);
      expect(record.text).toContain('synthetic recommendation');
    }
    const upr = demo.filter((d) => d.record.mechanism === 'upr');
    expect(upr.every((d) => d.record.session !== null && ['supported', 'noted'].includes(d.record.response ?? ''))).toBe(true);
  });

  it('gives each recommendation its synthetic status history, none of it after today, the same on every load', async () => {
    const a = await demoRecommendations(100, '2026-06-15');
    const b = await demoRecommendations(100, '2026-06-15');
    expect(a).toEqual(b);
    const claims = a.flatMap((d) => d.claims);
    expect(claims.length).toBeGreaterThan(100);
    expect(claims.every((c) => c.effectiveOn <= '2026-06-15')).toBe(true);
  });
});
