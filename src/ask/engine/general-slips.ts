/**
 * Slips of the keys in a question's words no page has: an English stem one or two edits from a
 * page stem (withdrawl → withdraw), a slip of a stopword (wher), a Chinese word one character off
 * a page word of the same sound (令排 → 令牌). Read by ./general-pick.ts.
 */
import type { Locale } from '../../contract/index.ts';
import { editDistance, ONE_EDIT_UP_TO } from '../typo.ts';
import type { GeneralIndex } from './general-index.ts';

/**
 * The shortest word read as a slip of the keys: four letters, as the stemmer leaves a slip of a
 * five-letter word (tokne → tokn, delte → delt), where a word that short one edit from a page word
 * is likelier that word mistyped than a word of its own (common words are never read as slips).
 */
const MIN_SLIP_LENGTH = 4;

/**
 * The page stem a stem no page has slipped from, its first letter the same (the only one: else
 * none): one edit away, or two for a long word (as the concept reading's typo repair does), where
 * the stemmer cut the page word's ending and not the slip's (credentails → credentail, the page's
 * credentials → credenti).
 */
export function slipOf(stem: string, vocabulary: ReadonlySet<string>): string | undefined {
  if (stem.length < MIN_SLIP_LENGTH || /\d/.test(stem)) return undefined;
  const within = (limit: number, shortest: number) =>
    [...vocabulary].filter(
      (page) => page[0] === stem[0] && page.length >= shortest && editDistance(stem, page, limit) <= limit,
    );
  const near = within(1, MIN_SLIP_LENGTH - 1);
  if (near.length === 0 && stem.length > ONE_EDIT_UP_TO) {
    const far = within(2, ONE_EDIT_UP_TO - 1);
    return far.length === 1 ? far[0] : undefined;
  }
  return near.length === 1 ? near[0] : undefined;
}

/**
 * Whether a stem no page has is a slip of an English stopword (wher, shoud: one edit, its first
 * letter the same). Not under four letters: a three-letter word one edit from a stopword is as
 * likely a word of its own (log, one edit from lol).
 */
export function slipsFromStopword(stem: string, stopwords: ReadonlySet<string>): boolean {
  if (stem.length < MIN_SLIP_LENGTH || !/^[a-z]+$/.test(stem)) return false;
  for (const stop of stopwords)
    if (stop.length >= MIN_SLIP_LENGTH - 1 && stop[0] === stem[0] && editDistance(stem, stop, 1) <= 1) return true;
  return false;
}

/** The longest Chinese word a slip is looked for in. */
const MAX_SLIP_HAN = 4;

/** The page word (two to four characters) one character off a word, that character of the same sound: the only one, else none. */
export function hanSlipOf(general: GeneralIndex, word: string, language: Locale): string | undefined {
  // A word made of the pages' characters is likelier everyday words (打到) than a slip.
  const corpus = general.corpus.get(language) ?? '';
  if (word.length > MAX_SLIP_HAN || [...word].every((char) => corpus.includes(char))) return undefined;
  let grams = general.hanGrams.get(language);
  if (!grams) {
    grams = new Set();
    for (const [run] of (general.corpus.get(language) ?? '').matchAll(/\p{Script=Han}+/gu))
      for (let at = 0; at < run.length; at++)
        for (let length = 2; length <= MAX_SLIP_HAN && at + length <= run.length; length++)
          grams.add(run.slice(at, at + length));
    general.hanGrams.set(language, grams);
  }
  const found = new Set<string>();
  for (let at = 0; at < word.length; at++)
    for (const sound of general.sounds.of.get(word[at]!) ?? [])
      for (const char of general.sounds.groups[sound]!) {
        const candidate = word.slice(0, at) + char + word.slice(at + 1);
        if (char !== word[at] && grams.has(candidate)) found.add(candidate);
      }
  return found.size === 1 ? [...found][0] : undefined;
}
