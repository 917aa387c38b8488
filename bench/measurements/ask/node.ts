/**
 * The ask engine in Node: set-up, per-answer times over the dev set, the dev and held-out scores,
 * and the HTTP handler. Only the dev set is timed question by question (the slowest are named);
 * the held-out set is scored once and reported as totals.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { createAskEngine } from '../../../src/ask/engine.ts';
import { createAskHandler } from '../../../src/ask/http.ts';
import type { AskIndexData } from '../../../src/ask/types.ts';
import { ASK_INDEX_URL } from '../../../src/contract/index.ts';
import { BenchError, DIST, RESULTS_FILE, ROOT } from '../../lib/config.ts';
import { fineMs, table } from '../../lib/format.ts';
import type { Environment } from '../../lib/measurement.ts';
import { median, percentiles, type Percentiles } from '../../lib/stats.ts';
import {
  ASK_BLIND_DEV_FILE,
  ASK_HELD_OUT_FILE,
  BLIND_DEV_QUESTIONS,
  ASK_QUESTIONS_FILE,
  describeScore,
  devMisses,
  HELD_OUT_QUESTIONS,
  pageFor,
  scoreSet,
  type AskMiss,
  type AskScore,
  type BenchQuestion,
} from './questions.ts';

/** Timed passes over the question set (after one warm-up pass). */
const ASK_NODE_PASSES = 50;

export interface AskNodeReport {
  questionsFile: string;
  questions: number;
  /** Questions the set asks on another page than the guide (`askedOn`). */
  askedElsewhere: number;
  passes: number;
  /** readFileSync + JSON.parse of dist/ask-index.json, once. */
  indexParseMs: number;
  /** createAskEngine(data), once (cold: the first call in this process). */
  engineCreateMs: number;
  /** The very first question after creating the engine (cold JIT, Intl.Segmenter set-up, …). */
  firstAnswerMs: number;
  /** Every question of every timed pass, after the warm-up pass. */
  perAnswer: Percentiles;
  /** The questions with the highest median time over the timed passes. */
  slowest: { question: string; p50: number; max: number }[];
  /** os.loadavg()[0] when the timed passes started (a busy machine inflates p95/max). */
  loadAverage1m: number;
  /** The dev set's score and its misses; the held-out set's score (totals only). */
  accuracy: {
    dev: AskScore;
    devMisses: AskMiss[];
    /** The blind dev set (written from the pages alone; dev data since it was first scored). */
    blindDev: AskScore;
    heldOut: AskScore;
    heldOutFile: string;
  };
  /** createAskHandler: the first request (index read + parse + engine), then each question once. */
  http: { firstRequestMs: number; perRequest: Percentiles };
}

export async function measureAskInNode(questions: readonly BenchQuestion[]): Promise<AskNodeReport> {
  const indexFile = join(DIST, ASK_INDEX_URL.slice(1));
  let started = performance.now();
  const data = JSON.parse(readFileSync(indexFile, 'utf8')) as AskIndexData;
  const indexParseMs = performance.now() - started;
  started = performance.now();
  const engine = createAskEngine(data);
  const engineCreateMs = performance.now() - started;

  const ask = (item: BenchQuestion) => engine.ask({ question: item.question, page: pageFor(item) });
  started = performance.now();
  const firstReply = ask(questions[0]!);
  const firstAnswerMs = performance.now() - started;

  // Warm-up pass, which also gives the replies judged (the engine is deterministic).
  const replies = questions.map((item, index) => (index === 0 ? firstReply : ask(item)));
  const dev = scoreSet(questions, replies);
  const blindDev = scoreSet(BLIND_DEV_QUESTIONS, BLIND_DEV_QUESTIONS.map(ask)).score;
  const heldOut = scoreSet(HELD_OUT_QUESTIONS, HELD_OUT_QUESTIONS.map(ask)).score;

  const loadAverage1m = loadavg()[0] ?? NaN;
  const times: number[] = [];
  const byQuestion = questions.map(() => [] as number[]);
  for (let pass = 0; pass < ASK_NODE_PASSES; pass++) {
    questions.forEach((item, index) => {
      const before = performance.now();
      ask(item);
      const elapsed = performance.now() - before;
      times.push(elapsed);
      byQuestion[index]!.push(elapsed);
    });
  }
  const slowest = questions
    .map((item, index) => ({
      question: item.question,
      p50: median(byQuestion[index]!),
      max: Math.max(...byQuestion[index]!),
    }))
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 3);

  const handle = createAskHandler({
    loadIndex: async () => JSON.parse(readFileSync(indexFile, 'utf8')) as AskIndexData,
  });
  const viaHttp = async (item: BenchQuestion): Promise<number> => {
    const path = `${pageFor(item)}.md?ask=${encodeURIComponent(item.question)}`;
    const before = performance.now();
    const response = await handle(new Request(`http://bench.local${path}`));
    if (!response) throw new BenchError(`the ask handler declined ${path}`);
    await response.text();
    const elapsed = performance.now() - before;
    if (response.status !== 200) throw new BenchError(`the ask handler answered ${path} with HTTP ${response.status}`);
    return elapsed;
  };
  const firstRequestMs = await viaHttp(questions[0]!);
  const httpTimes: number[] = [];
  for (const item of questions) httpTimes.push(await viaHttp(item));

  return {
    questionsFile: ASK_QUESTIONS_FILE,
    questions: questions.length,
    askedElsewhere: questions.filter((item) => item.askedOn !== undefined).length,
    passes: ASK_NODE_PASSES,
    indexParseMs,
    engineCreateMs,
    firstAnswerMs,
    perAnswer: percentiles(times),
    slowest,
    loadAverage1m,
    accuracy: {
      dev: dev.score,
      devMisses: devMisses(dev.result),
      blindDev,
      heldOut,
      heldOutFile: ASK_HELD_OUT_FILE,
    },
    http: { firstRequestMs, perRequest: percentiles(httpTimes) },
  };
}

export function reportAskNode(node: AskNodeReport, environment: Environment): string[] {
  const out = [
    '',
    `Node ${environment.node}: ${node.questionsFile}, ${node.questions} questions (${node.accuracy.dev.answerable.total} answerable, ${node.accuracy.dev.refusals.total} to refuse), each asked on the guide in its language (${node.askedElsewhere} on the page their askedOn names); 1 warm-up pass, then ${node.passes} timed passes`,
    table(
      ['step', 'measured'],
      [
        ['read + JSON.parse dist/ask-index.json (once)', fineMs(node.indexParseMs)],
        ['createAskEngine(data) (once)', fineMs(node.engineCreateMs)],
        ['first answer after creation (cold JIT)', fineMs(node.firstAnswerMs)],
        ['HTTP handler: first request (index read + parse + engine + answer)', fineMs(node.http.firstRequestMs)],
      ],
      [1],
    ),
  ];
  const row = (name: string, figures: Percentiles) => [
    name,
    String(figures.count),
    fineMs(figures.p50),
    fineMs(figures.p95),
    fineMs(figures.max),
  ];
  out.push(
    table(
      ['per answer', 'samples', 'p50', 'p95', 'max'],
      [
        row('engine.ask()', node.perAnswer),
        row('HTTP handler: Request → await response.text() (markdown)', node.http.perRequest),
      ],
      [1, 2, 3, 4],
    ),
    `slowest questions (median): ${node.slowest.map((item) => `"${item.question}" ${fineMs(item.p50)}`).join(', ')}; 1-min load average at the start: ${node.loadAverage1m.toFixed(2)} on ${environment.cpus} CPUs`,
    describeScore(`dev set (${node.questionsFile})`, node.accuracy.dev),
    describeScore(`blind dev set (${ASK_BLIND_DEV_FILE})`, node.accuracy.blindDev),
    describeScore(`held-out set (${node.accuracy.heldOutFile}, totals only)`, node.accuracy.heldOut),
  );
  const misses = node.accuracy.devMisses;
  for (const miss of misses.slice(0, 10)) out.push(`  dev miss: "${miss.question}" — ${miss.problems}`);
  if (misses.length > 10) out.push(`  … and ${misses.length - 10} more (see ${relative(ROOT, RESULTS_FILE)})`);
  return out;
}
