/**
 * The `?ask=` engine against the dev set (tests/ask/questions.ts): every answerable question is
 * answered in its own language, from the right page and section, with the required facts and
 * only sentences the excerpts hold; every question the content cannot answer is refused with
 * suggestions. `afterAll` prints the score by kind, language and style.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndexFromContent } from '../../src/ask/content.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import type { AskReply } from '../../src/ask/types.ts';
import { askedOnFor, describeTally, gradeProblems, PAGES, tally } from '../ask/grade.ts';
import { QUESTIONS, SECTIONS, type AskCase } from '../ask/questions.ts';

const engine = createAskEngine(await buildIndexFromContent());
const KNOWN_PAGES = Object.values(PAGES).flatMap((paths) => Object.values(paths));

const graded: { question: AskCase; problems: string[] }[] = [];

/** What came back, for the failure message. */
function describeReply(reply: AskReply): string {
  return [
    `answered=${reply.answered}`,
    `language=${reply.language}`,
    `excerpts=${JSON.stringify(reply.excerpts.map((excerpt) => excerpt.section))}`,
    `answer=${JSON.stringify(reply.answer.slice(0, 300))}`,
  ].join('; ');
}

/** The dev set's stricter checks on an answer: its language, the section, the known pages, sentences backed by excerpts. */
function answerProblems(reply: AskReply, testCase: AskCase): string[] {
  if (!reply.answered) return [];
  const problems: string[] = [];
  if (reply.language !== testCase.language) problems.push(`language ${reply.language}, expected ${testCase.language}`);
  const names =
    testCase.style === 'mixed'
      ? Object.values(SECTIONS[testCase.section!])
      : [SECTIONS[testCase.section!][testCase.language]];
  if (!reply.excerpts.some((excerpt) => names.some((name) => excerpt.section.startsWith(name))))
    problems.push(`no excerpt names section ${names.join(' or ')}`);
  for (const excerpt of reply.excerpts)
    if (!KNOWN_PAGES.some((page) => excerpt.url.startsWith(`${page}.md`)))
      problems.push(`excerpt url ${excerpt.url} is no known page`);
  for (const sentence of unbackedSentences(reply)) problems.push(`sentence not in any excerpt: "${sentence}"`);
  return problems;
}

/** Text as a reader sees it, markdown and spacing aside. */
const plain = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*|\\/g, '')
    .replace(/\s+/g, '');

/** The answer's sentences that no listed excerpt contains, verbatim (the path line is the steps' labels, checked apart). */
function unbackedSentences(reply: AskReply): string[] {
  const excerpts = plain(reply.excerpts.map((excerpt) => excerpt.text).join('\n'));
  return reply.answer
    .split('\n')
    .filter((line) => !line.includes(' → ') || !/^[^：:]*[：:]/.test(line))
    .map((line) => line.replace(/^\d+\. /, ''))
    .flatMap((line) => line.split(/(?<=[。；.!?！？])\s+/))
    .filter((sentence) => sentence.trim() !== '' && !excerpts.includes(plain(sentence)));
}

describe('?ask= dev set', () => {
  for (const testCase of QUESTIONS) {
    const kind = testCase.expect === 'answer' ? 'answers' : `refuses (${testCase.refuseKind})`;
    it(`${kind} [${testCase.language}, ${testCase.style}] ${testCase.question}`, () => {
      const reply = engine.ask({ question: testCase.question, page: testCase.askedOn ?? askedOnFor(testCase) });
      const problems = [...gradeProblems(testCase, reply)];
      if (testCase.expect === 'answer') problems.push(...answerProblems(reply, testCase));
      else {
        if (reply.excerpts.length !== 0) problems.push(`${reply.excerpts.length} excerpt(s), expected none`);
        if (reply.followUps.length === 0) problems.push('no follow-up suggestions');
      }
      graded.push({ question: testCase, problems });
      const expected =
        testCase.expect === 'answer'
          ? `expected ${testCase.section} on the ${testCase.page} page with ${JSON.stringify(testCase.facts)}`
          : 'expected a refusal';
      expect(problems, `${testCase.question} — ${expected}; got ${describeReply(reply)}`).toEqual([]);
    });
  }
});

afterAll(() => {
  console.log(describeTally('ask dev set', tally(graded)).join('\n'));
});
