/**
 * Words and sentences, the same way for the index (at build time) and for questions (at ask
 * time): Intl.Segmenter finds Chinese words, the glossary keeps product terms whole.
 */
import type { Locale } from '../contract/index.ts';
import { SENTENCE_BOUNDARY } from '../i18n/typography.ts';
import { NORMALIZATIONS, STOPWORDS } from '../i18n/vocabulary.ts';
import { ZH_TERMS } from './glossary.ts';

const HAN = /\p{Script=Han}/u;

/** zh for Chinese text, en for Latin letters; `fallback` (the page's locale) when there are none ("2025"). */
export function detectLanguage(text: string, fallback: Locale = 'en'): Locale {
  if (HAN.test(text)) return 'zh';
  return /\p{L}/u.test(text) ? 'en' : fallback;
}

/** NFKC folds full-width forms; the vocabulary's spellings fold into one (读/写 and 读写 are one word). */
export function normalize(text: string): string {
  return NORMALIZATIONS.reduce(
    (folded, [pattern, replacement]) => folded.replace(pattern, replacement),
    text.normalize('NFKC').toLowerCase(),
  );
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
  return words;
}

const NORMALIZED_TERMS = [...new Set(ZH_TERMS.map(normalize))].sort((a, b) => b.length - a.length);

/** A word of a text: a glossary term keeps its own shorter words as parts (启用旧版令牌 → 启用, 旧版令牌, …). */
export interface Word {
  term: string;
  parts: string[];
}

/** The meaningful words of a text, in order, stopwords dropped: what a question asks about. */
export function words(text: string): Word[] {
  return matchWords(normalize(text), NORMALIZED_TERMS).filter((word) => !STOPWORDS.has(word.term));
}

/**
 * Retrieval terms of a text: each word followed by its parts, so 旧版令牌 in a question also
 * finds 启用旧版令牌 in a passage. The index and the questions are tokenized alike.
 */
export function tokenize(text: string): string[] {
  return words(text).flatMap((word) => [word.term, ...word.parts]);
}

function matchWords(source: string, glossaryTerms: readonly string[]): Word[] {
  const found: Word[] = [];
  let run = '';
  const flush = () => {
    // A lone Han character outside the glossary (哪, 种, 最) says too little to match on.
    if (run)
      for (const word of segmentWords(run))
        if (word.length > 1 || !HAN.test(word)) found.push({ term: word, parts: [] });
    run = '';
  };
  for (let index = 0; index < source.length;) {
    const term = HAN.test(source[index]!)
      ? glossaryTerms.find((candidate) => source.startsWith(candidate, index))
      : undefined;
    if (term) {
      flush();
      const whole = term.replace(/[^\p{L}\p{N}]/gu, '');
      const shorter = glossaryTerms.filter((candidate) => candidate.length < term.length);
      const parts = new Set(
        matchWords(term, shorter)
          .flatMap((word) => [word.term, ...word.parts])
          .filter((part) => part.length > 1 && part !== whole && !STOPWORDS.has(part)),
      );
      found.push({ term: whole, parts: [...parts] });
      index += term.length;
    } else {
      run += source[index];
      index += 1;
    }
  }
  flush();
  return found;
}

/** Splits plain text into sentences: after 。！？； and after . ! ? followed by a space or the end. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_BOUNDARY)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}
