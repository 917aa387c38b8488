/**
 * Every `?ask=` question set and how it is graded, for the tests and `npm run ask:score`:
 * today's pages (the dev sets, the two external sets, the held-out sets) and the page pairs
 * written for the engine by people who never saw it (tests/ask/fixtures/: `dev/` may be tuned
 * on, `held-out/` never read). A fixture pair's engine is built over today's pages plus the
 * pair, as a docs team would add it to content/; the fixture pages are never shipped.
 *
 * External-format items (shared/ask-questions/README.md): `{q, fact, source, lang, kind}` is
 * right when answered, the answer matches `fact` (a regular expression, case-insensitive) and a
 * source URL contains `source`; `{q, refuse: true, lang, kind}` is right when not answered.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { loadContentPages } from '../../src/ask/content.ts';
import { createAskEngine, type AskEngine } from '../../src/ask/engine.ts';
import type { AskReply } from '../../src/ask/types.ts';
import type { Locale } from '../../src/contract/index.ts';
import { GUIDE_PATHS } from '../../src/site.ts';
import { indexWith } from './made-up.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const SHARED_QUESTIONS = fileURLToPath(new URL('../../../shared/ask-questions/', import.meta.url));

export interface ExternalItem {
  q: string;
  lang: Locale;
  kind: string;
  fact?: string;
  source?: string;
  refuse?: boolean;
}

export interface Totals {
  right: number;
  total: number;
  answerable: { right: number; total: number };
  refusals: { right: number; total: number };
  /** Questions to refuse that were answered (a count: held-out sets show nothing else). */
  refusalsAnswered: number;
}

/** Whether a reply is right for an external-format item. */
export function externalRight(item: ExternalItem, reply: AskReply): boolean {
  if (item.refuse) return !reply.answered;
  if (!reply.answered) return false;
  const sourced = reply.sources.some((source) => source.url.includes(item.source!));
  return sourced && new RegExp(item.fact!, 'iu').test(reply.answer.replace(/\*\*|\\/g, ''));
}

export function totalsOf(items: readonly ExternalItem[], replies: readonly AskReply[]): Totals {
  const totals: Totals = {
    right: 0,
    total: items.length,
    answerable: { right: 0, total: 0 },
    refusals: { right: 0, total: 0 },
    refusalsAnswered: 0,
  };
  items.forEach((item, position) => {
    const right = externalRight(item, replies[position]!);
    const group = item.refuse ? totals.refusals : totals.answerable;
    group.total += 1;
    if (right) {
      totals.right += 1;
      group.right += 1;
    } else if (item.refuse) totals.refusalsAnswered += 1;
  });
  return totals;
}

const percent = (right: number, total: number) => (total ? ((right / total) * 100).toFixed(1) : '—');
export const describeTotals = (name: string, totals: Totals) =>
  `${name}: ${totals.right}/${totals.total} (${percent(totals.right, totals.total)} %); answerable ${totals.answerable.right}/${totals.answerable.total}, refusals ${totals.refusals.right}/${totals.refusals.total} (${totals.refusalsAnswered} answered)`;
export const share = (totals: Totals) => (totals.total ? totals.right / totals.total : 0);

export const readItems = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ExternalItem[];

/** Today's pages, as shipped. */
export const siteEngine = (): AskEngine => createAskEngine(buildAskIndex(loadContentPages()));

/** A fixture pair: its folder, its pages, and the engine over today's pages plus them. */
export interface FixturePair {
  name: string;
  dir: string;
  /** The pair's page paths by locale. */
  paths: Partial<Record<Locale, string>>;
  engine: AskEngine;
  /** The pair's own text, for the index size per added page. */
  pages: ReturnType<typeof loadContentPages>;
}

export function fixturePair(dir: string): FixturePair {
  const pages = loadContentPages(dir);
  const paths: Partial<Record<Locale, string>> = {};
  for (const page of pages) paths[page.data.locale] ??= page.path;
  return {
    name: dir.split('/').filter(Boolean).at(-1)!,
    dir,
    paths,
    engine: createAskEngine(indexWith(...pages)),
    pages,
  };
}

/** Asks every item on `askedOn(item)` (the page in the item's language). */
export function askAll(engine: AskEngine, items: readonly ExternalItem[], askedOn: (item: ExternalItem) => string) {
  return items.map((item) => engine.ask({ question: item.q, page: askedOn(item) }));
}

export const guideFor = (item: ExternalItem) => GUIDE_PATHS[item.lang];

/** The pair's page in the item's language (the zh page when it has no page in it). */
export const pairPageFor = (pair: FixturePair) => (item: ExternalItem) => pair.paths[item.lang] ?? pair.paths.zh!;

/** The dev fixture pairs present (tests/ask/fixtures/dev/<name>/ with pages of its own under content/). */
export function devPairDirs(): string[] {
  const root = join(FIXTURES, 'dev');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'content')))
    .map((entry) => join(root, entry.name))
    .sort();
}

/**
 * The dev sets a round may study and tune on, by topic (today's pages, and each dev page pair
 * with its later sets). The fresh sets and held-out are never named here: scripts that read
 * misses (bench/measurements/ask/fit-general.ts, pick-diagnosis.ts) take their sets from this.
 */
export const STUDIED_DEV_SETS: Record<string, { pair?: string; sets: string[] }> = {
  today: { sets: ['dev', 'dev-blind-2', 'external-1', 'external-2', 'today-2'] },
  payments: { pair: 'payments', sets: ['payments', 'payments-2', 'payments-3'] },
  postbacks: { pair: 'postbacks', sets: ['postbacks', 'postbacks-2'] },
  signin: { pair: 'signin', sets: ['signin', 'signin-2'] },
  'tracking-links': { pair: 'tracking-links', sets: ['tracking-links', 'tracking-links-2', 'tracking-links-3'] },
};

/**
 * Page pairs nobody on the team has read, with their questions (tests/ask/fixtures/fresh-pairs/):
 * the closest dev stand-in for the held-out pairs. Scored as totals only (ask:score); no test
 * prints their misses, so they stay fresh until a round decides to study them.
 */
export function freshPairDirs(): string[] {
  const root = join(FIXTURES, 'fresh-pairs');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'content')))
    .map((entry) => join(root, entry.name))
    .sort();
}

/**
 * Later dev question sets on pages an earlier set has (tests/ask/fixtures/dev/<base>-<n>/, no
 * pages of their own): `today-2` on today's pages, `payments-2` on the dev pair `payments`'s.
 */
export interface LaterDevSet {
  name: string;
  file: string;
  /** The dev pair whose pages it asks about; none for today's pages. */
  pairDir?: string;
}

export function laterDevSets(): LaterDevSet[] {
  const root = join(FIXTURES, 'dev');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !existsSync(join(root, entry.name, 'content')))
    .filter((entry) => existsSync(join(root, entry.name, 'questions.json')))
    .map((entry) => {
      const base = entry.name.replace(/-\d+$/, '');
      const set: LaterDevSet = { name: entry.name, file: join(root, entry.name, 'questions.json') };
      if (base !== 'today') set.pairDir = join(root, base);
      return set;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The held-out fixtures' pins: `sha256  path` per line (tests/ask/fixtures/held-out/SHA256SUMS). */
export const HELD_OUT_DIR = join(FIXTURES, 'held-out');
export const HELD_OUT_SUMS = join(HELD_OUT_DIR, 'SHA256SUMS');

/** Files whose hash differs from its pin, or that are missing ([] when all match). */
export function heldOutPinProblems(): string[] {
  const lines = readFileSync(HELD_OUT_SUMS, 'utf8').split('\n').filter(Boolean);
  return lines.flatMap((line) => {
    const [sum, path] = line.trim().split(/\s+\*?/) as [string, string];
    const file = join(HELD_OUT_DIR, path);
    if (!existsSync(file)) return [`${path}: missing`];
    const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
    return actual === sum ? [] : [`${path}: changed`];
  });
}
