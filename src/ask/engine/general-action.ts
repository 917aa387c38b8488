/**
 * What a question asks to be done: the content word right after a general form of asking ("how do
 * I resend …", "can I download …", "怎么删除 …", "能不能修改 …"). A passage that answers it says that
 * action, itself or in its section: a passage about the thing it is done to, silent on the action,
 * answers a question the pages do not (resend the code, delete a verified method). Read by the
 * general reading (./general.ts).
 */
import { stemmer } from 'stemmer';
import {
  ACTION_ASKED_EN,
  ACTION_ASKED_ZH,
  ASKS_WHETHER_OR_HOW,
  DETERMINER,
  KIND_ASKED_EN,
  KIND_ASKED_ZH,
  NUMBER_ASKED,
  OTHERS_ASKED,
  PLACE_ASKED_ZH,
  RATE,
  SAYS_OTHERS,
} from '../language/asking.ts';
import type { Passage } from './general-index.ts';
import { match, saidAround, type Word } from './general-match.ts';
import { fold, stemsOf } from './general-words.ts';

/** Characters that may stand between a Chinese form of asking and its action (怎么才能删除, 如何再次发送). */
const ZH_GAP = 2;

/** The question's English word a form of asking captures (its first group), when the question reads it as a word. */
function englishWordAfter(folded: string, form: RegExp, words: readonly Word[]): Word | undefined {
  for (const found of folded.matchAll(form)) {
    const stem = stemmer(found[1]!);
    const word = words.find((candidate) => !candidate.han && candidate.asked === stem);
    if (word) return word;
  }
  return undefined;
}

/** The question's word that says what it asks to be done, when a form of asking names one. */
export function actionAsked(text: string, words: readonly Word[]): Word | undefined {
  const folded = fold(text);
  const english = englishWordAfter(folded, ACTION_ASKED_EN, words);
  if (english) return english;
  for (const found of folded.matchAll(ACTION_ASKED_ZH)) {
    const end = found.index + found[0].length;
    const word = words
      .filter((candidate) => candidate.han)
      .map((candidate) => ({ candidate, at: folded.indexOf(candidate.asked, end) }))
      .filter(({ at }) => at >= end && at - end <= ZH_GAP)
      .sort((a, b) => a.at - b.at)[0]?.candidate;
    if (word) return word;
  }
  return undefined;
}

/**
 * Whether the question asks for an action the answering passage does not say: no page has the
 * word, or only passages outside the passage's section do.
 */
export function actionUnsaid(
  text: string,
  words: readonly Word[],
  passage: Passage,
  glossary: ReadonlyMap<string, readonly string[]> = new Map(),
): boolean {
  const action = actionAsked(text, words);
  if (!action) return false;
  // A verb with its particle is the act the glossary names by it ("switch off a postback": disable), the verb alone no page's word or another act.
  const phrasal = action.han ? undefined : phrasalAct(text, action.asked, glossary);
  if (!action.known && !phrasal) return true;
  // The page saying the verb with its particle ("Set up postback URLs") says the act, whichever word the glossary names it by.
  if (phrasal && saysPhrase(passage, phrasal.phrase)) return false;
  // The glossary's acts say one action by several words (change, edit): the passage may say another of
  // them, when the question says the action itself (not resend read as send: one step from it already).
  const others = action.key === action.asked ? (glossary.get(action.key) ?? []) : [];
  const keys = phrasal ? phrasal.act : [action.key, ...others];
  return !keys.some((key) => saidAround({ ...action, key }, passage));
}

/**
 * The act a verb of the question makes with a word right after it or after its object ("switch it
 * off"), three words on at most: the glossary's single words for it, and the phrase in any form of the verb.
 */
function phrasalAct(
  text: string,
  stem: string,
  glossary: ReadonlyMap<string, readonly string[]>,
): { act: readonly string[]; phrase: RegExp } | undefined {
  const tokens = fold(text).match(/[a-z]+/g) ?? [];
  const at = tokens.findIndex((token) => stemmer(token) === stem);
  if (at < 0) return undefined;
  for (const next of tokens.slice(at + 1, at + 5)) {
    const act = glossary.get(`${stem} ${next}`);
    if (act) return { act, phrase: new RegExp(`\\b${stem}[a-z]*\\s+${next}\\b`) };
  }
  return undefined;
}

/** Whether the passage, another of its section or its headings say the phrase itself. */
const saysPhrase = (passage: Passage, phrase: RegExp) =>
  phrase.test(passage.context) || [passage, ...passage.section].some((said) => phrase.test(said.text));

/**
 * What the asked action is done to: the question's first word the pages have after the action
 * ("change the primary email address": primary; 怎么修改登录邮箱: 登录邮箱).
 */
export function objectAsked(
  text: string,
  words: readonly Word[],
  action: Word,
  stopwords: ReadonlySet<string>,
): Word | undefined {
  const folded = fold(text);
  if (!action.han) {
    for (const found of folded.matchAll(ACTION_ASKED_EN)) {
      // Only how it is done: "can I keep PayPal and a bank account" asks whether, which a page may
      // answer of the kind ("only one active withdrawal method").
      if (stemmer(found[1]!) !== action.asked || !found[0].startsWith('how')) continue;
      const after = stemsOf(folded.slice(found.index + found[0].length), stopwords);
      for (const stem of after) {
        const word = words.find((candidate) => !candidate.han && candidate.asked === stem && candidate !== action);
        if (word) return word.known ? word : undefined;
      }
    }
    return undefined;
  }
  const start = folded.indexOf(action.asked);
  if (start < 0) return undefined;
  const end = start + action.asked.length;
  const next = words
    .filter((candidate) => candidate.han && candidate !== action)
    .map((candidate) => ({ candidate, at: folded.indexOf(candidate.asked, end) }))
    .filter(({ at }) => at >= end)
    .sort((a, b) => a.at - b.at)[0]?.candidate;
  return next?.known ? next : undefined;
}

/** Whether a sentence says the stem as an action: not only right after a determiner. */
function saysAsAction(sentences: readonly string[], stem: string): boolean {
  return sentences.some((sentence) => {
    const tokens = fold(sentence).match(/[a-z0-9]+/g) ?? [];
    return tokens.some((token, at) => !(at > 0 && DETERMINER.test(tokens[at - 1]!)) && stemmer(token) === stem);
  });
}

/**
 * Whether the action asked and what it is done to are said apart: no passage of the answering
 * one's section, nor its headings, says both, the action as an action. A page that says "change"
 * of the withdrawal method and the primary email address only beside "to confirm the change" (a
 * noun the stems do not tell from the verb) does not say how to change the email address.
 */
export function actionObjectApart(
  text: string,
  words: readonly Word[],
  passage: Passage,
  stopwords: ReadonlySet<string>,
): boolean {
  const action = actionAsked(text, words);
  if (!action?.known) return false;
  const object = objectAsked(text, words, action, stopwords);
  if (!object) return false;
  const heading: Passage = {
    ...passage,
    stems: passage.contextStems,
    joined: new Set(),
    text: passage.context,
    alignedStems: new Set(),
  };
  if (match(action, heading) > 0 && match(object, heading) > 0) return false;
  const own = (other: Passage): Passage => ({ ...other, alignedStems: new Set() });
  // A step's stems hold its section's heading: its own sentences must say the action.
  return !passage.section.some(
    (other) =>
      match(action, own(other)) > 0 &&
      match(object, other) > 0 &&
      (action.han || saysAsAction(other.chunk.sentences, action.key)),
  );
}

/**
 * What a question asks which one of, or where it is: the content word right after "which",
 * "what", 哪些, 什么 ("what fields", 哪些字段), or right before 在哪里 (列表在哪里). A passage
 * that answers it says that thing, itself or in its section: one that says the rest of the
 * question but not the thing asked for (the CSV's fields, the list of approved domains) answers
 * what the pages do not.
 */
export function kindAsked(text: string, words: readonly Word[]): Word | undefined {
  const folded = fold(text);
  const english = englishWordAfter(folded, KIND_ASKED_EN, words);
  if (english) return english;
  for (const found of folded.matchAll(KIND_ASKED_ZH)) {
    const end = found.index + found[0].length;
    const word = words.find((candidate) => candidate.han && folded.startsWith(candidate.asked, end));
    if (word) return word;
  }
  for (const found of folded.matchAll(PLACE_ASKED_ZH)) {
    const before = folded.slice(0, found.index);
    const word = words.find((candidate) => candidate.han && before.endsWith(candidate.asked));
    if (word) return word;
  }
  return undefined;
}

/**
 * Whether the question asks which or where of a thing the pages say but neither the answering
 * passage nor its section does, or of a rare word no page has ("which IP addresses"): that is
 * what it hinges on, never a detail. Another word no page has is left to the unknown share
 * (refusing on it too lost an answerable tracking-links-2 question).
 */
export function kindUnsaid(text: string, words: readonly Word[], passage: Passage): boolean {
  const kind = kindAsked(text, words);
  if (!kind) return false;
  return kind.known ? !saidAround(kind, passage) : kind.rare;
}

/**
 * Whether the question asks a number at a rate ("how many times per day", 每分钟最多多少次) and the
 * passage gives none: its numbers count another thing (a link that "expires after 24 hours" says
 * nothing of how many resends a day), so the number the question hinges on is not on the page.
 */
export function rateUnsaid(text: string, passage: Passage): boolean {
  const folded = fold(text);
  return NUMBER_ASKED.test(folded) && RATE.test(folded) && !RATE.test(fold(passage.chunk.sentences.join(' ')));
}

/**
 * Whether the question asks whether or how something may be done to another person's thing ("can
 * I change the sign-in email on his user", "can an admin … for another user") and the passage
 * speaks only of the reader's own: "your sign-in email … belong to you" does not say what one may
 * do to another's.
 */
export function othersUnsaid(text: string, passage: Passage): boolean {
  const asked = fold(text)
    .split(/[.?!;]/)
    .some((sentence) => {
      const others = OTHERS_ASKED.exec(sentence);
      const asking = ASKS_WHETHER_OR_HOW.exec(sentence);
      return others !== null && asking !== null && asking.index < others.index;
    });
  return asked && !SAYS_OTHERS.test(passage.chunk.sentences.join(' ').toLowerCase());
}

/**
 * Whether the passage leaves unsaid what the question asks for: the action (`actionUnsaid`), the
 * action with what it is done to (`actionObjectApart`), the kind or place asked (`kindUnsaid`), the
 * rate asked (`rateUnsaid`), or another person's thing (`othersUnsaid`).
 */
export function askedUnsaid(
  text: string,
  words: readonly Word[],
  passage: Passage,
  stopwords: ReadonlySet<string>,
  glossary?: ReadonlyMap<string, readonly string[]>,
): boolean {
  return (
    actionUnsaid(text, words, passage, glossary) ||
    actionObjectApart(text, words, passage, stopwords) ||
    kindUnsaid(text, words, passage) ||
    rateUnsaid(text, passage) ||
    othersUnsaid(text, passage)
  );
}
