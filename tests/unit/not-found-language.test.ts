/**
 * The static 404's choice of language (src/not-found-language.ts), run as the browser runs it,
 * against the rule `npm start` chooses its 404 by (localeOfMissingPage): the same answer for any
 * address, and the page's lang, dir, title and description in that language.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALE_RECORDS, LOCALES, localeRecord, type Locale } from '../../src/contract/index.ts';
import { languageTag } from '../../src/i18n/format.ts';
import { chooseVersionScript, type NotFoundVersion } from '../../src/not-found-language.ts';
import { localeOfMissingPage } from '../../src/site.ts';

const VERSIONS: NotFoundVersion[] = LOCALES.map((code) => ({
  code,
  lang: languageTag(code),
  dir: localeRecord(code).dir,
  title: `title ${code}`,
  description: `description ${code}`,
}));
const SCRIPT = chooseVersionScript(VERSIONS);

/** Runs the <head> script at `pathname` over a stand-in document; what it chose, and the page as it left it. */
function choose(pathname: string) {
  const attributes: Record<string, string> = {};
  const root = { lang: 'en-US', dir: 'ltr', setAttribute: (name: string, value: string) => (attributes[name] = value) };
  const meta = { content: 'description en' };
  const document = { documentElement: root, title: 'title en', querySelector: () => meta };
  new Function('location', 'document', SCRIPT)({ pathname }, document);
  const chosen = (attributes['data-not-found-locale'] ?? DEFAULT_LOCALE) as Locale;
  return { chosen, lang: root.lang, dir: root.dir, title: document.title, description: meta.content };
}

describe('the static 404 chooses its language as npm start does', () => {
  it.each([
    '/partner/zh/sandbox/typo',
    '/zh/partner/no-such-page',
    '/partner/nin-xiang-liao-jie-shen-me/account-management',
    '/partner/NIN-XIANG-LIAO-JIE-SHEN-ME/x',
    '/partner/ZH/x',
    '/other/reference-documentation/keep-tokens-secure',
    '/',
    '/zh',
    '/a/b/zh/',
    '/partner/en/sandbox',
  ])('%s', (path) => {
    const expected = localeOfMissingPage(path);
    const page = choose(path);
    expect(page.chosen).toBe(expected);
    const version = VERSIONS.find((entry) => entry.code === expected)!;
    expect(page).toEqual(
      expected === DEFAULT_LOCALE
        ? { chosen: expected, lang: 'en-US', dir: 'ltr', title: 'title en', description: 'description en' }
        : {
            chosen: expected,
            lang: version.lang,
            dir: version.dir,
            title: version.title,
            description: version.description,
          },
    );
  });

  it('for any address made of locale segments, translated slugs and other words', () => {
    const markers = LOCALE_RECORDS.flatMap((record) => [
      ...(record.segment === null ? [] : [record.segment, record.segment.toUpperCase()]),
      ...Object.values(record.slugs),
      ...Object.keys(record.slugs),
    ]);
    const segment = fc.oneof(
      fc.constantFrom(...markers, 'partner', 'other', 'en', ''),
      fc.stringMatching(/^[a-z-]{1,12}$/),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.boolean(), (segments, slash) => {
        const path = `/${segments.join('/')}${slash ? '/' : ''}`;
        expect(choose(path).chosen).toBe(localeOfMissingPage(path));
      }),
      { numRuns: 500 },
    );
  });
});
