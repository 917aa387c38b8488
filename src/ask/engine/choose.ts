/**
 * Choose: which candidate answers, and the answer's lines, each a passage with the sentences
 * quoted from it, the point first. "How do I" gets the steps that do it; "where" the place and
 * the path to it once; "what happens" the consequence; "why" the reason; anything else the
 * sentence that says most about the question. A candidate whose lines cannot be made, which
 * lacks the question's action, or which lacks the number a "how many" needs, gives way to the
 * next; none left means a refusal.
 */
import type { AskChunk } from '../types.ts';
import { chunkKeysOf, sectionKeysOf, sentenceKeysOf, sentenceUnion, type EngineIndex } from './engine-index.ts';
import { coverage, isCovered, wordCovered, wordCoverage } from './coverage.ts';
import type { Question } from './question.ts';
import { CALIBRATION } from './calibration.ts';
import { DEFINING_KEY, TIME_KEYS, type Candidate } from './rank.ts';

import { answersItsForm } from './checks.ts';
import { leadingStep, stepsUpTo } from './steps.ts';

/** One passage of an answer and the sentences it contributes, in order. */
export interface Line {
  chunk: AskChunk;
  sentences: string[];
}

/** steps: a numbered path, then what the answering passage adds; place: the point, then the path's labels; text: sentences. */
export interface Answer {
  shape: 'steps' | 'place' | 'text';
  lines: Line[];
  /** place: the steps the path goes through (their labels make the path line). */
  path: AskChunk[];
}

/** A second passage must come this close to the first (score share, coverage gap). */
const RUNNER_UP_SCORE_SHARE = 0.8;
const RUNNER_UP_OTHER_PAGE_SHARE = 0.65;
const RUNNER_UP_COVERAGE_GAP = 0.1;
/** How many of the next candidates may be the second passage. */
const RUNNER_UP_LOOKAHEAD = 3;
/** What the question's action counts for when choosing a passage's point (the passage shares it anyway). */
const ACT_SHARE = 0;

/** The answer from the first candidate that answers; null when none does. */
export function choose(index: EngineIndex, question: Question, candidates: readonly Candidate[]): Answer | null {
  if (question.unanswerable) return null;
  // The actions said done are wanted first; without a passage that says them, the rest decide.
  if (question.doneActs.length === 0) return chooseWith(index, question, candidates, question.acts);
  return (
    chooseWith(index, question, candidates, [...question.acts, ...question.doneActs]) ??
    chooseWith(index, question, candidates, question.acts)
  );
}

function chooseWith(
  index: EngineIndex,
  question: Question,
  candidates: readonly Candidate[],
  acts: readonly string[][],
): Answer | null {
  for (const [rank, chosen] of candidates.entries()) {
    // "Just enabled them: what now?" is not answered by how to enable them.
    if (
      question.advice &&
      question.doneActs.length > 0 &&
      (chosen.chunk.kind === 'step' || chosen.chunk.kind === 'substep')
    )
      continue;
    if (chosen.coverage < CALIBRATION.minCoverage) continue;
    const answer = answerFrom(index, question, chosen, runnersUp(index, question, chosen, candidates.slice(rank + 1)));
    if (!answer) continue;
    // The passage the answer turns on: the one that answers (a menu item, a sub-point, the last step), or the point.
    const focus = answer.shape === 'steps' ? answer.lines.at(-1)! : answer.lines[0]!;
    if (!answersItsForm(index, question, answer, focus, acts)) continue;
    addReferencedSections(index, answer, focus);
    // Steps and places come from one page; what the other page says about it follows them.
    if (answer.shape !== 'text') {
      const other = runnersUp(index, question, chosen, candidates.slice(rank + 1), true);
      if (other && acts.every((covers) => isCovered(covers, [], sentenceUnion(index, other.chunk))))
        answer.lines.push({
          chunk: other.chunk,
          sentences: pointAndWhy(other.chunk, pointSentence(index, question, other.chunk), false),
        });
    }
    return answer;
  }
  return null;
}

function answerFrom(index: EngineIndex, question: Question, chosen: Candidate, next: Candidate | undefined) {
  if (question.procedure) {
    // "How do I X" needs an X the pages know (an action, or a place to get to): "how do I migrate
    // my tokens" is not answered by the steps that happen to mention tokens.
    const steps = question.acts.length > 0 || question.place ? stepsAnswer(index, question, chosen.chunk) : null;
    return steps ?? (practiceAnswers(index, question, chosen.chunk) ? textAnswer(index, question, chosen, next) : null);
  }
  if (question.place) {
    const { PLACE_MARK } = index.dictionary.forms;
    const place = placeAnswer(index, question, chosen.chunk);
    // A passage no step leads to answers "where" only when it links to the place, when advice is
    // asked, or when it is the practice for the question's action ("凭证存放在哪里安全": store).
    const practice =
      chosen.chunk.kind === 'item' &&
      question.acts.length > 0 &&
      chosen.chunk.sentences.some((sentence) => PLACE_MARK.test(sentence));
    if (place || !(question.advice || practice || /\]\(/.test(chosen.chunk.markdown))) return place;
  }
  return textAnswer(index, question, chosen, next);
}

/**
 * "How do I keep my tokens secure?" asks how to reach a quality a practice's title names
 * (securely, regularly, promptly): the practice is the how, though no step leads to it. "How do I
 * delete a token?" names an action, and a practice that merely mentions deleting is no answer.
 */
function practiceAnswers(index: EngineIndex, question: Question, chunk: AskChunk): boolean {
  if (chunk.kind !== 'item') return false;
  const title = sentenceKeysOf(index, chunk)[0]!;
  return question.words.some((word) => word.trait && wordCovered(word, title));
}

/** How: every step up to the one that answers, in order, then what the answering passage says. */
function stepsAnswer(index: EngineIndex, question: Question, target: AskChunk): Answer | null {
  const lead = leadingStep(index, target);
  if (!lead) return null;
  const path = stepsUpTo(index, lead.page, lead.section, lead.step!);
  const lines: Line[] = path.map((step) => ({
    chunk: step,
    // The answering step in full (it says what happens next); the ones before, their first sentence.
    sentences: step === lead ? step.sentences : step.sentences.slice(0, 1),
  }));
  if (target !== lead)
    lines.push({
      chunk: target,
      sentences: target.sentences.slice(target.kind === 'row' ? 0 : pointSentence(index, question, target)),
    });
  return { shape: 'steps', lines, path };
}

/** Where: the sentence that names the place, then the path to it (the steps before it), once. */
function placeAnswer(index: EngineIndex, question: Question, target: AskChunk): Answer | null {
  const lead = leadingStep(index, target);
  if (!lead) return null;
  const path = stepsUpTo(index, lead.page, lead.section, lead.step!).filter((step) => step !== target);
  const point = pointSentence(index, question, target, true);
  return { shape: 'place', lines: [{ chunk: target, sentences: [target.sentences[point]!] }], path };
}

/**
 * What, why, what happens: the point (the sentence that says most about the question; for "why"
 * the one that gives a reason, for "what happens" the one that says what will happen, with what
 * follows it), and a second passage when it is nearly as good and adds to the first. Null when
 * no single sentence says enough (a passage that merely shares words across sentences is no answer).
 */
function textAnswer(index: EngineIndex, question: Question, chosen: Candidate, next: Candidate | undefined) {
  const { chunk } = chosen;
  const { CONSEQUENCE_MARK, REASON_MARK } = index.dictionary.forms;
  const point = pointSentence(index, question, chunk);
  // "What happens" is answered by a sentence that says what will happen, or not at all.
  // (Asked "有啥影响" as a reason too, a sentence that gives one answers it: "so that the right person can be reached".)
  const sentence = chunk.sentences[point]!;
  if (question.consequence && !CONSEQUENCE_MARK.test(sentence) && !(question.reason && REASON_MARK.test(sentence)))
    return null;
  const quoted = pointAndWhy(chunk, point, question.consequence || question.function);
  // What the answer says, with what the passage is about (its first sentence: a row's label, a practice's title).
  const sentenceKeys = sentenceKeysOf(index, chunk);
  const keys = new Set([
    ...sentenceKeys[0]!,
    ...sentenceKeys.slice(point, point + quoted.length).flatMap((set) => [...set]),
    ...sectionKeysOf(index, chunk),
    ...index.contextKeys.get(chunk.id)!,
  ]);
  if (coverage(question, keys) < CALIBRATION.minSentenceCoverage) return null;
  const lines: Line[] = [{ chunk, sentences: withSupport(index, question, chunk, quoted) }];
  // A step's sub-points are part of it: what selecting the token card shows is on its two pages.
  for (const point of subPoints(index, chunk)) lines.push({ chunk: point, sentences: point.sentences.slice(0, 1) });
  if (next && !lines.some((line) => line.chunk === next.chunk))
    lines.push({
      chunk: next.chunk,
      sentences: pointAndWhy(next.chunk, pointSentence(index, question, next.chunk), false),
    });
  return { shape: 'text' as const, lines, path: [] };
}

const subPoints = (index: EngineIndex, chunk: AskChunk) =>
  chunk.kind !== 'step'
    ? []
    : index.chunkList.filter(
        (other) =>
          other.kind === 'substep' &&
          other.page === chunk.page &&
          other.section === chunk.section &&
          other.step === chunk.step,
      );

/**
 * Whether a passage whose point is this sentence is quoted whole: a list item or table row whose
 * point is its first sentence, its title ("Reset or disable promptly.", "Reset (Read/Write): …"),
 * is followed by what it goes on to say (the why, what the reset does).
 */
export const titledByPoint = (chunk: AskChunk, point: number) =>
  (chunk.kind === 'item' || chunk.kind === 'row') && point === 0;

/** The point, and what follows it when that is the point too: a title (`titledByPoint`), a consequence. */
function pointAndWhy(chunk: AskChunk, point: number, consequence: boolean): string[] {
  const whole = titledByPoint(chunk, point) || consequence;
  return whole ? chunk.sentences.slice(point) : [chunk.sentences[point]!];
}

/**
 * After the point, the passage's other sentences that bear on the question (hold one of its
 * words, or title the practice), in their order: the point first, what supports it after.
 */
function withSupport(index: EngineIndex, question: Question, chunk: AskChunk, quoted: string[]): string[] {
  const keys = sentenceKeysOf(index, chunk);
  const rest = chunk.sentences.filter(
    (sentence, position) =>
      !quoted.includes(sentence) &&
      ((chunk.kind === 'item' && position === 0) ||
        question.words.some((word) => !word.act && word.known && wordCovered(word, keys[position]!))),
  );
  return [...quoted, ...rest];
}

/**
 * The second passage of a what/why answer: among the next few, the first nearly as good as the
 * chosen one that adds to it (comes from the other page, or says words the first lacks) and
 * does not merely repeat it (the two menu rows say the same).
 */
function runnersUp(
  index: EngineIndex,
  question: Question,
  chosen: Candidate,
  rest: readonly Candidate[],
  otherPageOnly = false,
): Candidate | undefined {
  const firstKeys = chunkKeysOf(index, chosen.chunk);
  return rest.slice(0, RUNNER_UP_LOOKAHEAD).find((next) => {
    if (sameText(next.chunk, chosen.chunk)) return false;
    if (otherPageOnly && next.chunk.page === chosen.chunk.page) return false;
    // The other page's passage is judged without the asked-on page's boost.
    const share = next.chunk.page === chosen.chunk.page ? RUNNER_UP_SCORE_SHARE : RUNNER_UP_OTHER_PAGE_SHARE;
    if (next.score < share * chosen.score) return false;
    if (next.coverage < chosen.coverage - RUNNER_UP_COVERAGE_GAP) return false;
    const keys = sentenceKeysOf(index, next.chunk)[pointSentence(index, question, next.chunk)]!;
    return (
      next.chunk.page !== chosen.chunk.page ||
      question.words.some((word) => wordCovered(word, keys) && !wordCovered(word, firstKeys))
    );
  });
}

/** Two menu rows that say the same after their label. */
const sameText = (a: AskChunk, b: AskChunk) => a.sentences.slice(1).join() === b.sentences.slice(1).join();

/**
 * The sentence of a passage that makes the answer's point: the one covering most of the
 * question (first on a tie), its action aside (the passage was chosen for sharing
 * it: "after a reset, what do I do with my integrations" is answered by the integrations
 * sentence, not by "Reset the token."). For "why" the best that gives a reason, for "what
 * happens" the best that says what will happen, for "what should I do" the best that says what
 * to do, for "what is" the best that says what a thing is considered, when there is one.
 */
function pointSentence(index: EngineIndex, question: Question, chunk: AskChunk, place = false): number {
  const { ABOUT_THE_PAGE, ADVICE_MARK, CONSEQUENCE_MARK, REASON_MARK } = index.dictionary.forms;
  const section = sectionKeysOf(index, chunk);
  const sentenceKeys = sentenceKeysOf(index, chunk);
  // A word the passage says whole is credited to the sentences that say it; one it says only in
  // part (two of a label's three words), to those that say most of it.
  const whole = question.words.filter((word) => sentenceKeys.some((keys) => wordCovered(word, keys)));
  const scores = sentenceKeys.map((keys) =>
    question.words.reduce((sum, word) => {
      const covered = whole.includes(word)
        ? Number(wordCovered(word, keys) || wordCovered(word, section))
        : wordCoverage(word, keys);
      // Where: the sentence that says the action is the place it is done.
      return sum + covered * word.weight * (word.act && !place ? ACT_SHARE : 1);
    }, 0),
  );
  const mark = question.reason
    ? REASON_MARK
    : question.consequence
      ? CONSEQUENCE_MARK
      : question.advice
        ? ADVICE_MARK
        : null;
  const marked = mark
    ? chunk.sentences.flatMap((sentence, position) =>
        mark.test(sentence) && !ABOUT_THE_PAGE.test(sentence) ? [position] : [],
      )
    : question.definition
      ? sentenceKeys.flatMap((keys, position) => (keys.has(DEFINING_KEY) ? [position] : []))
      : question.when
        ? sentenceKeys.flatMap((keys, position) => (TIME_KEYS.some((key) => keys.has(key)) ? [position] : []))
        : [];
  const pool = marked.length ? marked : scores.map((_, position) => position);
  return pool.reduce((best, position) => (scores[position]! > scores[best]! ? position : best), pool[0]!);
}

/**
 * When the passage an answer rests on sends the reader to another section of its page
 * (请参阅 菜单参考), the answer quotes that sentence and brings the section's passages along.
 */
export function addReferencedSections(
  index: EngineIndex,
  answer: Answer,
  focus: Line,
  sends: (sentence: string) => boolean = () => true,
): void {
  const page = focus.chunk.page;
  const sections = new Set(
    index.chunkList
      .filter((chunk) => chunk.page === page && chunk.anchor && chunk.section !== focus.chunk.section)
      .map((chunk) => chunk.section),
  );
  for (const section of sections) {
    if (answer.lines.some((line) => line.chunk.section === section)) continue;
    const reference = focus.chunk.sentences.find((sentence) => sentence.includes(section) && sends(sentence));
    if (!reference) continue;
    if (!focus.sentences.includes(reference)) focus.sentences.push(reference);
    for (const chunk of index.chunkList)
      if (chunk.page === page && chunk.section === section)
        answer.lines.push({ chunk, sentences: chunk.sentences.slice(0, 1) });
  }
}
