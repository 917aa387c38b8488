/**
 * How a `?ask=` reply is graded, the same way for the held-out set (tests/ask/held-out.ts) and
 * the dev set (tests/ask/questions.ts), in the tests and in the bench: an answerable question is
 * right when it is answered, an excerpt comes from the expected page (in the question's language,
 * either language for a mixed zh/en question) and the answer holds every required fact; a
 * question to refuse is right when it is refused. Also the tally printed for each set.
 */
import type { AskReply } from '../../src/ask/types.ts';
import { localeFromPath, type Locale, type TranslatedLocale } from '../../src/contract/index.ts';
import { GUIDE_PATHS, translatePath } from '../../src/site.ts';

export type PageKind = 'guide' | 'security';
export type Style = 'plain' | 'colloquial' | 'typo' | 'mixed';

const SECURITY_ZH = '/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure';

/** Each page of the site, per language. */
export const PAGES: Record<PageKind, Record<TranslatedLocale, string>> = {
  guide: GUIDE_PATHS,
  security: { zh: SECURITY_ZH, en: translatePath(SECURITY_ZH, 'en') },
};

/** What grading needs of a question: the held-out set's fields, which the dev set shares. */
export interface GradedQuestion {
  question: string;
  language: Locale;
  style: Style;
  expect: 'answer' | 'refuse';
  refuseKind?: 'near-miss' | 'off-topic';
  page?: PageKind;
  /** Each inner list is one required fact as alternatives (case-insensitive substrings of the answer). */
  facts?: string[][];
}

/** The page a question is asked on when it names none: the guide in its own language. */
export function askedOnFor(question: Pick<GradedQuestion, 'language'>): string {
  return GUIDE_PATHS[question.language];
}

/** The answer as a reader sees it: emphasis and escapes aside, one space between words, lower case. */
const readable = (markdown: string) =>
  markdown
    .replace(/\*\*|\\/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

function pageOf(url: string): { kind: PageKind; locale: Locale } | null {
  const path = new URL(url, 'http://localhost').pathname.replace(/\.md$/, '');
  for (const kind of ['guide', 'security'] as const)
    if (Object.values(PAGES[kind]).includes(path)) return { kind, locale: localeFromPath(path) };
  return null;
}

/** The ways a reply misses the question ([] when it is right). */
export function gradeProblems(question: GradedQuestion, reply: AskReply): string[] {
  if (question.expect === 'refuse') return reply.answered ? ['answered, expected a refusal'] : [];
  const problems: string[] = [];
  if (!reply.answered) return ['refused'];
  const onPage = reply.excerpts.some((excerpt) => {
    const page = pageOf(excerpt.url);
    return (
      page !== null && page.kind === question.page && (question.style === 'mixed' || page.locale === question.language)
    );
  });
  if (!onPage)
    problems.push(
      `no excerpt from the ${question.page} page${question.style === 'mixed' ? '' : ` in ${question.language}`} (excerpts: ${reply.excerpts.map((excerpt) => excerpt.url).join(', ')})`,
    );
  const answer = readable(reply.answer);
  for (const alternatives of question.facts ?? [])
    if (!alternatives.some((fact) => answer.includes(readable(fact))))
      problems.push(`answer lacks ${alternatives.map((fact) => JSON.stringify(fact)).join(' or ')}`);
  return problems;
}

interface Count {
  right: number;
  total: number;
}

export interface Tally {
  overall: Count;
  answerable: Count;
  refusals: Count;
  /** Refusal questions that were answered: must be none. */
  refusalsAnswered: string[];
  byKind: Record<string, Count>;
  byLanguage: Record<string, Count>;
  byStyle: Record<string, Count>;
  misses: { question: string; problems: string[] }[];
}

export function tally(graded: { question: GradedQuestion; problems: string[] }[]): Tally {
  const count = (): Count => ({ right: 0, total: 0 });
  const result: Tally = {
    overall: count(),
    answerable: count(),
    refusals: count(),
    refusalsAnswered: [],
    byKind: {},
    byLanguage: {},
    byStyle: {},
    misses: [],
  };
  for (const { question, problems } of graded) {
    const right = problems.length === 0 ? 1 : 0;
    const kind = question.expect === 'answer' ? 'answer' : `refuse: ${question.refuseKind ?? '?'}`;
    for (const bucket of [
      result.overall,
      question.expect === 'answer' ? result.answerable : result.refusals,
      (result.byKind[kind] ??= count()),
      (result.byLanguage[question.language] ??= count()),
      (result.byStyle[question.style] ??= count()),
    ]) {
      bucket.right += right;
      bucket.total += 1;
    }
    if (!right) result.misses.push({ question: question.question, problems });
    if (question.expect === 'refuse' && !right) result.refusalsAnswered.push(question.question);
  }
  return result;
}

export const share = ({ right, total }: Count) => (total === 0 ? 1 : right / total);

const figure = (count: Count) => `${count.right}/${count.total} (${(share(count) * 100).toFixed(1)} %)`;

/** The tally as a few lines of text, for the test output and the bench. */
export function describeTally(name: string, result: Tally): string[] {
  const group = (groups: Record<string, Count>) =>
    Object.entries(groups)
      .map(([key, count]) => `${key} ${figure(count)}`)
      .join(', ');
  return [
    `${name}: ${figure(result.overall)} right; answerable ${figure(result.answerable)}, refusals ${figure(result.refusals)}`,
    `  by kind: ${group(result.byKind)}`,
    `  by language: ${group(result.byLanguage)}`,
    `  by style: ${group(result.byStyle)}`,
  ];
}
