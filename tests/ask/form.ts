/**
 * What every `?ask=` reply must be, right or wrong, for any question set: in the question's
 * language, quoting only known pages and saying only what its excerpts say (a "where" answer's
 * path line aside, which is the labels of the steps it quotes); a refusal has no excerpts and
 * offers questions that can be answered.
 */
import type { AskReply } from '../../src/ask/types.ts';
import type { Locale } from '../../src/contract/index.ts';
import { ASK_REPLY_MESSAGES } from '../../src/i18n/ask-reply.ts';
import { PAGES } from './grade.ts';

const KNOWN_PAGES = Object.values(PAGES).flatMap((paths) => Object.values(paths));

/** Text as a reader sees it, markdown and spacing aside. */
const plain = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*|\\|`/g, '')
    .replace(/\s+/g, '');

const PATH_LINES = Object.values(ASK_REPLY_MESSAGES).map((messages) => messages.path(''));
/** A yes/no answer's first line (Yes. / 不可以。): the reply's own word, not a quote. */
const VERDICTS = new Set(
  Object.values(ASK_REPLY_MESSAGES).flatMap((messages) =>
    [true, false].flatMap((yes) => ['', '可以', '能', '会', '需要'].map((verb) => messages.verdict(yes, verb))),
  ),
);

/** The answer's sentences that no listed excerpt contains, verbatim. */
function unbackedSentences(reply: AskReply): string[] {
  const excerpts = plain(reply.excerpts.map((excerpt) => excerpt.text).join('\n'));
  return reply.answer
    .split('\n')
    .filter((line) => !PATH_LINES.some((prefix) => line.startsWith(prefix)) && !VERDICTS.has(line))
    .map((line) => line.replace(/^\d+\. /, ''))
    .flatMap((line) => line.split(/(?<=[。；！？])\s*|(?<=[.!?])\s+/))
    .filter((sentence) => sentence.trim() !== '' && !excerpts.includes(plain(sentence)));
}

/** The ways a reply is malformed ([] when it is well-formed); `pages`: the engine's pages (default: today's). */
export function formProblems(
  question: { language: Locale },
  reply: AskReply,
  pages: readonly string[] = KNOWN_PAGES,
): string[] {
  const problems: string[] = [];
  if (reply.language !== question.language) problems.push(`language ${reply.language}, expected ${question.language}`);
  if (!reply.answered) {
    if (reply.excerpts.length !== 0) problems.push(`${reply.excerpts.length} excerpt(s) with a refusal`);
    if (reply.followUps.length === 0) problems.push('no follow-up suggestions');
    return problems;
  }
  for (const excerpt of reply.excerpts)
    if (!pages.some((page) => excerpt.url.startsWith(`${page}.md`)))
      problems.push(`excerpt url ${excerpt.url} is no known page`);
  for (const sentence of unbackedSentences(reply)) problems.push(`sentence not in any excerpt: "${sentence}"`);
  // A "where" answer's path is the labels of the steps it quotes.
  const path = reply.answer.split('\n').find((line) => PATH_LINES.some((prefix) => line.startsWith(prefix)));
  const quoted = plain(reply.excerpts.map((excerpt) => excerpt.text).join(''));
  for (const label of path?.replace(/^[^:：]*[:：]\s*/, '').split(' → ') ?? [])
    if (!quoted.includes(plain(label))) problems.push(`path label "${label}" is in no excerpt`);
  return problems;
}
