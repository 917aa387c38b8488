/**
 * A question as the engine reads it: its language, its words (concepts of either language, so a
 * mixed "auth token 在哪复制" reads like the Chinese), how much each weighs, the actions it
 * hinges on, and what kind of answer it asks for. Also how much of it a set of keys covers, the
 * test every answer passes.
 */
import { stemmer } from 'stemmer';
import type { Locale } from '../../contract/index.ts';
import {
  ADVICE,
  COMPARISON,
  CONSEQUENCE,
  CRITERION,
  DEFINITION,
  DURATION,
  CLAUSE_BREAK,
  FUNCTION,
  GONE,
  GREETING,
  IDENTITY,
  DONE_AFTER,
  DONE_BEFORE,
  NEGATION_BEFORE,
  PLACE,
  PROCEDURE,
  QUANTITY,
  QUESTION_CUE,
  REASON,
  WHEN,
  WHICH,
  WHO,
  YES_NO,
} from '../../i18n/vocabulary.ts';
import { detectLanguage, isStopword, keysOf, normalize, terms, type Term } from '../text.ts';
import { correctHanSlips, correctTypo } from '../typo.ts';
import { CALIBRATION } from './calibration.ts';
import { documentFrequency, rarity, type EngineIndex } from './engine-index.ts';

/** The shortest word read as a mistyped inflected form when it is no known word's slip. */
const MIN_STEM_TYPO = 7;

/** What an unknown word of a context clause counts for, against one of a clause that asks. */
const CONTEXT_SHARE = 0.5;

/** The concepts of people and of a leak (../../i18n/concepts.ts). */
const PEOPLE_KEY = 'people';
const LEAK_KEY = 'leak';

/** The concept of a thing that is gone (../../i18n/concepts.ts): what "where did it go" asks about. */
const DISAPPEAR_KEY = 'disappear';

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
}

export interface Question {
  /** As asked. */
  text: string;
  /** The language the answer is written in. */
  language: Locale;
  /** The question's words, each once: what coverage counts. */
  words: QuestionWord[];
  /** The actions the question hinges on, each as the keys that say it: the answering passage must say each. */
  acts: string[][];
  /** The actions it says are done: the answering passage should say them, but may not. */
  doneActs: string[][];
  /** The goal's keys the question lacks: they rank passages, weakly. */
  goalKeys: string[];
  /** "Where …": the place, and the path to it once. */
  place: boolean;
  /** "How do I …" (or a bare "reset the token"): the steps that do it. */
  procedure: boolean;
  /** "What happens if …": the consequence first. */
  consequence: boolean;
  /** "Why …": the reason first. */
  reason: boolean;
  /** "What should I …": a practice may answer. */
  advice: boolean;
  /** "When …": the sentence that says when. */
  when: boolean;
  /** "Who …": a sentence about people. */
  who: boolean;
  /** "Can I …?", "…吗？": the passage must say every known part of it. */
  yesNo: boolean;
  /** "What is …": the sentence that says what it is considered. */
  definition: boolean;
  /** "How can I tell whether …": only a sentence that says what counts as it. */
  criterion: boolean;
  /** "What does it do": the passage from its point on. */
  function: boolean;
  /** "Which is better …": one sentence must name everything compared. */
  comparison: boolean;
  /**
   * The question cannot be answered from its form alone: it asks about not doing its action
   * ("what if I never reset"), its "which X" names an X the pages do not know, or it asks who
   * someone is.
   */
  unanswerable: boolean;
  /** "How many …": a number must answer. */
  quantity: boolean;
  /** "How long / how often …": a number or a schedule must answer. */
  duration: boolean;
}

/** `pageLocale` is the asked-on page's language, the fallback when the question's own is unclear. */
export function readQuestion(index: EngineIndex, text: string, goal: string, pageLocale: Locale | undefined): Question {
  const question = read(index, text, goal, pageLocale, false);
  // "How do I rest my token": when no action was read, a word one edit from an action (rest →
  // reset) is taken for it, though the content uses that word too.
  if (question.acts.length === 0 && question.doneActs.length === 0) {
    const again = read(index, text, goal, pageLocale, true);
    if (again.acts.length > 0) return again;
  }
  return question;
}

function read(index: EngineIndex, text: string, goal: string, pageLocale: Locale | undefined, toActions: boolean) {
  const language = detectLanguage(text, pageLocale);
  const fixes = new Map<string, string>();
  const correct = (word: string) => {
    const fix = toActions ? actionFix(index, word) : typoFix(index, word);
    if (fix) fixes.set(word, fix);
    return fix;
  };
  // A chatty question is context and a question ("someone posted our token in a channel. what
  // now?"): the clauses that ask something are its core; unknown words around them weigh less.
  const clauses = text
    .replace(GREETING, '')
    .split(CLAUSE_BREAK)
    .filter((clause) => /[\p{L}\p{N}]/u.test(clause));
  const asking = clauses.map((clause) => QUESTION_CUE.test(normalize(clause)));
  const { hanWords, hanSingles } = index.dictionary;
  const found = clauses.map((clause) =>
    withoutWhoLeaked(terms(index.dictionary, correctHanSlips(normalize(clause), hanWords, hanSingles), correct)),
  );
  // Only when a clause that asks says something of its own ("what now?" says nothing: all is core).
  const hasContext = asking.includes(false) && found.some((list, position) => asking[position] && list.length > 0);
  const core = (position: number) => !hasContext || asking[position]!;
  const context = new Set(found.flatMap((list, position) => (core(position) ? [] : list.map((term) => term.key))));
  const read: Term[] = found.flat();
  const head = found
    .filter((_, position) => core(position))
    .flat()
    .at(-1);
  // Characters the segmenter could not make a word of, one off a word of the dictionary, are taken
  // for it (领牌 → 令牌); for an action only when the question names none (重至 → 重置: 调用 is no 调整).
  const procedure = PROCEDURE.test(normalize(text));
  for (const [position, term] of read.entries()) read[position] = hanTypoFix(index, term, toActions, procedure);
  // "Where did the button go", "去哪了": the question asks why it is gone.
  const folded0 = normalize(text);
  const gone = GONE.test(folded0) && index.dictionary.concepts.get(DISAPPEAR_KEY);
  if (gone) read.push({ key: gone.key, surface: '', concept: gone });
  // "怎么看 X 是不是 Y", "how can I tell": the seeing is the asking, not an action asked about.
  const criterionPhrase = CRITERION.exec(folded0)?.[0];
  const asked = uniqueTerms(read).filter(
    (term) => !(criterionPhrase && term.concept?.kind === 'act' && criterionPhrase.includes(term.surface)),
  );
  const words = asked.map((term) => questionWord(index, language, term));
  // Unknown words together weigh as √n of them (many mean a chatty question, not many subjects),
  // except the last word of substance, which the question usually hinges on.
  const headKey = head && !(head.unsegmented && looksLikeTypo(index, head.surface)) ? head.key : undefined;
  for (const key of [...context])
    if (found.some((list, position) => core(position) && list.some((term) => term.key === key))) context.delete(key);
  const unknown = words.filter((word) => !word.known && word.key !== headKey);
  for (const word of unknown)
    word.weight =
      (CALIBRATION.unknownWordWeight / Math.sqrt(unknown.length)) * (context.has(word.key) ? CONTEXT_SHARE : 1);
  for (const word of words) if (!word.known && word.key === headKey) word.weight = CALIBRATION.unknownHeadWeight;
  const questionKeys = keysOf(asked);
  const goalKeys = [...keysOf(terms(index.dictionary, goal))].filter((key) => !questionKeys.has(key));
  // The question forms are read with the typos corrected ("waht hapens" asks what happens).
  let folded = folded0;
  for (const [word, fix] of fixes) folded = folded.replace(new RegExp(`\\b${word}\\b`, 'g'), fix);
  // An action already done ("posted our token", "重置完", "just enabled") or said only in the
  // context is not what is asked: a passage that says it is preferred, but one that does not may answer.
  const done = asked.filter((term) => isDone(folded, term.surface) || context.has(term.key));
  const acts = asked.flatMap((term) => (done.includes(term) ? [] : actsOf(index, term)));
  const doneActs = done.flatMap((term) => actsOf(index, term));
  const advice = ADVICE.test(folded);
  const reason = REASON.test(folded);
  const criterion = CRITERION.test(folded);
  const negated = asked.some(
    (term) =>
      actsOf(index, term).length > 0 &&
      NEGATION_BEFORE.test(folded.slice(0, Math.max(0, folded.indexOf(term.surface)))),
  );
  return {
    text,
    language,
    words,
    acts,
    doneActs,
    goalKeys,
    place: PLACE.test(folded),
    // A text that asks nothing but names an action ("创建 API 令牌") asks how to do it.
    procedure:
      (PROCEDURE.test(folded) && !advice && !criterion && !DEFINITION.test(folded)) ||
      (!QUESTION_CUE.test(folded) && acts.length > 0),
    consequence: CONSEQUENCE.test(folded),
    reason,
    advice,
    when: WHEN.test(folded),
    who: WHO.test(folded),
    yesNo: YES_NO.test(folded),
    // A bare noun phrase ("旧版令牌", "account sid") asks what it is.
    definition: criterion || DEFINITION.test(folded) || (!QUESTION_CUE.test(folded) && acts.length === 0),
    criterion,
    function: FUNCTION.test(folded),
    comparison: COMPARISON.test(folded),
    // "Who is our technical contact" asks for a name (unless it asks why it matters, or what to do).
    unanswerable: negated || asksForUnknown(index, language, folded) || (IDENTITY.test(folded) && !reason && !advice),
    quantity: QUANTITY.test(folded),
    duration: DURATION.test(folded),
  };
}

/**
 * Who let a token out ("our dev left the company", "同事把令牌泄露了") is not what is asked: the
 * leak is. A person named before a leak in the same clause is dropped.
 */
function withoutWhoLeaked(list: Term[]): Term[] {
  const leak = list.findIndex((term) => term.key === LEAK_KEY);
  return leak < 0 ? list : list.filter((term, position) => !(position < leak && term.key === PEOPLE_KEY));
}

/** Whether the action a word names is said as done: a past form, or 完/了 after it, 刚/already before it. */
function isDone(folded: string, surface: string): boolean {
  const at = surface ? folded.indexOf(surface) : -1;
  if (at < 0) return false;
  return (
    /^[a-z]+ed$/.test(surface) ||
    DONE_BEFORE.test(folded.slice(0, at)) ||
    DONE_AFTER.test(folded.slice(at + surface.length))
  );
}

function hanTypoFix(index: EngineIndex, term: Term, toActions: boolean, procedure: boolean): Term {
  // For the action a "how do I" needs, a word the segmenter knows (起用) may be the slip too.
  if (term.concept || !/^\p{Script=Han}+$/u.test(term.surface) || !(term.unsegmented || (toActions && procedure)))
    return term;
  const { concepts, hanWords } = index.dictionary;
  // Of the words one character off (板本: 版本, 原本), the one the pages use most.
  const language = 'zh';
  const candidates = hanWords
    .filter((known) => oneCharOff(known, term.surface))
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

const oneCharOff = (known: string, word: string) =>
  known.length === word.length && [...known].filter((char, i) => char !== word[i]).length === 1;

/** A Chinese word one character off a word of the dictionary (令排 for 令牌): probably a slip, not a new subject. */
function looksLikeTypo(index: EngineIndex, word: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(word)) return false;
  return index.dictionary.hanWords.some((known) => oneCharOff(known, word));
}

/** Whether a "which X" / "哪些 X" asks for an X the dictionary and the language's pages do not know. */
function asksForUnknown(index: EngineIndex, language: Locale, folded: string): boolean {
  for (const match of folded.matchAll(WHICH)) {
    const rest = folded.slice(match.index + match[0].length);
    // English: the words up to the first function word ("which encryption algorithm should"); Chinese: the next word.
    const focus = /^\s*[a-z]/.test(rest) ? rest.split(/[^a-z0-9'-]+/).filter(Boolean) : [rest];
    const phrase = /^\s*[a-z]/.test(rest)
      ? focus.slice(0, focus.findIndex((word) => index.dictionary.stopwords.has(word)) >>> 0)
      : focus;
    const named = terms(index.dictionary, phrase.join(' '));
    const asked = /^\s*[a-z]/.test(rest) ? named : named.slice(0, 1);
    if (asked.some((term) => !questionWord(index, language, term).known)) return true;
  }
  return false;
}

function typoFix(index: EngineIndex, word: string): string | undefined {
  const stem = stemmer(word);
  if (isStopword(index.dictionary, word, stem) || index.knownWords.has(word) || index.knownStems.has(stem))
    return undefined;
  const fixed = correctTypo(word, index.knownWords);
  if (fixed || word.length < MIN_STEM_TYPO) return fixed;
  // A slip in an inflected form of a word of the dictionary: rotaing is rotating (rotate).
  const form = correctTypo(word, index.inflectedForms);
  return form && index.inflections.get(form);
}

/** A word the content knows but the dictionary does not, taken for the dictionary's word one edit away. */
function actionFix(index: EngineIndex, word: string): string | undefined {
  if (index.dictionary.stopwords.has(word) || index.knownWords.get(word) === 2) return undefined;
  return typoFix(index, word) ?? correctTypo(word, index.knownWords, 2);
}

/** Each word once (a question may repeat one). */
function uniqueTerms(list: Term[]): Term[] {
  const seen = new Set<string>();
  return list.filter((term) => !seen.has(term.key) && (seen.add(term.key), true));
}

function questionWord(index: EngineIndex, language: Locale, term: Term): QuestionWord {
  const covers = term.concept?.covers ?? [term.key];
  const parts = term.concept?.implies ?? [];
  const count = documentFrequency(index, language, (keys) => isCovered(covers, parts, keys), term.key);
  // A concept the pages never use weighs most (the question is about something they do not say).
  const known = term.concept !== undefined || count > 0;
  const weight = known ? rarity(index, language, count) : CALIBRATION.unknownWordWeight;
  return {
    key: term.key,
    surface: term.surface,
    covers,
    parts,
    weight,
    known,
    act: term.concept?.kind === 'act',
    trait: term.concept?.kind === 'trait',
  };
}

/** The actions a term names: its own concept's, or a label's (重置（只读） is reset). */
function actsOf(index: EngineIndex, term: Term): string[][] {
  const concept = term.concept;
  if (!concept) return [];
  if (concept.kind === 'act') return [concept.covers];
  const { concepts } = index.dictionary;
  return concept.implies
    .map((key) => concepts.get(key))
    .filter((part) => part?.kind === 'act')
    .map((part) => part!.covers);
}

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
  const total = question.words.reduce((sum, word) => sum + word.weight, 0);
  const held = question.words.reduce((sum, word) => sum + wordCoverage(word, keys) * word.weight, 0);
  return total === 0 ? 0 : held / total;
}
