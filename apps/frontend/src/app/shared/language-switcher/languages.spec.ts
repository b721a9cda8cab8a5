import { addressInLanguage, INTERFACE_LANGUAGES } from './languages';

describe('addressInLanguage', () => {
  it('keeps the route, filters and page when switching language', () => {
    expect(addressInLanguage('ar', '/recommendations?state=SVN&cursor=abc')).toBe('/ar/recommendations?state=SVN&cursor=abc');
    expect(addressInLanguage('fr', 'recommendations/12')).toBe('/fr/recommendations/12');
  });

  it('offers the six UN official languages once each', () => {
    expect(INTERFACE_LANGUAGES.map((l) => l.code).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });
});
