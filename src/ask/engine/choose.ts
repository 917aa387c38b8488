/**
 * Choose: which candidate answers, and the answer's lines, each a passage with the sentences
 * quoted from it. How-to questions get the path of steps up to the passage that answers;
 * what/why questions the defining sentence. A candidate whose lines cannot be made, or which
 * lacks the question's action verb, gives way to the next; none left means a refusal.
 */
import type { AskChunk } from '../types.ts';
import { chunkTermsOf, sectionTerms, sentenceTermsOf, wordWeight, type EngineIndex } from './engine-index.ts';
import { coverage, type Question } from './question.ts';
import type { Candidate } from './rank.ts';
import { leadingStep, stepsUpTo } from './steps.ts';

/** One passage of an answer and the sentences it contributes, in order. */
export interface Line {
  chunk: AskChunk;
  sentences: string[];
}

/** Share of the question's weighted words the best passage must contain to count as an answer. */
const MIN_COVERAGE = 0.6;
/** Share of those words a what/why answer's one defining sentence (with its section name) must hold. */
const MIN_SENTENCE_COVERAGE = 0.5;
/** A second what/why passage must score at least this share of the first's. */
const RUNNER_UP_SCORE_SHARE = 0.8;

/** The answer's lines from the first candidate that answers; null when none does. */
export function choose(index: EngineIndex, question: Question, candidates: readonly Candidate[]): Line[] | null {
  for (const [rank, chosen] of candidates.entries()) {
    // Candidates come most covering first: below the bar, none of the rest answers either.
    if (chosen.coverage < MIN_COVERAGE) break;
    const lines = answerLines(index, question, chosen, candidates[rank + 1]);
    if (!lines) continue;
    // The passage the answer turns on: the one that answers (a menu item, a sub-point, the last step), or the defining passage.
    const focus = question.howTo ? lines.at(-1)! : lines[0]!;
    if (!question.verbs.every((verb) => chunkTermsOf(index, focus.chunk).has(verb))) continue;
    addReferencedSections(
      index,
      lines,
      question.howTo ? ([...lines].reverse().find((line) => line.chunk.kind === 'step') ?? focus) : focus,
    );
    return lines;
  }
  return null;
}

/** "How do I …" wants a path of steps, so a passage no step leads to cannot answer it. */
function answerLines(
  index: EngineIndex,
  question: Question,
  chosen: Candidate,
  runnerUp: Candidate | undefined,
): Line[] | null {
  if (question.procedure) return howToLines(index, chosen.chunk, question.terms);
  return (
    (question.howTo ? howToLines(index, chosen.chunk, question.terms) : null) ??
    whatLines(index, question, chosen, runnerUp)
  );
}

/** How-to: every step up to the one that answers, in order, then what the passage says happens. */
function howToLines(index: EngineIndex, target: AskChunk, terms: string[]): Line[] | null {
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
      sentences: target.sentences.slice(target.kind === 'row' ? 0 : bestSentence(index, target, terms)),
    });
  return lines;
}

/**
 * What/why: the defining sentence, and what follows it when the question asks about
 * consequences. Null when no single sentence says enough about the question (a passage that
 * merely shares words with it across sentences is no answer).
 */
function whatLines(
  index: EngineIndex,
  question: Question,
  chosen: Candidate,
  runnerUp: Candidate | undefined,
): Line[] | null {
  const { chunk } = chosen;
  const sentence = bestSentence(index, chunk, question.terms);
  const defining = new Set([...sentenceTermsOf(index, chunk)[sentence]!, ...sectionTerms(chunk)]);
  if (coverage(index, question, defining) < MIN_SENTENCE_COVERAGE) return null;
  // A practice ("**Rotate tokens regularly.** …") is its title and its reasons: quote it whole.
  const from = chunk.kind === 'item' ? 0 : sentence;
  const whole = question.consequences || chunk.kind === 'item';
  const lines: Line[] = [{ chunk, sentences: whole ? chunk.sentences.slice(from) : [chunk.sentences[sentence]!] }];
  // A second passage only when it is nearly as good and brings words the first lacks.
  if (runnerUp && runnerUp.result.score >= RUNNER_UP_SCORE_SHARE * chosen.result.score) {
    const missing = runnerUp.result.queryTerms.filter((term) => !chosen.result.queryTerms.includes(term));
    if (missing.length > 0)
      lines.push({
        chunk: runnerUp.chunk,
        sentences: [runnerUp.chunk.sentences[bestSentence(index, runnerUp.chunk, question.terms)]!],
      });
  }
  return lines;
}

/** The best sentence of a passage for these words (the first one on a tie). */
function bestSentence(index: EngineIndex, chunk: AskChunk, terms: string[]): number {
  let best = 0;
  let bestScore = -1;
  sentenceTermsOf(index, chunk).forEach((set, position) => {
    const score = terms.reduce((sum, term) => sum + (set.has(term) ? wordWeight(index, term) : 0), 0);
    if (score > bestScore) {
      best = position;
      bestScore = score;
    }
  });
  return best;
}

/**
 * When the passage an answer rests on sends the reader to another section of its page
 * (请参阅 菜单参考), the answer quotes that sentence and brings the section's passages along.
 */
function addReferencedSections(index: EngineIndex, lines: Line[], focus: Line): void {
  const page = focus.chunk.page;
  const sections = new Set(
    index.chunkList
      .filter((chunk) => chunk.page === page && chunk.anchor && chunk.section !== focus.chunk.section)
      .map((chunk) => chunk.section),
  );
  for (const section of sections) {
    if (lines.some((line) => line.chunk.section === section)) continue;
    const reference = focus.chunk.sentences.find((sentence) => sentence.includes(section));
    if (!reference) continue;
    if (!focus.sentences.includes(reference)) focus.sentences.push(reference);
    for (const chunk of index.chunkList)
      if (chunk.page === page && chunk.section === section)
        lines.push({ chunk, sentences: chunk.sentences.slice(0, 1) });
  }
}
