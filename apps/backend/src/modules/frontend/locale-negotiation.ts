/** The six UN official languages the interface is built in; English is the fallback. */
export const UI_LOCALES = ['en', 'ar', 'zh', 'fr', 'ru', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the interface language: the one the person chose before (cookie), else the best
 * match of the browser's Accept-Language (by quality, primary subtag), else English.
 */
export function negotiateLocale(available: readonly string[], acceptLanguage: string | undefined, chosen: string | undefined): string {
  const fallback = available.includes('en') ? 'en' : (available[0] ?? 'en');
  if (chosen && available.includes(chosen)) return chosen;
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.find((r) => available.includes(r.language))?.language ?? fallback;
}
