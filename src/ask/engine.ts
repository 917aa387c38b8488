/**
 * Extractive answers over the content index: a question is read as concepts of either language
 * (src/ask/language/concepts.ts), every passage of its language is judged by how much of it the passage
 * covers, a coverage bar decides whether the content answers it at all, and the answer is
 * assembled only from the passages' own sentences, its point first (the steps for "how", the
 * place for "where", the consequence for "what happens", the reason for "why"). No network, no
 * language model.
 *
 * One question goes through four steps, one module each under ./engine/: read it
 * (question.ts), rank the passages (rank.ts), choose the one that answers and the lines to
 * quote (choose.ts), compose the reply (compose.ts). The loaded index (engine-index.ts) is
 * built once here and handed to each.
 */
import type { Locale } from '../contract/index.ts';
import { choose, type Answer } from './engine/choose.ts';
import { answerReply, refusal, usage } from './engine/compose.ts';
import { CALIBRATION } from './engine/calibration.ts';
import { isCovered, wordCoverage } from './engine/coverage.ts';
import { loadEngineIndex, sentenceUnion, type EngineIndex } from './engine/engine-index.ts';
import {
  GENERAL_CALIBRATION,
  generalRulesPass,
  generalView,
  loadGeneralIndex,
  readGeneral,
  type GeneralIndex,
  type GeneralReading,
} from './engine/general.ts';
import type { Question } from './engine/question.ts';
import { AFTER_QUESTION_MARK, ENDS_AS_QUESTION } from './language/asking.ts';
import { readQuestion } from './engine/question.ts';
import { saysAsAsked } from './engine/general-match.ts';
import { rank } from './engine/rank.ts';
import { sidesApart } from './engine/sides-apart.ts';
import { askedStep } from './engine/steps.ts';
import type { AskChunk, AskIndexData, AskPage, AskReply } from './types.ts';

interface AskInput {
  question: string;
  /** What the asker is trying to do: ranks passages, never makes an answer on its own. */
  goal?: string;
  /** The HTML path of the page asked on: its passages rank first. */
  page?: string;
  /** Prefix for the links in the reply (e.g. `http://127.0.0.1:4321`); '' gives site-relative links. */
  origin?: string;
}

export interface AskEngine {
  readonly pages: readonly AskPage[];
  ask(input: AskInput): AskReply;
  /** The reply to an empty question (or the literal `<question>`). */
  usage(input: Pick<AskInput, 'page' | 'origin'> & { language: Locale }): AskReply;
  page(path: string): AskPage | undefined;
}

/** What decides the general reading's answer against its refusal: its rules' verdict by default; the bench puts others in its place. */
export type GeneralDecide = (
  reading: GeneralReading,
  rules: boolean,
  context: { question: Question; conceptRefused: boolean; plainForm: boolean; conceptSaid: boolean },
) => boolean;

export function createAskEngine(data: AskIndexData, { decide }: { decide?: GeneralDecide } = {}): AskEngine {
  const index = loadEngineIndex(data);
  const general = loadGeneralIndex(index, data.vocabulary);
  return {
    pages: data.pages,
    ask: (input) => ask(index, general, input, decide),
    usage: ({ page, origin = '', language }) => usage(index, language, { page, origin }),
    page: (path) => index.pages.get(path),
  };
}

function ask(
  index: EngineIndex,
  general: GeneralIndex,
  { question: text, goal = '', page, origin = '' }: AskInput,
  decide?: GeneralDecide,
): AskReply {
  const question = readQuestion(index, text, goal, page ? index.pages.get(page)?.locale : undefined);
  // The concept reading first; what it cannot answer, the general reading may.
  const generalReading = () => {
    const reading = readGeneral(index, general, text, question.language, {
      procedure: question.procedure,
      comparison: question.comparison,
      page,
    });
    // The concept reading's verdicts (a near-miss it knows, a "which X" it does not) stand only
    // on the pages its lists describe: generalRulesPass checks the page it would answer from.
    // Its refusal yields, though, to a passage that says much of a long question (see saysMuchOf).
    const conceptRefused =
      (question.unanswerable ||
        conceptShare(question) >= GENERAL_CALIBRATION.maxConceptShare ||
        hingesOnUnknownWord(index, question)) &&
      !(reading && saysMuchOf(index, general, question, reading));
    if (!reading) return null;
    const context = {
      conceptRefused,
      plainForm: asksPlainly(question),
      conceptSaid: saysEveryConcept(index, question, reading.pick.passage),
    };
    const rules = generalRulesPass(reading, context);
    // The concept reading has its own order questions; the general reading moves to the step asked for.
    return (decide ? decide(reading, rules, { ...context, question }) : rules)
      ? askedStep(index, general, text, reading.answer, { procedure: question.procedure })
      : null;
  };
  const concept = question.words.length > 0 ? choose(index, question, rank(index, question, page)) : null;
  const describes = (path: string | undefined) =>
    (general.conceptCover.get(path ?? '') ?? 0) >= GENERAL_CALIBRATION.conceptPageCover;
  // Asked on a page its lists do not describe, the concept reading's answer from a page they do
  // describe does not stand unchecked either: its words there (地址 as link, 发到 as paste) are read
  // for that page's topic, not the asked page's.
  const described = describes(concept?.lines[0]?.chunk.page) && !(page && index.pages.has(page) && !describes(page));
  // On a page its lists do not describe, the concept reading may read past a word no page has: a question hinging on one is refused.
  const view = concept && !described ? generalView(general, text, question.language, page) : undefined;
  const standing = concept && (described || !view!.hingeMissing);
  // There, a passage holding most of the question also outranks the concept reading's pick, except
  // for steps and comparisons, the forms the concept reading composes better.
  const outranked =
    standing &&
    view?.pick &&
    !question.procedure &&
    !question.comparison &&
    view.pick.coverage >= GENERAL_CALIBRATION.outrankCoverage &&
    view.pick.passage !== concept.lines[0]?.chunk;
  // On a page its lists do not describe, the concept reading's step answer moves to the step asked for too.
  const conceptAnswer =
    concept && !described ? askedStep(index, general, text, concept, { procedure: question.procedure }) : concept;
  const answer = outranked
    ? (generalReading() ?? conceptAnswer)
    : standing
      ? conceptAnswer
      : concept
        ? null
        : generalReading();
  // A comparison whose answer only names both sides is answered by the two passages that tell them apart.
  const told = answer && question.comparison && !question.yesNo ? apart(index, general, question, answer, page) : null;
  if (answer) return answerReply(index, question, told ?? answer, { page, origin });
  return (
    eachAnswered(index, general, text, question.language, { goal, page, origin }, decide) ??
    refusal(index, text, question.language, page)
  );
}

/** The two passages that tell apart the sides a comparison's answer only names (see sidesApart); null when none do. */
function apart(
  index: EngineIndex,
  general: GeneralIndex,
  question: Question,
  answer: Answer,
  page: string | undefined,
): Answer | null {
  const focus = answer.lines[0]!.chunk;
  const words = generalView(general, question.text, question.language, page).pick?.words ?? [];
  const pagePassages = general.byLocale
    .get(index.pages.get(focus.page)!.locale)!
    .filter((passage) => passage.chunk.page === focus.page);
  return sidesApart(words, answer, (chunk) => general.passageOf.get(chunk.id), pagePassages);
}

/**
 * Several questions in one ("如果我把一个 postback 删掉了，会有什么后果？之前的记录还在吗"): their words
 * together may hold no one passage's share, though each is the pages'. Each is asked alone (a
 * question mark ends it, or it asks yes or no), and the pages answer them only when they answer
 * every one: a near-miss's second question is what it hinges on ("…要交税吗？税率是多少").
 */
function eachAnswered(
  index: EngineIndex,
  general: GeneralIndex,
  text: string,
  language: Locale,
  input: Omit<AskInput, 'question'>,
  decide?: GeneralDecide,
): AskReply | null {
  const parts = text
    .split(AFTER_QUESTION_MARK)
    .map((part) => part.trim())
    .filter((part) => part.length > 1);
  const asks = (part: string) => ENDS_AS_QUESTION.test(part) || readQuestion(index, part, '', language).yesNo;
  if (parts.length < 2 || !parts.every(asks)) return null;
  const replies: AskReply[] = [];
  for (const part of parts) {
    const reply = ask(index, general, { ...input, question: part }, decide);
    // One part the pages do not answer refuses them all: the rest need not be asked.
    if (!reply.answered) return null;
    replies.push(reply);
  }
  const once = <T>(items: readonly T[], key: (item: T) => string) =>
    items.filter((item, at) => items.findIndex((other) => key(other) === key(item)) === at);
  return {
    ...replies[0]!,
    question: text,
    answer: [...new Set(replies.map((reply) => reply.answer))].join('\n\n'),
    excerpts: once(
      replies.flatMap((reply) => reply.excerpts),
      (excerpt) => `${excerpt.url} ${excerpt.text}`,
    ),
    sources: once(
      replies.flatMap((reply) => reply.sources),
      (source) => source.url,
    ),
    terms: [...new Set(replies.flatMap((reply) => reply.terms))],
  };
}

/**
 * A chatty question the concept reading refused for the words around what it asks ("… does that
 * mean somebody on my team already turned it on?") is answered by the general reading's passage
 * when that passage says many of its words (the general reading's: stems and Chinese words, five
 * at least; the dev sets' near-misses share four at most with theirs, "What happens to my legacy
 * tokens after April 2025?"), most of its weight
 * and every action the concept reading read in it. A question that tells what happened before it
 * asks ("… every call now returns 401. What happened?") needs three, when the passage says every
 * word of its asking clauses: what it tells is no near-miss's hinge, what it asks is all said.
 * A "which X" naming an X no page has stays refused,
 * and so does a question with a rare word no page has, even one the general reading takes for a detail.
 */
function saysMuchOf(index: EngineIndex, general: GeneralIndex, question: Question, reading: GeneralReading): boolean {
  const keys = sentenceUnion(index, reading.pick.passage);
  return (
    !question.unanswerable &&
    reading.rare === 0 &&
    (reading.said >= GENERAL_CALIBRATION.wordsSaidToYield || tellsAndAsksSaid(general, reading)) &&
    reading.coverage >= CALIBRATION.minCoverage &&
    [...question.acts, ...question.doneActs].every((covers) => isCovered(covers, [], keys))
  );
}

/** The question tells something around what it asks, and the passage says every word it asks (a glossary synonym unsaid, as in `said`) and three of its words at least. */
function tellsAndAsksSaid(general: GeneralIndex, reading: GeneralReading): boolean {
  const passage = general.passageOf.get(reading.pick.passage.id)!;
  const { words } = reading.pick;
  return (
    reading.said >= GENERAL_CALIBRATION.wordsSaidToYieldTold &&
    words.some((word) => word.telling) &&
    words.every((word) => word.telling || saysAsAsked(word, passage))
  );
}

/**
 * The concept reading's question hinges on a word no page has: its last word of substance in what
 * it asks ("… at the same time?"), unless that is a word of asking (the general reading's list: "as well").
 */
const hingesOnUnknownWord = (index: EngineIndex, question: Question) =>
  question.words.some(
    (word) =>
      !word.known &&
      !word.context &&
      word.weight === CALIBRATION.unknownHeadWeight &&
      !index.askingWords.has(word.surface),
  );

/** The passage says every concept of the question the concept reading read. */
function saysEveryConcept(index: EngineIndex, question: Question, chunk: AskChunk): boolean {
  const keys = sentenceUnion(index, chunk);
  return question.words.every((word) => !word.concept || wordCoverage(word, keys) >= 0.5);
}

/** A question whose form asks for no steps, count, time, person, consequence or comparison: a passage saying its words answers it. */
const asksPlainly = (question: Question) =>
  !(
    question.procedure ||
    question.comparison ||
    question.quantity ||
    question.who ||
    question.when ||
    question.duration ||
    question.consequence ||
    question.negated.length > 0
  );

/**
 * How much of the question the concept reading knows: when it knows most of it and still found
 * no answer, the pages do not say it (a near-miss about the guide's own subject), and the
 * general reading is not asked.
 */
function conceptShare(question: Question): number {
  const total = question.words.reduce((sum, word) => sum + word.weight, 0);
  const known = question.words.reduce((sum, word) => sum + (word.concept ? word.weight : 0), 0);
  return total === 0 ? 0 : known / total;
}
