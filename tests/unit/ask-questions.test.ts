/**
 * The `?ask=` engine against the question set (tests/ask/questions.ts): every answerable
 * question gets an answer in its own language that quotes the right section and carries the
 * expected fact; every question the content cannot answer is refused with suggestions.
 * `afterAll` prints the accuracy over the whole set.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndexFromContent } from '../../src/ask/content.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import type { AskReply } from '../../src/ask/types.ts';
import { GUIDE, KEEP_SECURE, QUESTIONS, type AskCase } from '../ask/questions.ts';

const engine = createAskEngine(await buildIndexFromContent());
const KNOWN_PAGES = [GUIDE, KEEP_SECURE];

const tally = { answerable: 0, answeredCorrectly: 0, refusable: 0, refusedCorrectly: 0 };

/** What came back, for the failure message. */
function describeReply(reply: AskReply): string {
  const first = reply.excerpts[0];
  return [
    `answered=${reply.answered}`,
    `language=${reply.language}`,
    `first excerpt section=${first ? JSON.stringify(first.section) : '(none)'}`,
    `first excerpt url=${first ? first.url : '(none)'}`,
    `answer=${JSON.stringify(reply.answer.slice(0, 150))}`,
  ].join('; ');
}

/** The ways a reply misses an answerable case ([] when it is right). */
function answerProblems(
  reply: AskReply,
  expected: NonNullable<AskCase['expect']>,
  language: AskCase['language'],
): string[] {
  const problems: string[] = [];
  if (reply.answered !== true) problems.push('not answered');
  if (reply.language !== language) problems.push(`language ${reply.language}, expected ${language}`);
  const named = reply.excerpts.some(
    (excerpt) => excerpt.section.startsWith(expected.section) && excerpt.url.startsWith(`${expected.page}.md`),
  );
  if (!named) problems.push(`no excerpt from ${expected.page}.md names section "${expected.section}"`);
  if (!reply.answer.includes(expected.fact)) problems.push(`answer lacks "${expected.fact}"`);
  for (const excerpt of reply.excerpts) {
    if (!KNOWN_PAGES.some((page) => excerpt.url.startsWith(`${page}.md`)))
      problems.push(`excerpt url ${excerpt.url} is no known page`);
  }
  for (const sentence of unbackedSentences(reply)) problems.push(`sentence not in any excerpt: "${sentence}"`);
  return problems;
}

/** Text as a reader sees it, markdown and spacing aside. */
const plain = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*|\\/g, '')
    .replace(/\s+/g, '');

/**
 * The answer's sentences that no listed excerpt contains, verbatim. An English answer's
 * preface and its bold English labels are the glossary's, not the page's, and are left out.
 */
function unbackedSentences(reply: AskReply): string[] {
  const excerpts = plain(reply.excerpts.map((excerpt) => excerpt.text).join('\n'));
  const body = reply.answer.replace(/^There is no English version[^\n]*\n\n/, '');
  return body
    .split('\n')
    .map((line) => line.replace(/^\d+\. /, '').replace(/^\*\*[^*]+\*\* — /, ''))
    .flatMap((line) => line.split(/(?<=[。；.!?！？])\s+/))
    .filter((sentence) => sentence.trim() !== '' && !excerpts.includes(plain(sentence)));
}

/** The ways a reply misses a case that must be refused. */
function refusalProblems(reply: AskReply): string[] {
  const problems: string[] = [];
  if (reply.answered !== false) problems.push('answered, expected a refusal');
  if (reply.excerpts.length !== 0) problems.push(`${reply.excerpts.length} excerpt(s), expected none`);
  if (reply.followUps.length === 0) problems.push('no follow-up suggestions');
  return problems;
}

describe('?ask= question set', () => {
  for (const testCase of QUESTIONS) {
    const kind = testCase.expect ? 'answers' : 'refuses';
    it(`${kind} [${testCase.language}] ${testCase.question}`, () => {
      const reply = engine.ask({ question: testCase.question, page: testCase.askedOn ?? GUIDE });
      let problems: string[];
      if (testCase.expect) {
        tally.answerable += 1;
        problems = answerProblems(reply, testCase.expect, testCase.language);
        if (problems.length === 0) tally.answeredCorrectly += 1;
      } else {
        tally.refusable += 1;
        problems = refusalProblems(reply);
        if (problems.length === 0) tally.refusedCorrectly += 1;
      }
      const expected = testCase.expect
        ? `expected ${testCase.expect.section} on ${testCase.expect.page} with "${testCase.expect.fact}"`
        : 'expected a refusal';
      expect(problems, `${testCase.question} — ${expected}; got ${describeReply(reply)}`).toEqual([]);
    });
  }
});

afterAll(() => {
  const { answerable, answeredCorrectly, refusable, refusedCorrectly } = tally;
  const percent = answerable === 0 ? 0 : Math.round((answeredCorrectly / answerable) * 1000) / 10;
  console.log(
    `ask accuracy: ${answeredCorrectly}/${answerable} answered correctly (${percent}%), refusals ${refusedCorrectly}/${refusable}`,
  );
});
