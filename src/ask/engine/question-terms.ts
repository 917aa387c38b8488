/**
 * What each word of a question weighs and whether the pages know it, whether a "which X" asks for
 * an X they never name, and which clicks are only how an action is done.
 */
import type { Locale } from '../../contract/index.ts';
import { terms, type Term } from '../text.ts';
import { CALIBRATION } from './calibration.ts';
import { isCovered } from './coverage.ts';
import { documentFrequency, rarity, type EngineIndex } from './engine-index.ts';
import { isDone } from './question-words.ts';

export interface QuestionWord {
  key: string;
  surface: string;
  /** Keys any of which covers the word. */
  covers: string[];
  /** Keys all of which together also cover it (a phrase's parts). */
  parts: string[];
  weight: number;
  /** A concept, or a word the language's passages use. */
  known: boolean;
  /** An action: the passage that answers shares it, so it makes no point of its own. */
  act: boolean;
  /** A quality (securely, regularly, legacy, …). */
  trait: boolean;
  /** A concept of the dictionary (not only a word the passages use). */
  concept: boolean;
  /** Said only in a clause that tells (a purpose, an aside): a passage that says it gains, one that does not loses less. */
  context?: boolean;
}

/** Whether a "which X" / "哪些 X" asks for an X the dictionary and the language's pages do not know. */
export function asksForUnknown(index: EngineIndex, language: Locale, folded: string): boolean {
  const { WHICH } = index.dictionary.forms;
  // A "what" inside another form of asking asks that form, not which X: 要做什么 (advice), 是什么 (definition).
  const other = (['ADVICE', 'DEFINITION', 'FUNCTION'] as const).flatMap((name) =>
    [...folded.matchAll(globally(index.dictionary.forms[name]))].map((found) => [
      found.index,
      found.index + found[0].length,
    ]),
  );
  for (const match of folded.matchAll(WHICH)) {
    if (other.some(([start, end]) => match.index >= start! && match.index < end!)) continue;
    const rest = folded.slice(match.index + match[0].length);
    // English: the words up to the first function word ("which encryption algorithm should"); Chinese: the next word.
    const focus = /^\s*[a-z]/.test(rest) ? rest.split(/[^a-z0-9'-]+/).filter(Boolean) : [rest];
    const phrase = /^\s*[a-z]/.test(rest)
      ? focus.slice(0, focus.findIndex((word) => index.dictionary.stopwords.has(word)) >>> 0)
      : focus;
    const named = terms(index.dictionary, phrase.join(' '));
    // Chinese: the word right after it ("哪些编程语言"); one further on is no X it asks for (什么情况下用？有点…: 情况 asks nothing of its own).
    const asked = /^\s*[a-z]/.test(rest)
      ? named
      : named
          .slice(0, 1)
          .filter((term) => !/^\s*\p{Script=Han}/u.test(rest) || rest.trimStart().startsWith(term.surface));
    if (asked.some((term) => !questionWord(index, language, term).known)) return true;
  }
  return false;
}

export function questionWord(index: EngineIndex, language: Locale, term: Term): QuestionWord {
  const covers = term.concept?.covers ?? [term.key];
  const parts = term.concept?.implies ?? [];
  const covered = (keys: ReadonlySet<string>) => isCovered(covers, parts, keys);
  const count = documentFrequency(index, language, covered, term.key);
  // An English word of a Chinese question that only the English pages say (In Progress, where the
  // Chinese page says 处理中) is known, by its rarity there: a passage of this reading, which reads
  // only its own language's words, lacks it (the general reading finds it through the aligned passage).
  const elsewhere =
    term.concept || count > 0 || !/^[a-z]/.test(term.key)
      ? undefined
      : [...index.byLocale.keys()]
          .filter((other) => other !== language)
          .map((other) => ({ other, count: documentFrequency(index, other, covered, term.key) }))
          .find((found) => found.count > 0);
  // A concept the pages never use weighs most (the question is about something they do not say).
  const known = term.concept !== undefined || count > 0 || elsewhere !== undefined;
  const weight = elsewhere
    ? rarity(index, elsewhere.other, elsewhere.count)
    : known
      ? rarity(index, language, count)
      : CALIBRATION.unknownWordWeight;
  return {
    key: term.key,
    surface: term.surface,
    covers,
    parts,
    weight,
    known,
    act: term.concept?.kind === 'act',
    trait: term.concept?.kind === 'trait',
    concept: term.concept !== undefined,
  };
}

/** The act of operating a control (click, tap, 点): how another action is done. */
const OPERATE_KEY = 'select';

/**
 * "Click Reset (Read-Only)", "点 reset 以后": clicking an action is how it is done, not a word of
 * what is asked, when the word after the click names an action (a label's too: Enable Legacy
 * Tokens). Clicking a thing stays ("what does selecting the token card show"), and so does a
 * click said done ("the button vanished after I clicked it": what a click did is asked).
 */
export function operated(index: EngineIndex, asked: Term[], folded: string): Term[] {
  return asked.filter((term, position) => {
    if (term.key !== OPERATE_KEY || isDone(index, folded, term.surface)) return true;
    // "我该点哪个", "选哪一个": the click asks which; it is no action of its own (an older index has no such form).
    const clickWhich = index.dictionary.forms.CLICK_WHICH as RegExp | undefined;
    if (clickWhich?.test(folded.slice(folded.indexOf(term.surface) + term.surface.length))) return false;
    const next = asked[position + 1];
    return !(next && next.key !== OPERATE_KEY && actsOf(index, next).length > 0);
  });
}

/** The actions a term names: its own concept's, or a label's (重置（只读） is reset). */
export function actsOf(index: EngineIndex, term: Term): string[][] {
  const concept = term.concept;
  if (!concept) return [];
  if (concept.kind === 'act') return [concept.covers];
  const { concepts } = index.dictionary;
  return concept.implies
    .map((key) => concepts.get(key))
    .filter((part) => part?.kind === 'act')
    .map((part) => part!.covers);
}

const globally = (pattern: RegExp) =>
  new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
