/**
 * Whether a question is answered: a logistic model over what both readings already measure,
 * fitted on the pooled dev sets (bench/measurements/ask/decision.ts, which also reports its
 * leave-one-set-out score). The weights ship as a few numbers.
 */
import type { GeneralReading } from './general.ts';
import type { Question } from './question.ts';

/** What the readings measured of a question, by name (each a number, 0/1 for a yes or no). */
export interface DecisionFeatures {
  /** Share of the question's weight the general reading's passage holds. */
  coverage: number;
  /** Share of its content words no page has. */
  unknownShare: number;
  /** Rare English words no page has (capped at 2). */
  rare: number;
  /** It hinges on such a word. */
  hinges: number;
  /** The passage says every word of the question. */
  saysAll: number;
  /** It asks for the step after a step, or the first. */
  stepAsked: number;
  /** A comparison naming fewer than two things the pages know. */
  comparisonShort: number;
  /** The general reading found no passage that could answer its form. */
  noPassage: number;
  /** The concept reading found an answer. */
  conceptAnswered: number;
  /** The concept reading says its form cannot be answered ("which X" of an unknown X, "who is"). */
  conceptUnanswerable: number;
  /** The best passage's coverage in the concept reading. */
  conceptCoverage: number;
  /** Share of the question's weight the concept lists know. */
  conceptShare: number;
  /** The concept lists describe the answering page (its share of words they know). */
  described: number;
  /** It asks plainly (no steps, count, time, person, consequence, comparison). */
  plainForm: number;
  /** Its content words, log-scaled. */
  length: number;
  /** Share of its weight no passage of its language says, as the concept reading reads it. */
  offPageShare: number;
  /** An action it asks about that no passage of its language says. */
  actOffPage: number;
}

export function decisionFeatures(
  question: Question,
  reading: GeneralReading | null,
  concept: {
    conceptAnswered: boolean;
    conceptCoverage: number;
    conceptShare: number;
    candidateCover: number;
    plainForm: boolean;
    offPageShare: number;
    actOffPage: boolean;
  },
): DecisionFeatures {
  return {
    coverage: reading?.coverage ?? 0,
    unknownShare: reading?.unknownShare ?? 1,
    rare: Math.min(reading?.rare ?? 0, 2),
    hinges: Number(reading?.hinges ?? false),
    saysAll: Number(reading?.saysAll ?? false),
    stepAsked: Number(reading?.stepAsked ?? false),
    comparisonShort: Number(reading?.comparisonShort ?? false),
    noPassage: Number(reading === null),
    conceptAnswered: Number(concept.conceptAnswered),
    conceptUnanswerable: Number(question.unanswerable),
    conceptCoverage: concept.conceptCoverage,
    conceptShare: concept.conceptShare,
    described: concept.candidateCover,
    plainForm: Number(concept.plainForm),
    length: Math.log(1 + (reading?.pick.words.length ?? question.words.length)),
    offPageShare: concept.offPageShare,
    actOffPage: Number(concept.actOffPage),
  };
}

export const FEATURE_NAMES = [
  'coverage',
  'unknownShare',
  'rare',
  'hinges',
  'saysAll',
  'stepAsked',
  'comparisonShort',
  'noPassage',
  'conceptAnswered',
  'conceptUnanswerable',
  'conceptCoverage',
  'conceptShare',
  'described',
  'plainForm',
  'length',
  'offPageShare',
  'actOffPage',
] as const satisfies readonly (keyof DecisionFeatures)[];
