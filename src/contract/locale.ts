/**
 * The site's languages, as data: one record per locale. Routes, redirects, 404 pages, hreflang,
 * the content schema, `<html lang dir>` and the elements' default language all derive from these
 * records; adding a locale starts here (docs/authoring.md, "Add a locale").
 */
import { pseudoTable } from '../i18n/pseudo.ts';
import { isOneOf } from './one-of.ts';

export interface LocaleRecord {
  /** The code the site uses: the `locale` attribute, the content's `locale:` field, table keys. */
  readonly code: string;
  /** The BCP 47 tag for `<html lang>`, hreflang and Intl. */
  readonly lang: string;
  /** The path segment after the space (`/partner/zh/…`); null for the default locale, which has none. */
  readonly segment: string | null;
  /** The help center's translated path segments: the default locale's slug → this locale's. */
  readonly slugs: Readonly<Record<string, string>>;
  readonly dir: 'ltr' | 'rtl';
  /** A pseudo-locale for tests: its strings are made from this locale's (src/i18n/pseudo.ts). */
  readonly pseudoOf?: string;
}

/**
 * Whether this build has the pseudo-locale. In bundles the variable is a constant (astro.config.mjs
 * defines it), so a build without it ships none of the pseudo-locale's code; Node reads its environment.
 */
const PSEUDO_LOCALE_ENABLED =
  (typeof import.meta.env === 'object'
    ? import.meta.env.PUBLIC_PSEUDO_LOCALE
    : globalThis.process?.env?.PUBLIC_PSEUDO_LOCALE) === '1';

const TRANSLATED_RECORDS = [
  {
    code: 'zh',
    lang: 'zh-CN',
    segment: 'zh',
    slugs: { 'what-would-you-like-to-learn-about': 'nin-xiang-liao-jie-shen-me' },
    dir: 'ltr',
  },
  { code: 'en', lang: 'en-US', segment: null, slugs: {}, dir: 'ltr' },
] as const satisfies readonly LocaleRecord[];

// Tests only: English accented and made longer, so a string left untranslated, or text that
// overflows or is cut, shows. Built only with PUBLIC_PSEUDO_LOCALE=1 (npm run test:e2e); never shipped.
const PSEUDO_RECORD = {
  code: 'en-XA',
  lang: 'en-XA',
  segment: 'xa',
  slugs: {},
  dir: 'ltr',
  pseudoOf: 'en',
} as const satisfies LocaleRecord;

/** Where a pseudo-locale build puts its pages (/partner/xa/…): the bench refuses such a dist/. */
export const PSEUDO_LOCALE_SEGMENT = PSEUDO_RECORD.segment;

/** The locales whose strings people wrote: every table has a module for each. */
export type TranslatedLocale = (typeof TRANSLATED_RECORDS)[number]['code'];
export type Locale = TranslatedLocale | typeof PSEUDO_RECORD.code;

/** The help center's default locale: its paths carry no locale segment, and it stands in for anything unknown. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** Every locale of this build, the source locale (zh, the original page's) first. */
export const LOCALE_RECORDS: readonly (LocaleRecord & { code: Locale })[] = PSEUDO_LOCALE_ENABLED
  ? [...TRANSLATED_RECORDS, PSEUDO_RECORD]
  : TRANSLATED_RECORDS;
/** The locales whose strings people wrote (every locale but the pseudo-locale). */
export const TRANSLATED_LOCALES = LOCALE_RECORDS.filter((record) => !record.pseudoOf).map(
  (record) => record.code,
) as readonly TranslatedLocale[];
export const LOCALES = LOCALE_RECORDS.map((record) => record.code) as readonly Locale[] as readonly [
  Locale,
  ...Locale[],
];

function isLocale(value: unknown): value is Locale {
  return isOneOf(LOCALES, value);
}

export function localeRecord(locale: Locale): LocaleRecord {
  const record = LOCALE_RECORDS.find((entry) => entry.code === locale);
  if (!record) throw new Error(`this build has no locale ${locale}`);
  return record;
}

/** An element's `locale` attribute may hold anything: the default locale stands in. */
export function resolveLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** A path's locale: the segment after the space (`/partner/zh/…`, `/other/zh/…`), else the default. */
export function localeFromPath(pathname: string): Locale {
  const segment = pathname.split('/').filter(Boolean)[1];
  return LOCALE_RECORDS.find((record) => record.segment !== null && record.segment === segment)?.code ?? DEFAULT_LOCALE;
}

/**
 * The same page's path in another locale: the locale segment comes after the space (`/partner`,
 * `/other`), translated slugs swap. Whether such a page exists is the caller's to check.
 */
export function translatePath(path: string, to: Locale): string {
  const from = localeRecord(localeFromPath(path));
  const target = localeRecord(to);
  if (from.code === to) return path;
  const segments = path.split('/').filter(Boolean);
  if (from.segment !== null) segments.splice(1, 1);
  const toDefault = Object.fromEntries(Object.entries(from.slugs).map(([slug, translated]) => [translated, slug]));
  const translated = segments.map((segment) => {
    const slug = toDefault[segment] ?? segment;
    return target.slugs[slug] ?? slug;
  });
  if (target.segment !== null && translated.length > 0) translated.splice(1, 0, target.segment);
  return `/${translated.join('/')}`;
}

/** Every locale's version of a path, for hreflang alternates and the language switch. */
export function alternatePaths(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, translatePath(path, locale)])) as Record<Locale, string>;
}

/**
 * A string table's modules, one per locale (src/i18n/<locale>/<table>.ts; the source locale's
 * gives the table its type, the others are typed against it): a locale missing here is a type error.
 */
export function byLocale<T>(tables: Record<TranslatedLocale, T>): Record<Locale, T> {
  if (!PSEUDO_LOCALE_ENABLED) return tables as Record<Locale, T>;
  return { ...tables, [PSEUDO_RECORD.code]: pseudoTable(tables[PSEUDO_RECORD.pseudoOf]) };
}
