/**
 * The `?ask=` engine against the dev set (tests/ask/questions.ts), the questions it is tuned on.
 * Every reply is well-formed (../ask/form.ts). The set as a whole must
 * score at least 95 %, refusals too; `afterAll` prints the score by kind, language and style
 * and every question still missed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndexFromContent } from '../../src/ask/content.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import type { AskReply } from '../../src/ask/types.ts';
import type { TranslatedLocale } from '../../src/contract/index.ts';
import { formProblems } from '../ask/form.ts';
import { askedOnFor, describeTally, gradeProblems, share, tally } from '../ask/grade.ts';
import { QUESTIONS, SECTIONS, type AskCase } from '../ask/questions.ts';

const engine = createAskEngine(await buildIndexFromContent());
/** The dev set's bar: its misses are listed, and they may not grow past it. */
const MIN_DEV_SHARE = 0.95;

const replies = QUESTIONS.map((testCase) =>
  engine.ask({ question: testCase.question, page: testCase.askedOn ?? askedOnFor(testCase) }),
);

/** Right by the held-out set's rule, and from the section the dev set names. */
function gradeDev(testCase: AskCase, reply: AskReply): string[] {
  const problems = gradeProblems(testCase, reply);
  if (testCase.expect !== 'answer' || !reply.answered) return problems;
  const names =
    testCase.style === 'mixed'
      ? Object.values(SECTIONS[testCase.section!])
      : [SECTIONS[testCase.section!][testCase.language as TranslatedLocale]];
  if (!reply.excerpts.some((excerpt) => names.some((name) => excerpt.section.startsWith(name))))
    problems.push(`no excerpt names section ${names.join(' or ')}`);
  return problems;
}

const result = tally(QUESTIONS.map((question, index) => ({ question, problems: gradeDev(question, replies[index]!) })));

describe('?ask= dev set', () => {
  QUESTIONS.forEach((testCase, index) => {
    const kind = testCase.expect === 'answer' ? 'answerable' : `to refuse (${testCase.refuseKind})`;
    it(`replies well-formed [${testCase.language}, ${testCase.style}, ${kind}] ${testCase.question}`, () => {
      const reply = replies[index]!;
      expect(formProblems(testCase, reply), JSON.stringify(reply.answer.slice(0, 300))).toEqual([]);
    });
  });

  it(`scores at least ${MIN_DEV_SHARE * 100} %, and on refusals too`, () => {
    const summary = describeTally('dev', result).join('\n');
    expect(share(result.overall), summary).toBeGreaterThanOrEqual(MIN_DEV_SHARE);
    expect(share(result.refusals), summary).toBeGreaterThanOrEqual(MIN_DEV_SHARE);
  });
});

afterAll(() => {
  const misses = result.misses.map(({ question, problems }) => `  miss: ${question} — ${problems.join('; ')}`);
  console.log([...describeTally('ask dev set', result), ...misses].join('\n'));
});
