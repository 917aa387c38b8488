/** The question set (tests/ask/questions.ts) and how a reply is judged against it. */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AskReply } from '../../../src/ask/types.ts';
import { BenchError, ROOT } from '../../lib/config.ts';

/** Written by the ask tests: `export const QUESTIONS: { question, language, askedOn?, expect? }[]`. */
export const ASK_QUESTIONS_FILE = join(ROOT, 'tests', 'ask', 'questions.ts');

export interface BenchQuestion {
  question: string;
  language: string;
  /** The page the question is asked on; the guide when omitted. */
  askedOn?: string;
  /** Absent: the content does not answer it, and the engine must refuse. */
  expect?: { fact: string; section: string };
}

export interface AskMiss {
  question: string;
  expected: string;
  got: string;
}

/** Loads QUESTIONS from tests/ask/questions.ts (imported by path: the file is written separately). */
export async function loadQuestions(): Promise<BenchQuestion[]> {
  if (!existsSync(ASK_QUESTIONS_FILE))
    throw new BenchError(`${relative(ROOT, ASK_QUESTIONS_FILE)} does not exist (yet)`);
  const loaded = (await import(pathToFileURL(ASK_QUESTIONS_FILE).href)) as { QUESTIONS?: unknown };
  const questions = loaded.QUESTIONS;
  if (!Array.isArray(questions) || questions.length === 0)
    throw new BenchError(`${relative(ROOT, ASK_QUESTIONS_FILE)} exports no non-empty QUESTIONS array`);
  questions.forEach((item: unknown, index) => {
    const candidate = item as Partial<BenchQuestion> | null;
    const expectation = candidate?.expect;
    if (
      typeof candidate?.question !== 'string' ||
      (candidate.askedOn !== undefined && typeof candidate.askedOn !== 'string') ||
      (expectation !== undefined && (typeof expectation?.fact !== 'string' || typeof expectation?.section !== 'string'))
    )
      throw new BenchError(
        `QUESTIONS[${index}] is not { question: string, language, askedOn?: string, expect?: { fact: string, section: string } }`,
      );
  });
  return questions as BenchQuestion[];
}

/** A miss when the reply refuses an answerable question, answers without the fact or section, or answers a refusal. */
export function judge(item: BenchQuestion, reply: AskReply): AskMiss | null {
  if (!item.expect)
    return reply.answered
      ? {
          question: item.question,
          expected: 'refusal',
          got: `answered: ${reply.answer.slice(0, 60).replace(/\s+/g, ' ')}…`,
        }
      : null;
  const { fact, section } = item.expect;
  const problems: string[] = [];
  if (!reply.answered) problems.push('refused');
  else {
    if (!reply.answer.includes(fact)) problems.push(`answer lacks "${fact}"`);
    if (!reply.excerpts.some((excerpt) => excerpt.section.startsWith(section)))
      problems.push(`sections [${reply.excerpts.map((excerpt) => excerpt.section).join(' | ')}]`);
  }
  return problems.length
    ? { question: item.question, expected: `"${fact}" in ${section}`, got: problems.join('; ') }
    : null;
}
