import { countryShapes } from './world-geometry';

describe('world outlines', () => {
  it('draws the countries by their M49 codes, without Antarctica, computed once', () => {
    const shapes = countryShapes();
    expect(shapes.length).toBe(176);
    expect(shapes.find((s) => s.m49 === '705')?.path).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(shapes.some((s) => s.m49 === '010')).toBe(false);
    expect(countryShapes()).toBe(shapes);
  });
});
