/**
 * How much of a question a set of keys covers: the test every answer passes, and what ranking
 * sorts by.
 */
import { toldWeight } from './clauses.ts';
import type { Question, QuestionWord } from './question.ts';

/** Covered by one of its keys, or by all of its parts when it has several (auth token: auth and token). */
export function isCovered(covers: readonly string[], parts: readonly string[], keys: ReadonlySet<string>): boolean {
  return covers.some((key) => keys.has(key)) || (parts.length > 1 && parts.every((part) => keys.has(part)));
}

/**
 * How much of a word `keys` covers: all of it (one of its keys, or all its parts), or the share
 * of its parts ("enabling legacy tokens" names the label; "right after you enable a token"
 * covers two of its three parts).
 */
export function wordCoverage(word: QuestionWord, keys: ReadonlySet<string>): number {
  if (isCovered(word.covers, word.parts, keys)) return 1;
  return word.parts.length > 1 ? word.parts.filter((part) => keys.has(part)).length / word.parts.length : 0;
}

export const wordCovered = (word: QuestionWord, keys: ReadonlySet<string>) => isCovered(word.covers, word.parts, keys);

/** The weighted share of the question's words that `keys` covers. */
export function coverage(question: Question, keys: ReadonlySet<string>): number {
  let total = 0;
  let held = 0;
  for (const word of question.words) {
    const share = wordCoverage(word, keys);
    // A word of a clause that tells, which the keys lack, counts for less: it is around what is asked.
    total += word.weight * (word.context ? toldWeight(share) : 1);
    held += word.weight * share;
  }
  return total === 0 ? 0 : held / total;
}
