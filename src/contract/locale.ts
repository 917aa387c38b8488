import { isOneOf } from './one-of.ts';

/** The site's languages. zh pages live under a `/zh/` path segment; English, the default, has none. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return isOneOf(LOCALES, value);
}

/** An element's `locale` attribute may hold anything: English, the help center's default, stands in. */
export function resolveLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : 'en';
}

export function localeFromPath(pathname: string): Locale {
  return /(^|\/)zh(\/|$)/.test(pathname) ? 'zh' : 'en';
}
