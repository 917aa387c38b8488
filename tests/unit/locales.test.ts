/** The locale records (src/contract/locale.ts) and what derives from them: paths, redirects, 404s. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  LOCALES,
  localeFromPath,
  localeRecord,
  resolveLocale,
  TRANSLATED_LOCALES,
} from '../../src/contract/index.ts';
import {
  GUIDE_PATHS,
  localeOfMissingPage,
  notFoundPath,
  REDIRECTS,
  SANDBOX_PATHS,
  translatePath,
} from '../../src/site.ts';

const EN = '/partner/what-would-you-like-to-learn-about/account-management/x';
const ZH = '/partner/zh/nin-xiang-liao-jie-shen-me/account-management/x';

it('a path’s locale is its segment after the space, else the default', () => {
  expect(localeFromPath(ZH)).toBe('zh');
  expect(localeFromPath('/other/zh/reference-documentation/y')).toBe('zh');
  expect(localeFromPath(EN)).toBe('en');
  // A page merely named like a locale is not in that locale.
  expect(localeFromPath('/partner/what/zh')).toBe(DEFAULT_LOCALE);
});

it('translates a path both ways: locale segment and translated slugs', () => {
  expect(translatePath(EN, 'zh')).toBe(ZH);
  expect(translatePath(ZH, 'en')).toBe(EN);
  expect(translatePath(ZH, 'zh')).toBe(ZH);
  expect(translatePath('/other/zh/a/b', 'en')).toBe('/other/a/b');
});

it('every locale has a guide, a full sandbox, a short address and a 404 page, at paths its record gives', () => {
  for (const locale of LOCALES) {
    const { segment } = localeRecord(locale);
    const prefix = segment === null ? '/partner/' : `/partner/${segment}/`;
    expect(GUIDE_PATHS[locale].startsWith(prefix), locale).toBe(true);
    expect(SANDBOX_PATHS[locale]).toBe(`${prefix}sandbox`);
    expect(REDIRECTS[prefix.slice(0, -1)]).toBe(GUIDE_PATHS[locale]);
    expect(notFoundPath(locale)).toBe(segment === null ? '/404' : `${prefix}404`);
    expect(localeFromPath(GUIDE_PATHS[locale])).toBe(locale);
  }
  expect(REDIRECTS['/']).toBe(GUIDE_PATHS[DEFAULT_LOCALE]);
});

it("a missing page's address suggests its 404's language: the locale segment, else one misplaced, else the default", () => {
  expect(localeOfMissingPage('/partner/zh/no-such-page')).toBe('zh');
  expect(localeOfMissingPage('/zh/partner/no-such-page')).toBe('zh');
  expect(localeOfMissingPage('/partner/nin-xiang-liao-jie-shen-me/account-management')).toBe('zh');
  expect(localeOfMissingPage('/partner/no-such-page')).toBe(DEFAULT_LOCALE);
  expect(localeOfMissingPage('/partner/zhong/no-such-page')).toBe(DEFAULT_LOCALE);
});

it('an unknown or missing locale attribute means the default locale', () => {
  expect(resolveLocale('no-such-locale')).toBe(DEFAULT_LOCALE);
  expect(resolveLocale(null)).toBe(DEFAULT_LOCALE);
  expect(resolveLocale('zh')).toBe('zh');
});

const I18N = new URL('../../src/i18n/', import.meta.url);

it('each string table is gathered from one module per locale, and each locale has every table', () => {
  const tables = readdirSync(I18N)
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => readFileSync(new URL(file, I18N), 'utf8').includes('byLocale<'));
  expect(tables.length).toBeGreaterThan(5);
  // A table gathers its locales' modules; none writes a locale's strings in place.
  for (const table of tables) {
    const text = readFileSync(new URL(table, I18N), 'utf8');
    for (const locale of TRANSLATED_LOCALES) expect(text, table).toContain(`from './${locale}/${table}'`);
    expect(text, table).not.toMatch(/^const \w+\b.*=/m);
  }
  for (const locale of TRANSLATED_LOCALES)
    expect(readdirSync(new URL(`${locale}/`, I18N)).sort(), locale).toEqual(expect.arrayContaining(tables));
});
