/**
 * A question's word as the general reading weighs it, and whether a passage says it: itself, in
 * its headings, or in another passage of its section (./general-pick.ts picks the passage;
 * ./general.ts and ./general-action.ts read what the passage says).
 */
import type { Passage } from './general-index.ts';
import { saidAsWord, wordStartsOf } from './general-word-ends.ts';
import { HAN } from './general-words.ts';

export interface Word {
  key: string;
  han: boolean;
  weight: number;
  known: boolean;
  /** A word no page has that the question hinges on: an English one general English rarely uses, or a plain Chinese one ending a clause that asks. */
  rare: boolean;
  /** Said only in a clause that tells (a purpose, an aside), not in one that asks. */
  telling?: boolean;
  /**
   * A word no page has but likely everyday words: one of the 1,000 most common English words, or a
   * Chinese word that is everyday language (好像, 早就: `everydayHan`) or made of characters the
   * pages use (页面上 cut as 面上, a cut of everyday words).
   */
  familiar?: boolean;
  /** A number given with what it counts ("2 weeks"): only the same number of the same thing says it. */
  unit?: string;
  /**
   * A Chinese word no page has, read as the English stems its dictionary gloss says (追踪 → track);
   * or a rare English word no en page has, read as the zh pages' words that gloss it, which a
   * passage's zh twin says (log → 登录).
   */
  bridged?: string[];
  /** Read as another word of its concept in the glossary (click → select): the passage says that word, not this one. */
  glossed?: boolean;
  /** The key the question said it by (payout, read as pay), which its clauses hold. */
  asked: string;
  /** The English word right after it in the question, nothing between (micro → deposit): what it may modify. */
  head?: string;
  /** The English word right before it in the question, nothing between (tracking → cookie): it may say what kind of this one is asked. */
  modifiedBy?: string;
}

/** A word as matched against passages: a stem, a Chinese word, or a Chinese word read through its gloss. */
export type Matched = { key: string; han: boolean; unit?: string; bridged?: string[] };

/** How much of a word a passage holds: 1 said, less when only its translation or half a Chinese compound says it. */
export function match(word: Matched, passage: Passage): number {
  if (word.bridged)
    return Math.max(
      ...word.bridged.map((key) => (HAN.test(key) ? saysInTwin(key, passage) : match({ key, han: false }, passage))),
    );
  if (word.han) {
    // Said only across two of the passage's words (改密码 in 更改|密码, 短链接 in 缩短|链接), it is another word: not said.
    if (passage.text.includes(word.key))
      return saidAsWord(passage.text, word.key, (passage.wordStarts ??= wordStartsOf(passage.text))) ? 1 : 0;
    if (word.key.length < 3) return 0;
    const halves = [word.key.slice(0, 2), word.key.slice(-2)];
    return halves.filter((half) => passage.text.includes(half)).length === 2 ? 0.8 : 0;
  }
  // "After 2 weeks" is not said by "2–3 business days".
  if (word.unit !== undefined) return passage.numberUnits.get(word.key)?.has(word.unit) ? 1 : 0;
  if (passage.stems.has(word.key) || passage.joined.has(word.key)) return 1;
  return passage.alignedStems.has(word.key) ? 0.9 : 0;
}

/** How much of an English word read through a Chinese word (log as 登录) a passage holds: its zh twin, or itself a zh passage, says that word. */
const saysInTwin = (han: string, passage: Passage) =>
  passage.text.includes(han) || passage.twin?.text.includes(han) ? 0.9 : 0;

/** Whether the passage's page title or section name says the word (context, not the passage's own words). */
export function inContext(word: Matched, passage: Passage): boolean {
  // A translation says too little to count from a heading.
  if (word.bridged) return false;
  return word.han ? passage.context.includes(word.key) : passage.contextStems.has(word.key);
}

/** Whether the passage says the word, or its headings or another passage of its section do. */
export function saidAround(word: Matched, passage: Passage): boolean {
  return (
    match(word, passage) > 0 ||
    inContext(word, passage) ||
    passage.section.some((other) => other !== passage && match(word, other) > 0)
  );
}

/** Whether the passage says the word as the question asked it (a glossary synonym or a translation counts as unsaid: the passage says the other word). */
export const saysAsAsked = (word: Word, passage: Passage) =>
  word.known && !word.glossed && !word.bridged && match(word, passage) > 0;

/** Whether the passage says the word only in brackets, as an aside ("an action (a conversion)"). */
export function saidAside(word: Matched, passage: Passage): boolean {
  if (word.bridged || word.unit !== undefined) return false;
  if (word.han) return passage.text.includes(word.key) && !passage.plainText.includes(word.key);
  return passage.stems.has(word.key) && !passage.plainStems.has(word.key);
}
