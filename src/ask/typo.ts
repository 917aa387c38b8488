/**
 * Typos in Latin words: a word the dictionary and the content do not know is replaced by the
 * known word one edit away (two for long words), an edit being a letter added, dropped, changed
 * or two neighbours swapped (rset → reset, tokne → token, verison → version). The first letter
 * must agree: typing slips rarely hit it, and requiring it keeps real words from being bent.
 */
import { chineseWords } from './segmenter.ts';

const compare = (a: number[], b: number[]) => a.reduce((result, value, i) => result || value - b[i]!, 0);

/** Optimal string alignment distance, abandoned once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

const sameLetters = (a: string, b: string) => [...a].sort().join() === [...b].sort().join();

const commonPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
};

/** The shortest words corrected, and the longest a word may be to get two edits instead of one. */
const MIN_LENGTH = 3;
export const ONE_EDIT_UP_TO = 7;

/**
 * The known word a typo stands for, or undefined. `known` maps each known word to a preference
 * (the dictionary's own words before the content's); ties go to the preferred, then the nearer.
 * `minPreference` limits the candidates (2: the dictionary's words only).
 */
export function correctTypo(word: string, known: ReadonlyMap<string, number>, minPreference = 0): string | undefined {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  const limit = word.length <= ONE_EDIT_UP_TO ? 1 : 2;
  let best: { word: string; rank: number[] } | undefined;
  for (const [candidate, preference] of known) {
    if (candidate[0] !== word[0] || candidate.length < MIN_LENGTH - 1 || preference < minPreference) continue;
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    // A short word's slip keeps its length (teh → the, not tech); a longer one goes to the dictionary's word first (rset → reset, not rest).
    // Then two letters swapped (sdi → sid, not sdk), then the one that shares more of the
    // beginning: a slip is likelier late in a word (wher → where, not when).
    const rank = [
      word.length < MIN_LENGTH + 1 ? Number(candidate.length === word.length) : 0,
      preference,
      -distance,
      Number(sameLetters(word, candidate)),
      commonPrefix(word, candidate),
    ];
    if (!best || compare(rank, best.rank) > 0) best = { word: candidate, rank };
  }
  return best?.word;
}

/**
 * Slips inside a run of Chinese text: a stretch one character off a dictionary word of four or
 * more characters (集成们户 for 集成门户, 技术联细人 for 技术联系人) is read as that word, when
 * the odd character stands alone: no word of the segmenter's or the dictionary's holds it, and it
 * is no function word (停用旧版令牌 is no slip of 启用旧版令牌, nor 之类的 of 之前的).
 * `words` are the dictionary's Chinese words, longest first; `single` its one-character words
 * and the stopwords.
 */
export function correctHanSlips(text: string, words: readonly string[], single: ReadonlySet<string>): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  const alone = new Array<boolean>(text.length).fill(false);
  for (const { segment, index } of chineseWords().segment(text))
    if (segment.length === 1 && /\p{Script=Han}/u.test(segment) && !single.has(segment)) alone[index] = true;
  for (let at = 0; at < text.length;) {
    const word = words.find((candidate) => text.startsWith(candidate, at));
    for (let i = 0; i < (word?.length ?? 0); i++) alone[at + i] = false;
    at += word?.length ?? 1;
  }
  let fixed = text;
  for (const word of words) {
    if (word.length < 4) break;
    for (let at = 0; at + word.length <= fixed.length; at++) {
      let odd = -1;
      for (let i = 0; i < word.length && odd !== -2; i++) if (fixed[at + i] !== word[i]) odd = odd === -1 ? at + i : -2;
      if (odd < 0 || !alone[odd]) continue;
      fixed = fixed.slice(0, at) + word + fixed.slice(at + word.length);
      alone[odd] = false;
    }
  }
  return fixed;
}

/** Every string made by dropping up to `count` letters after the first (a slip keeps the first letter). */
function dropped(word: string, count: number, into = new Set<string>()): Set<string> {
  into.add(word);
  if (count > 0)
    for (let at = 1; at < word.length; at++) dropped(word.slice(0, at) + word.slice(at + 1), count - 1, into);
  return into;
}

/** Each string made by dropping letters from `words` (as many as a slip of the word may differ by), with the words it comes from. */
export function slipSieve(words: readonly string[]): Map<string, string[]> {
  const sieve = new Map<string, string[]>();
  for (const word of words)
    if (word.length >= MIN_LENGTH && /^[a-z]+$/.test(word))
      for (const part of dropped(word, word.length <= ONE_EDIT_UP_TO ? 1 : 2))
        sieve.get(part)?.push(word) ?? sieve.set(part, [word]);
  return sieve;
}

/**
 * The words of a `slipSieve` that `correctTypo` would take for a slip of some `targets` word
 * (two words within k edits share a string made by dropping k letters from each, then checked).
 * For build time, where a word list of tens of thousands is checked against the pages' words.
 */
export function withinSlipReach(
  sieve: ReadonlyMap<string, readonly string[]>,
  targets: Iterable<string>,
  minLength = MIN_LENGTH,
): string[] {
  const found = new Set<string>();
  for (const target of targets) {
    if (target.length < MIN_LENGTH - 1) continue;
    for (const part of dropped(target, 2))
      for (const word of sieve.get(part) ?? []) {
        if (word.length < minLength) continue;
        const limit = word.length <= ONE_EDIT_UP_TO ? 1 : 2;
        if (!found.has(word) && word !== target && editDistance(word, target, limit) <= limit) found.add(word);
      }
  }
  return [...found];
}
