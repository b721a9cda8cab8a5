/** The six UN official languages, each named in itself (never translated). */
export const INTERFACE_LANGUAGES = [
  { code: 'ar', name: 'العربية' },
  { code: 'zh', name: '中文' },
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ru', name: 'Русский' },
  { code: 'es', name: 'Español' },
] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number]['code'];

/** Cookie the server reads to send a person back to the language they chose. */
export const LANGUAGE_COOKIE = 'tracker_lang';

/**
 * Address of the same page in another language: each language is served under its own
 * prefix (/en/…, /ar/…), so switching keeps the route, the filters and the page.
 */
export function addressInLanguage(language: string, routerUrl: string): string {
  const path = routerUrl.startsWith('/') ? routerUrl : `/${routerUrl}`;
  return `/${language}${path}`;
}
