/**
 * The question sets (tests/ask/questions.ts, the dev set the engine is tuned on;
 * tests/ask/dev-blind-2.ts, dev questions written blind from the pages; and
 * tests/ask/held-out.ts, the frozen held-out set) and their scores, graded as the tests grade
 * them (tests/ask/grade.ts). The held-out set is reported as totals only, never question by
 * question: which of its questions miss is not to be read.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AskReply } from '../../../src/ask/types.ts';
import { askedOnFor, gradeProblems, share, tally, type GradedQuestion, type Tally } from '../../../tests/ask/grade.ts';
import { DEV_BLIND_2 } from '../../../tests/ask/dev-blind-2.ts';
import { HELD_OUT } from '../../../tests/ask/held-out.ts';
import { QUESTIONS } from '../../../tests/ask/questions.ts';
import { ROOT } from '../../lib/config.ts';

export const ASK_QUESTIONS_FILE = relative(
  ROOT,
  fileURLToPath(new URL('../../../tests/ask/questions.ts', import.meta.url)),
);
export const ASK_HELD_OUT_FILE = relative(
  ROOT,
  fileURLToPath(new URL('../../../tests/ask/held-out.ts', import.meta.url)),
);

export type BenchQuestion = GradedQuestion & { askedOn?: string };

export const DEV_QUESTIONS: readonly BenchQuestion[] = QUESTIONS;
export const BLIND_DEV_QUESTIONS: readonly BenchQuestion[] = DEV_BLIND_2;
export const ASK_BLIND_DEV_FILE = relative(
  ROOT,
  fileURLToPath(new URL('../../../tests/ask/dev-blind-2.ts', import.meta.url)),
);
export const HELD_OUT_QUESTIONS: readonly BenchQuestion[] = HELD_OUT;

/** The page a question is asked on: its own, or the guide in its language. */
export const pageFor = (item: BenchQuestion) => item.askedOn ?? askedOnFor(item);

interface Count {
  right: number;
  total: number;
  percent: number;
}

/** A set's score as the bench reports it. */
export interface AskScore {
  overall: Count;
  answerable: Count;
  refusals: Count;
  refusalsAnswered: number;
  byLanguage: Record<string, Count>;
  byStyle: Record<string, Count>;
}

export interface AskMiss {
  question: string;
  problems: string;
}

const count = ({ right, total }: { right: number; total: number }): Count => ({
  right,
  total,
  percent: Math.round(share({ right, total }) * 1000) / 10,
});
const counts = (groups: Record<string, { right: number; total: number }>) =>
  Object.fromEntries(Object.entries(groups).map(([key, value]) => [key, count(value)]));

/** The set graded; `misses` only for the dev set. */
export function scoreSet(
  questions: readonly BenchQuestion[],
  replies: readonly AskReply[],
): { score: AskScore; result: Tally } {
  const result = tally(
    questions.map((question, index) => ({ question, problems: gradeProblems(question, replies[index]!) })),
  );
  return {
    result,
    score: {
      overall: count(result.overall),
      answerable: count(result.answerable),
      refusals: count(result.refusals),
      refusalsAnswered: result.refusalsAnswered.length,
      byLanguage: counts(result.byLanguage),
      byStyle: counts(result.byStyle),
    },
  };
}

export function devMisses(result: Tally): AskMiss[] {
  return result.misses.map(({ question, problems }) => ({ question, problems: problems.join('; ') }));
}

/** One line per set: overall, answerable, refusals (and refusals answered), by language and style. */
export function describeScore(name: string, score: AskScore): string {
  const figure = (value: Count) => `${value.right}/${value.total} (${value.percent} %)`;
  const groups = (values: Record<string, Count>) =>
    Object.entries(values)
      .map(([key, value]) => `${key} ${value.percent} %`)
      .join(', ');
  return `${name}: ${figure(score.overall)}; answerable ${figure(score.answerable)}, refusals ${figure(score.refusals)} (${score.refusalsAnswered} answered); ${groups(score.byLanguage)}; ${groups(score.byStyle)}`;
}
