/**
 * What a question asks of the passage that answers it, read from its form and its clauses (for
 * ./general-pick.ts): the words of the clauses that ask, what its form wants a passage to give
 * (a place, steps, a reason, a person, advice), what the asker says they do not want, and the word
 * whose number is asked.
 */
import type { Locale } from '../../contract/index.ts';
import { stemmer } from 'stemmer';
import type { GeneralIndex, Passage } from './general-index.ts';
import { match, type Word } from './general-match.ts';
import { clausesOf, type Clause } from './clauses.ts';
import { contentWords, fold, stemsOf } from './general-words.ts';
import {
  COUNTED_AFTER,
  COUNTED_BEFORE,
  GIVES_REASON,
  IF_NOT_ASKED,
  NOT_WANTED,
  RECEIPT_ASKED,
  SAYS_DEFAULT,
  SAYS_SENT,
} from '../language/asking.ts';
import { PATH_ARROW } from '../language/vocabulary.ts';

/** Whether a clause asks: a side clause never does, though it may hold "can" or end in "?". */
const asks = (general: GeneralIndex, clause: Clause) =>
  !clause.tells && general.clauses.QUESTION_CUE.test(clause.text.normalize('NFKC').toLowerCase());

/**
 * The content words of the clauses that ask, when the question also has clauses that only tell
 * ("made a typo lol. can I change it?", "… so I can paste it into a tool we use"); undefined
 * when every clause asks, or none does.
 */
export function askedWords(
  general: GeneralIndex,
  text: string,
  language: Locale,
  relative: (before: string, after: string) => boolean,
): { asked: Set<string>; relative: Set<string> } | undefined {
  const clauses = clausesOf(general.clauses, text, { relative });
  const asking = clauses.filter((clause) => asks(general, clause));
  if (asking.length === 0 || asking.length === clauses.length) return undefined;
  const keys = (of: readonly Clause[]) =>
    new Set(of.flatMap((clause) => contentWords(general, clause.text, language).map((word) => word.key)));
  return { asked: keys(asking), relative: keys(clauses.filter((clause) => clause.relative)) };
}

/**
 * The last Chinese word of each clause that asks ("…显示名称？", "…要额外收费吗"), when no English
 * word follows it there: what a Chinese question hinges on, as the concept reading's last word of
 * substance is.
 */
export function lastAskedHan(general: GeneralIndex, text: string, language: Locale): Set<string> {
  const last = new Set<string>();
  for (const clause of clausesOf(general.clauses, text)) {
    if (!asks(general, clause)) continue;
    const word = contentWords(general, clause.text, language)
      .filter((word) => word.han)
      .at(-1);
    const folded = fold(clause.text);
    if (word && !/[a-z]/.test(folded.slice(folded.lastIndexOf(word.key) + word.key.length))) last.add(word.key);
  }
  return last;
}

/** The passages a list is made of (a list item, a step's sub-point, a table row): they answer "how many kinds" by their list. */
export const LISTED: ReadonlySet<string> = new Set(['item', 'substep', 'row']);

/**
 * What the question's form asks a passage to give, when it asks for one the passages can show:
 * a place (a path, "Brands → Tracking Links", in a sentence that says every word of the question
 * the passage's own sentences say, one at least: a step's heading is the task it does, which its
 * path need not say, and a step whose heading alone names the place gives none), steps for "how"
 * (a step), a reason (because, 以免), what happens by default ("if I leave it empty": 默认,
 * otherwise), whether one is sent or told something ("do I get any email …": a passage that
 * sends, as pages tell it), a person for "who" (a passage naming one: see `namesPerson`), advice
 * for "what should I do", 怎么办 (请, "make sure"). A passage that gives it ranks higher (the bar
 * is not moved).
 */
export function formWanted(
  general: GeneralIndex,
  text: string,
  words: readonly Word[],
): ((passage: Passage) => boolean) | undefined {
  const folded = fold(text);
  const { PLACE, PROCEDURE, REASON, WHO, ADVICE, KINDS } = general.forms;
  const wanted: ((passage: Passage, sentences: string) => boolean)[] = [];
  if (PLACE?.test(folded))
    wanted.push((passage) => {
      if (!passage.chunk.sentences.some((sentence) => sentence.includes(PATH_ARROW))) return false;
      const saying = (text: string): Passage => ({
        ...passage,
        stems: new Set(stemsOf(text, general.stopwords)),
        text: fold(text),
      });
      // What its sentences say, not its heading: a step's heading is the task it does ("Create a tracking
      // link"), where its path leads ("select Brands → My Brands") is the place to do it.
      const own = saying(passage.chunk.sentences.join(' '));
      const said = words.filter((word) => word.known && match(word, own) > 0);
      return passage.chunk.sentences.some((sentence) => {
        if (!sentence.includes(PATH_ARROW)) return false;
        const one = saying(sentence);
        return said.length > 0 && said.every((word) => match(word, one) > 0);
      });
    });
  if (PROCEDURE?.test(folded))
    wanted.push((passage) => passage.chunk.kind === 'step' || passage.chunk.kind === 'substep');
  if (REASON?.test(folded)) wanted.push((_, sentences) => GIVES_REASON.test(sentences));
  if (WHO?.test(folded)) wanted.push((passage) => passage.namesPerson);
  if (ADVICE?.test(folded)) wanted.push((passage) => passage.advises);
  if (KINDS?.test(folded)) wanted.push((passage) => LISTED.has(passage.chunk.kind));
  if (IF_NOT_ASKED.test(folded)) wanted.push((_, sentences) => SAYS_DEFAULT.test(sentences));
  if (RECEIPT_ASKED.test(folded)) wanted.push((_, sentences) => SAYS_SENT.test(sentences));
  if (wanted.length === 0) return undefined;
  return (passage) => {
    const sentences = passage.chunk.sentences.join(' ').toLowerCase();
    return wanted.some((gives) => gives(passage, sentences));
  };
}

/**
 * The words said only where the asker says they do not want something ("… but don't want to
 * delete the setup": delete): a passage saying them is less likely the one asked for.
 */
export function notWanted(general: GeneralIndex, text: string, language: Locale): Set<string> {
  const folded = fold(text);
  const spans = folded.match(NOT_WANTED);
  if (!spans) return new Set();
  const rest = new Set(contentWords(general, folded.replace(NOT_WANTED, ' '), language).map((word) => word.key));
  return new Set(
    spans
      .flatMap((span) => contentWords(general, span, language).map((word) => word.key))
      .filter((key) => !rest.has(key)),
  );
}

/** The words whose number the question asks: right after "how many", right before 几 or 多少. */
export function countedWords(general: GeneralIndex, text: string, words: readonly Word[]): Set<string> {
  const folded = fold(text);
  const counted = new Set<string>();
  for (const [, word] of folded.matchAll(COUNTED_AFTER)) if (!general.stopwords.has(word!)) counted.add(stemmer(word!));
  for (const word of words) {
    if (!word.han) continue;
    for (let at = folded.indexOf(word.asked); at >= 0; at = folded.indexOf(word.asked, at + 1))
      if (COUNTED_BEFORE.test(folded.slice(at + word.asked.length))) counted.add(word.asked);
  }
  return counted;
}
