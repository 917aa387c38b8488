/**
 * The `?ask=` engine against the dev set (tests/ask/questions.ts), the questions it is tuned on.
 * Every reply is well-formed: an answer is in the question's language, quotes only known pages
 * and says only what its excerpts say (the path line aside, which is the steps' labels); a
 * refusal has no excerpts and offers questions that can be answered. The set as a whole must
 * score at least 95 %, refusals too; `afterAll` prints the score by kind, language and style
 * and every question still missed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndexFromContent } from '../../src/ask/content.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import type { AskReply } from '../../src/ask/types.ts';
import { ASK_REPLY_MESSAGES } from '../../src/i18n/ask-reply.ts';
import { askedOnFor, describeTally, gradeProblems, PAGES, share, tally } from '../ask/grade.ts';
import { QUESTIONS, SECTIONS, type AskCase } from '../ask/questions.ts';

const engine = createAskEngine(await buildIndexFromContent());
const KNOWN_PAGES = Object.values(PAGES).flatMap((paths) => Object.values(paths));
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
      : [SECTIONS[testCase.section!][testCase.language]];
  if (!reply.excerpts.some((excerpt) => names.some((name) => excerpt.section.startsWith(name))))
    problems.push(`no excerpt names section ${names.join(' or ')}`);
  return problems;
}

const result = tally(QUESTIONS.map((question, index) => ({ question, problems: gradeDev(question, replies[index]!) })));

/** Text as a reader sees it, markdown and spacing aside. */
const plain = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*|\\/g, '')
    .replace(/\s+/g, '');

const PATH_LINES = Object.values(ASK_REPLY_MESSAGES).map((messages) => messages.path(''));

/** The answer's sentences that no listed excerpt contains, verbatim (a "where" answer's path line is the steps' labels). */
function unbackedSentences(reply: AskReply): string[] {
  const excerpts = plain(reply.excerpts.map((excerpt) => excerpt.text).join('\n'));
  return reply.answer
    .split('\n')
    .filter((line) => !PATH_LINES.some((prefix) => line.startsWith(prefix)))
    .map((line) => line.replace(/^\d+\. /, ''))
    .flatMap((line) => line.split(/(?<=[。；.!?！？])\s+/))
    .filter((sentence) => sentence.trim() !== '' && !excerpts.includes(plain(sentence)));
}

/** What every reply must be, right or wrong. */
function formProblems(testCase: AskCase, reply: AskReply): string[] {
  const problems: string[] = [];
  if (reply.language !== testCase.language) problems.push(`language ${reply.language}, expected ${testCase.language}`);
  if (!reply.answered) {
    if (reply.excerpts.length !== 0) problems.push(`${reply.excerpts.length} excerpt(s) with a refusal`);
    if (reply.followUps.length === 0) problems.push('no follow-up suggestions');
    return problems;
  }
  for (const excerpt of reply.excerpts)
    if (!KNOWN_PAGES.some((page) => excerpt.url.startsWith(`${page}.md`)))
      problems.push(`excerpt url ${excerpt.url} is no known page`);
  for (const sentence of unbackedSentences(reply)) problems.push(`sentence not in any excerpt: "${sentence}"`);
  // A "where" answer's path is the labels of the steps it quotes.
  const path = reply.answer.split('\n').find((line) => PATH_LINES.some((prefix) => line.startsWith(prefix)));
  const quoted = plain(reply.excerpts.map((excerpt) => excerpt.text).join(''));
  for (const label of path?.replace(/^[^:：]*[:：]\s*/, '').split(' → ') ?? [])
    if (!quoted.includes(plain(label))) problems.push(`path label "${label}" is in no excerpt`);
  return problems;
}

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
