import { STATE_BY_ISO3, STATES } from '../states/states';
import { UHRI_EXPORT_HEADER, annotationId, csvLine, prng, uhriRows } from './uhri-rows';

describe('synthetic UHRI export rows', () => {
  it('gives the same rows for the same seed, and other rows for another seed', () => {
    const a = [...uhriRows(50, 7)];
    const b = [...uhriRows(50, 7)];
    const c = [...uhriRows(50, 8)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('has one cell per column of the UHRI header and a stable annotation id per row', () => {
    const rows = [...uhriRows(20, 3)];
    for (const row of rows) expect(row).toHaveLength(UHRI_EXPORT_HEADER.length);
    expect(rows.map((r) => r[11])).toEqual(Array.from({ length: 20 }, (_, i) => annotationId(i, 3)));
    expect(new Set(rows.map((r) => r[11])).size).toBe(20);
  });

  it('mixes about 60 % UPR recommendations (with a session and a position) with treaty bodies and special procedures', () => {
    const rows = [...uhriRows(2000, 1)];
    const upr = rows.filter((r) => r[2] === '- UPR');
    expect(upr.length / rows.length).toBeGreaterThan(0.55);
    expect(upr.length / rows.length).toBeLessThan(0.65);
    for (const row of upr) {
      expect(row[3]).toMatch(/^- \d+(st|nd|rd|th) Session - Cycle [1-4]$/);
      expect(['- Supported', '- Noted']).toContain(row[6]);
    }
    for (const row of rows.filter((r) => r[2] !== '- UPR')) expect(row[3]).toBe('');
  });

  it('names States as the UHRI does, with their full names', () => {
    const names = new Set(STATES.map((s) => s.name));
    for (const row of uhriRows(200, 2)) {
      for (const country of (row[1] ?? '').split('\n')) expect(names.has(country.replace(/^- /, ''))).toBe(true);
    }
    expect(STATE_BY_ISO3.get('SVN')?.name).toBe('Slovenia');
  });

  it('quotes CSV cells holding commas, quotes or line breaks', () => {
    expect(csvLine(['plain', 'a, b', 'say "no"', '- a\n- b'])).toBe('plain,"a, b","say ""no""","- a\n- b"');
  });

  it('draws numbers in [0, 1) from a seeded generator', () => {
    const random = prng(42);
    const draws = Array.from({ length: 1000 }, () => random());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(prng(42)()).toBe(draws[0]);
  });
});
