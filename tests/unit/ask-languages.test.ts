/**
 * The ask engine's languages are the site's: its language data has a field per translated
 * locale (a locale added to src/contract/locale.ts is a type error in every concept until its
 * words are written; `npm run check` fails on the expect-error lines below if that ever stops),
 * and a question's language is chosen among the declared ones by how each is written.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { askVocabulary } from '../../src/ask/glossary.ts';
import type { Concept } from '../../src/ask/language/concepts.ts';
import { LANGUAGE_SCRIPTS } from '../../src/ask/language/scripts.ts';
import { STOPWORDS } from '../../src/ask/language/vocabulary.ts';
import { detectLanguage } from '../../src/ask/text.ts';

describe('the ask languages are the locales', () => {
  it('a concept without the words of one of the locales does not compile', () => {
    // @ts-expect-error: zh words missing.
    const englishOnly: Concept = { key: 'sample', kind: 'thing', en: ['sample'] };
    const both: Concept = { key: 'sample', kind: 'thing', en: ['sample'], zh: ['样例'] };
    expect(TRANSLATED_LOCALES.filter((language) => !(language in englishOnly))).toEqual(['zh']);
    expect(TRANSLATED_LOCALES.filter((language) => !(language in both))).toEqual([]);
  });

  it('every concept in the index and every stopword list has each locale', () => {
    expect(Object.keys(STOPWORDS).sort()).toEqual([...TRANSLATED_LOCALES].sort());
    expect(Object.keys(LANGUAGE_SCRIPTS).sort()).toEqual([...TRANSLATED_LOCALES].sort());
    for (const concept of askVocabulary().concepts)
      for (const language of TRANSLATED_LOCALES)
        expect(concept[language], `${concept.key} ${language}`).toBeInstanceOf(Array);
  });

  it('tells the language by the declared writing, a mixed question by its weight', () => {
    expect(detectLanguage('如何重置只读令牌？')).toBe('zh');
    expect(detectLanguage('How do I reset the read-only token?')).toBe('en');
    expect(detectLanguage('reset 之后 token 还能用吗')).toBe('zh');
    expect(detectLanguage('API page is under which section in 设置?')).toBe('en');
    // Two English words against one Chinese character weigh the same: the default locale wins the tie.
    expect(detectLanguage('reset token 令')).toBe(DEFAULT_LOCALE);
  });

  it('a text without letters keeps the page locale; letters of no declared language get the default', () => {
    expect(detectLanguage('2025?', 'zh')).toBe('zh');
    expect(detectLanguage('Привет', 'zh')).toBe(DEFAULT_LOCALE);
  });
});
