/**
 * A question as the engine reads it: its language, its words (concepts of either language, so a
 * mixed "auth token 在哪复制" reads like the Chinese), how much each weighs, the actions it
 * hinges on, and what kind of answer it asks for. How its words are read one by one is in
 * ./question-words.ts, what each weighs in ./question-terms.ts; how much of it a set of keys
 * covers, in ./coverage.ts.
 */
import type { Locale } from '../../contract/index.ts';
import { detectLanguage, keysOf, normalize, terms, type Term } from '../text.ts';
import { correctHanSlips } from '../typo.ts';
import { CALIBRATION } from './calibration.ts';
import { clausesOf } from './clauses.ts';
import type { EngineIndex } from './engine-index.ts';
import { actsOf, asksForUnknown, operated, questionWord, type QuestionWord } from './question-terms.ts';
import {
  actionFix,
  hanTypoFix,
  isDone,
  looksLikeTypo,
  slipFix,
  uniqueTerms,
  withoutWhoLeaked,
} from './question-words.ts';

export type { QuestionWord } from './question-terms.ts';

/** What an unknown word of a context clause counts for, against one of a clause that asks. */
const CONTEXT_SHARE = 0.5;

/** The concept of a thing that is gone (../language/concepts.ts): what "where did it go" asks about. */
const DISAPPEAR_KEY = 'disappear';

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
   * Actions asked about not being done ("what if I never reset", "不更新集成会怎样"): only a
   * sentence that says to do them and why answers ("be sure to add …, as the previous value will
   * no longer pass").
   */
  negated: string[][];
  /**
   * The question cannot be answered from its form alone: its "which X" names an X the pages do
   * not know, or it asks who someone is.
   */
  unanswerable: boolean;
  /** "How many …": a number must answer. */
  quantity: boolean;
  /** "What are the …", "有哪些 …": several things are asked for. */
  several: boolean;
  /** "How long / how often …": a number or a schedule must answer. */
  duration: boolean;
}

/** `pageLocale` is the asked-on page's language, the fallback when the question's own is unclear. */
export function readQuestion(index: EngineIndex, text: string, goal: string, pageLocale: Locale | undefined): Question {
  const question = read(index, text, goal, pageLocale, false);
  // "How do I rest my token": when no action was read, a word one edit from an action (rest →
  // reset) is taken for it, though the content uses that word too; so is a slip for an action said
  // as done (令牌重制了以后…: 重制 for 重置), which the question asks what follows.
  if (question.acts.length === 0 && question.doneActs.length === 0) {
    const again = read(index, text, goal, pageLocale, true);
    if (again.acts.length > 0 || again.doneActs.length > 0) return again;
  }
  return question;
}

function read(index: EngineIndex, text: string, goal: string, pageLocale: Locale | undefined, toActions: boolean) {
  const {
    ADVICE,
    COMPARISON,
    CONSEQUENCE,
    CRITERION,
    DEFINITION,
    DURATION,
    FUNCTION,
    GONE,
    IDENTITY,
    NEGATION_BEFORE,
    PLACE,
    PROCEDURE,
    QUANTITY,
    QUESTION_CUE,
    REASON,
    WHEN,
    WHO,
    YES_NO,
  } = index.dictionary.forms;
  const language = detectLanguage(text, pageLocale);
  const fixes = new Map<string, string>();
  const correct = (word: string, at: number, words: readonly string[]) => {
    const fix = toActions ? actionFix(index, word, at, words) : slipFix(index, word, at, words);
    if (fix) fixes.set(word, fix);
    return fix;
  };
  // A chatty question is context and a question ("someone posted our token in a channel. what
  // now?"): the clauses that ask something are its core; unknown words around them weigh less.
  // A side clause (a purpose, a reason, an aside) never asks, though it may hold "can" or end in "?".
  const parts = clausesOf(index.dictionary.forms, text, { marks: false });
  const clauses = parts.map((part) => part.text);
  // The first clause asks by its "?" too ("Best place to store it? we keep it in …"); a later fragment is an afterthought ("top, bottom?").
  const asking = parts.map(
    (part, at) =>
      !part.tells &&
      (QUESTION_CUE.test(normalize(part.text, index.dictionary.foldings)) || (at === 0 && part.questionMark)),
  );
  const { hanWords, hanSingles } = index.dictionary;
  const found = clauses.map((clause) =>
    withoutWhoLeaked(
      terms(
        index.dictionary,
        correctHanSlips(normalize(clause, index.dictionary.foldings), hanWords, hanSingles),
        correct,
      ),
    ),
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
  const procedure = PROCEDURE.test(normalize(text, index.dictionary.foldings));
  for (const [position, term] of read.entries()) read[position] = hanTypoFix(index, term, toActions, procedure);
  // "Where did the button go", "去哪了": the question asks why it is gone.
  const folded0 = normalize(text, index.dictionary.foldings);
  const gone = GONE.test(folded0) && index.dictionary.concepts.get(DISAPPEAR_KEY);
  if (gone) read.push({ key: gone.key, surface: '', concept: gone });
  // "怎么看 X 是不是 Y", "how can I tell": the seeing is the asking, not an action asked about.
  const criterionPhrase = CRITERION.exec(folded0)?.[0];
  const asked = operated(
    index,
    uniqueTerms(read).filter(
      (term) => !(criterionPhrase && term.concept?.kind === 'act' && criterionPhrase.includes(term.surface)),
    ),
    folded0,
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
  // A known word said only around what is asked (why it is asked, what happened) is context too.
  for (const word of words) if (word.known && context.has(word.key)) word.context = true;
  const questionKeys = keysOf(asked);
  const goalKeys = [...keysOf(terms(index.dictionary, goal))].filter((key) => !questionKeys.has(key));
  // The question forms are read with the typos corrected ("waht hapens" asks what happens).
  let folded = folded0;
  for (const [word, fix] of fixes) folded = folded.replace(new RegExp(`\\b${word}\\b`, 'g'), fix);
  // An action already done ("posted our token", "重置完", "just enabled") or said only in the
  // context is not what is asked: a passage that says it is preferred, but one that does not may answer.
  const done = asked.filter((term) => isDone(index, folded, term.surface) || context.has(term.key));
  const acts = asked.flatMap((term) => (done.includes(term) ? [] : actsOf(index, term)));
  const doneActs = done.flatMap((term) => actsOf(index, term));
  const advice = ADVICE.test(folded);
  // Advice about one of several choices may be the advice to take another.
  if (advice)
    for (const [position, term] of asked.entries())
      if (term.concept?.alternatives)
        words[position]!.covers = [...words[position]!.covers, ...term.concept.alternatives];
  const reason = REASON.test(folded);
  const criterion = CRITERION.test(folded);
  // A question that names no action and asks in no other form (啥叫旧版令牌: 啥叫 is no form the
  // lists know) asks what the thing it names is, as a bare noun phrase does.
  const asksAnotherForm =
    advice ||
    [
      PROCEDURE,
      PLACE,
      REASON,
      CONSEQUENCE,
      WHEN,
      WHO,
      YES_NO,
      FUNCTION,
      COMPARISON,
      QUANTITY,
      DURATION,
      IDENTITY,
      GONE,
    ].some((form) => form.test(folded));
  const negated = asked
    .filter((term) => NEGATION_BEFORE.test(folded.slice(0, Math.max(0, folded.indexOf(term.surface)))))
    .flatMap((term) => actsOf(index, term));
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
    // A bare noun phrase ("旧版令牌", "account sid") asks what it is, and so does a question of no other form naming no action.
    definition:
      criterion ||
      DEFINITION.test(folded) ||
      (acts.length === 0 && (!QUESTION_CUE.test(folded) || (doneActs.length === 0 && !asksAnotherForm))),
    criterion,
    function: FUNCTION.test(folded),
    comparison: COMPARISON.test(folded),
    // "Who is our technical contact" asks for a name (unless it asks why it matters, or what to do).
    negated,
    unanswerable: asksForUnknown(index, language, folded) || (IDENTITY.test(folded) && !reason && !advice),
    quantity: QUANTITY.test(folded),
    // An older index has no such form.
    several: index.dictionary.forms.SEVERAL?.test(folded) ?? false,
    duration: DURATION.test(folded),
  };
}
