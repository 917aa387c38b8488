/**
 * Site-wide facts: where each page lives in each locale (the real help center's paths, host
 * aside) and the short addresses that lead to the guide. Every path derives from the default
 * locale's and the locale records (src/contract/locale.ts).
 */
import { alternatePaths, DEFAULT_LOCALE, LOCALE_RECORDS, translatePath, type Locale } from './contract/index.ts';

export { alternatePaths, translatePath };

const GUIDE_PATH =
  '/partner/what-would-you-like-to-learn-about/account-management/account-settings/api-tokens/manage-legacy-api-tokens-as-a-partner';
const SANDBOX_PATH = '/partner/sandbox';

export const GUIDE_PATHS: Record<Locale, string> = alternatePaths(GUIDE_PATH);
export const SANDBOX_PATHS: Record<Locale, string> = alternatePaths(SANDBOX_PATH);

export const ZH_GUIDE_PATH = GUIDE_PATHS.zh;
export const EN_GUIDE_PATH = GUIDE_PATHS.en;
export const ZH_SANDBOX_PATH = SANDBOX_PATHS.zh;
export const EN_SANDBOX_PATH = SANDBOX_PATHS.en;

/**
 * Short addresses that lead to the guide (`/`, `/partner`, `/partner/<segment>`): Astro writes
 * them as redirect pages, `npm start` answers 302.
 */
export const REDIRECTS: Record<string, string> = Object.fromEntries([
  ['/', GUIDE_PATHS[DEFAULT_LOCALE]],
  ...LOCALE_RECORDS.map((record) => [translatePath('/partner', record.code), GUIDE_PATHS[record.code]]),
]);

/** Where a missing page's "page not found" lives, per locale (the default's is the site's /404.html). */
export function notFoundPath(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '/404' : translatePath('/partner/404', locale);
}

/** The language a missing page's address suggests, for its "page not found" (one rule, also inlined in the static 404). */
export { localeOfMissingPage } from './not-found-language.ts';

export function sitePaths(locale: Locale): { guide: string; sandbox: string } {
  return { guide: GUIDE_PATHS[locale], sandbox: SANDBOX_PATHS[locale] };
}
