/**
 * A question's words one by one, before it is weighed: typos of either language, actions said as
 * done, and who let a token out (not what is asked).
 */
import { stemmer } from 'stemmer';
import { isStopword, type Term } from '../text.ts';
import { correctTypo } from '../typo.ts';
import { documentFrequency, soundAlike, type EngineIndex } from './engine-index.ts';

/** The shortest word read as a mistyped inflected form when it is no known word's slip. */
export const MIN_STEM_TYPO = 7;

/** The concepts of people and of a leak (../language/concepts.ts). */
const PEOPLE_KEY = 'people';
const LEAK_KEY = 'leak';

/**
 * Who let a token out ("our dev left the company", "同事把令牌泄露了") is not what is asked: the
 * leak is. A person named before a leak in the same clause is dropped.
 */
export function withoutWhoLeaked(list: Term[]): Term[] {
  const leak = list.findIndex((term) => term.key === LEAK_KEY);
  return leak < 0 ? list : list.filter((term, position) => !(position < leak && term.key === PEOPLE_KEY));
}

/** Whether the action a word names is said as done: a past form, or 完/了 after it, 刚/already before it. */
export function isDone(index: EngineIndex, folded: string, surface: string): boolean {
  const { DONE_AFTER, DONE_BEFORE } = index.dictionary.forms;
  const at = surface ? folded.indexOf(surface) : -1;
  if (at < 0) return false;
  return (
    /^[a-z]+ed$/.test(surface) ||
    DONE_BEFORE.test(folded.slice(0, at)) ||
    DONE_AFTER.test(folded.slice(at + surface.length))
  );
}

export function hanTypoFix(index: EngineIndex, term: Term, toActions: boolean, procedure: boolean): Term {
  // For the action a "how do I" needs, a word the segmenter knows (起用) may be the slip too.
  if (term.concept || !/^\p{Script=Han}+$/u.test(term.surface) || !(term.unsegmented || (toActions && procedure)))
    return term;
  const { concepts, hanWords } = index.dictionary;
  // Of the words one character off (板本: 版本, 原本), the one the pages use most.
  const language = 'zh';
  const candidates = hanWords
    .filter((known) => oneCharOff(index, known, term.surface))
    .flatMap((known) =>
      [...concepts.values()].filter((entry) => entry.zh.includes(known) && (entry.kind === 'act') === toActions),
    )
    .map((concept) => ({
      concept,
      uses: documentFrequency(index, language, (keys) => keys.has(concept.key), concept.key),
    }))
    .sort((a, b) => b.uses - a.uses);
  const concept = candidates[0]?.concept;
  return concept ? { key: concept.key, surface: term.surface, concept } : term;
}

/** A word of the dictionary the word is a slip of: one character off, of the same sound (重制 for 重置, not 提现 for 出现). */
function oneCharOff(index: EngineIndex, known: string, word: string): boolean {
  if (known.length !== word.length) return false;
  const off = [...known].flatMap((char, i) => (char === word[i] ? [] : [i]));
  return off.length === 1 && soundAlike(index, word[off[0]!]!, known[off[0]!]!);
}

/** A Chinese word one character off a word of the dictionary (令排 for 令牌): probably a slip, not a new subject. */
export function looksLikeTypo(index: EngineIndex, word: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(word)) return false;
  return index.dictionary.hanWords.some((known) => oneCharOff(index, known, word));
}

/** Whether a word may be a typo: no stopword, no word the pages or the dictionary know (nor a form of one), no English word. */
export function mayBeTypo(index: EngineIndex, word: string, stem = stemmer(word)): boolean {
  return !(
    isStopword(index.dictionary, word, stem) ||
    index.knownWords.has(word) ||
    index.knownStems.has(stem) ||
    index.english.has(word) ||
    index.englishStems.has(stem)
  );
}

export function typoFix(index: EngineIndex, word: string): string | undefined {
  if (!mayBeTypo(index, word)) return undefined;
  const fixed = correctTypo(word, index.knownWords);
  if (fixed || word.length < MIN_STEM_TYPO) return fixed;
  // A slip in an inflected form of a word of the dictionary: rotaing is rotating (rotate).
  const form = correctTypo(word, index.inflectedForms);
  return form && index.inflections.get(form);
}

/** How many words on either side of a real word are its neighbours ("rest the auth token": the, auth, token). */
const NEIGHBOURHOOD = 3;

/**
 * A real word (an English word, or one the pages use) read as a known word one slip away only
 * when that word makes a pair the pages say with the question's word next to it ("reset reed only
 * token": read only; "how do I rest my read-write token": reset … read): a slip that leaves an
 * English word is likely only where the page word fits (long is no slip of log, nor time of tile).
 * `minPreference` 2: the dictionary's words only.
 */
export function realWordFix(
  index: EngineIndex,
  word: string,
  at: number,
  words: readonly string[],
  minPreference = 0,
): string | undefined {
  if (index.dictionary.stopwords.has(word)) return undefined;
  // The content words among the NEIGHBOURHOOD words on either side, as the pages would write them.
  const side = (step: number) =>
    Array.from({ length: NEIGHBOURHOOD }, (_, i) => words[at + step * (i + 1)])
      .filter((other): other is string => other !== undefined && /^[a-z]+$/.test(other))
      .filter((other) => !isStopword(index.dictionary, other, stemmer(other)))
      .map((other) => stemmer(typoFix(index, other) ?? other));
  const [before, after] = [side(-1), side(1)];
  if (before.length + after.length === 0) return undefined;
  const fitting = new Map(
    [...index.knownWords].filter(([candidate]) => {
      // Only a word a slip may reach (its first letter, two letters longer or shorter at most) is stemmed.
      if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > 2) return false;
      if (index.dictionary.stopwords.has(candidate)) return false;
      const stem = stemmer(candidate);
      return (
        before.some((other) => index.pagePairs.has(`${other} ${stem}`)) ||
        after.some((other) => index.pagePairs.has(`${stem} ${other}`))
      );
    }),
  );
  return correctTypo(word, fitting, minPreference);
}

/** A word the content knows but the dictionary does not, taken for the dictionary's word one edit away. */
export function actionFix(index: EngineIndex, word: string, at: number, words: readonly string[]): string | undefined {
  if (index.dictionary.stopwords.has(word) || index.knownWords.get(word) === 2) return undefined;
  return typoFix(index, word) ?? realWordFix(index, word, at, words, 2);
}

/** Any word's slip: a typo, or a real word that fits the page word better (pass 1: no word the pages use). */
export function slipFix(index: EngineIndex, word: string, at: number, words: readonly string[]): string | undefined {
  const fixed = typoFix(index, word);
  if (fixed || !isRealWord(index, word) || index.knownStems.has(stemmer(word))) return fixed;
  return realWordFix(index, word, at, words);
}

/** An English word of the frequency list (its stem among the most common, or the word itself one slip from a page word). */
const isRealWord = (index: EngineIndex, word: string) =>
  index.english.has(word) || index.englishStems.has(stemmer(word));

/** Each word once (a question may repeat one). */
export function uniqueTerms(list: Term[]): Term[] {
  const seen = new Set<string>();
  return list.filter((term) => !seen.has(term.key) && (seen.add(term.key), true));
}
