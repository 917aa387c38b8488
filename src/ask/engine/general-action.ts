/**
 * What a question asks to be done: the content word right after a general form of asking ("how do
 * I resend …", "can I download …", "怎么删除 …", "能不能修改 …"). A passage that answers it says that
 * action, itself or in its section: a passage about the thing it is done to, silent on the action,
 * answers a question the pages do not (resend the code, delete a verified method). Read by the
 * general reading (./general.ts).
 */
import { stemmer } from 'stemmer';
import { ACTION_ASKED_EN, ACTION_ASKED_ZH, KIND_ASKED_EN, KIND_ASKED_ZH, PLACE_ASKED_ZH } from '../language/asking.ts';
import type { Passage } from './general-index.ts';
import { saidAround, type Word } from './general-pick.ts';
import { fold } from './general-words.ts';

/** Characters that may stand between a Chinese form of asking and its action (怎么才能删除, 如何再次发送). */
const ZH_GAP = 2;

/** The question's word that says what it asks to be done, when a form of asking names one. */
export function actionAsked(text: string, words: readonly Word[]): Word | undefined {
  const folded = fold(text);
  for (const found of folded.matchAll(ACTION_ASKED_EN)) {
    const stem = stemmer(found[1]!);
    const word = words.find((candidate) => !candidate.han && candidate.asked === stem);
    if (word) return word;
  }
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
export function actionUnsaid(text: string, words: readonly Word[], passage: Passage): boolean {
  const action = actionAsked(text, words);
  if (!action) return false;
  if (!action.known) return true;
  return !saidAround(action, passage);
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
  for (const found of folded.matchAll(KIND_ASKED_EN)) {
    const stem = stemmer(found[1]!);
    const word = words.find((candidate) => !candidate.han && candidate.asked === stem);
    if (word) return word;
  }
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
