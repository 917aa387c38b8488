/**
 * Site-wide facts: where each page lives in each locale (the real help center's paths, host
 * aside), the short addresses that lead to the guide, and how a path maps to its translation.
 */
import { LOCALES, localeFromPath, type Locale } from './contract/index.ts';

/** English is the help center's default locale: its paths carry no locale segment. */
export const GUIDE_PATHS: Record<Locale, string> = {
  en: '/partner/what-would-you-like-to-learn-about/account-management/account-settings/api-tokens/manage-legacy-api-tokens-as-a-partner',
  zh: '/partner/zh/nin-xiang-liao-jie-shen-me/account-management/account-settings/api-tokens/manage-legacy-api-tokens-as-a-partner',
};

export const SANDBOX_PATHS: Record<Locale, string> = {
  en: '/partner/sandbox',
  zh: '/partner/zh/sandbox',
};

export const ZH_GUIDE_PATH = GUIDE_PATHS.zh;
export const EN_GUIDE_PATH = GUIDE_PATHS.en;
export const ZH_SANDBOX_PATH = SANDBOX_PATHS.zh;
export const EN_SANDBOX_PATH = SANDBOX_PATHS.en;

/** Short addresses that lead to the guide: Astro writes them as redirect pages, `npm start` answers 302. */
export const REDIRECTS: Record<string, string> = {
  '/': EN_GUIDE_PATH,
  '/partner': EN_GUIDE_PATH,
  '/partner/zh': ZH_GUIDE_PATH,
};

export function sitePaths(locale: Locale): { guide: string; sandbox: string } {
  return { guide: GUIDE_PATHS[locale], sandbox: SANDBOX_PATHS[locale] };
}

/** Path segments the help center translates (the rest of a path is the same in every locale). */
const TRANSLATED_SEGMENTS: ReadonlyArray<Record<Locale, string>> = [
  { en: 'what-would-you-like-to-learn-about', zh: 'nin-xiang-liao-jie-shen-me' },
];

/**
 * The same page's path in another locale: the `zh` segment comes after the space (`/partner`,
 * `/other`), translated slugs swap. Whether such a page exists is the caller's to check.
 */
export function translatePath(path: string, to: Locale): string {
  const from = localeFromPath(path);
  if (from === to) return path;
  const segments = path.split('/').filter(Boolean);
  const withoutLocale =
    from === 'zh' ? segments.filter((segment, index) => !(index === 1 && segment === 'zh')) : segments;
  const translated = withoutLocale.map(
    (segment) => TRANSLATED_SEGMENTS.find((entry) => entry[from] === segment)?.[to] ?? segment,
  );
  if (to === 'zh' && translated.length > 0) translated.splice(1, 0, 'zh');
  return `/${translated.join('/')}`;
}

/** Every locale's version of a path, for hreflang alternates and the language switch. */
export function alternatePaths(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, translatePath(path, locale)])) as Record<Locale, string>;
}
