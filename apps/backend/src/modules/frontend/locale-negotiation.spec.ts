import { negotiateLocale } from './locale-negotiation';

const ALL = ['en', 'ar', 'zh', 'fr', 'ru', 'es'];

describe('negotiateLocale', () => {
  it('keeps the language the person chose before', () => {
    expect(negotiateLocale(ALL, 'fr-CH, fr;q=0.9', 'ar')).toBe('ar');
  });

  it('takes the best-ranked browser language the interface has', () => {
    expect(negotiateLocale(ALL, 'de-DE,de;q=0.9,es;q=0.8,fr;q=0.7', undefined)).toBe('es');
    expect(negotiateLocale(ALL, 'zh-Hans-CN', undefined)).toBe('zh');
  });

  it('falls back to English for unknown languages, bad input or a stale choice', () => {
    expect(negotiateLocale(ALL, 'de-DE,ja;q=0.5', 'xx')).toBe('en');
    expect(negotiateLocale(ALL, 'ru;q=0', undefined)).toBe('en');
    expect(negotiateLocale(ALL, undefined, undefined)).toBe('en');
  });
});
