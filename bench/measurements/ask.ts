/**
 * 5. The `?ask=` lookups: size of dist/ask-index.json and of the site's worker, answer time of
 * the engine in Node over the dev set (tests/ask/questions.ts), the dev and held-out scores
 * (tests/ask/held-out.ts, totals only), the HTTP handler, and
 * in Chromium the first question (index load included), a warm one, and navigations to `?ask=`,
 * all answered by the service worker.
 */
import { BenchError, progress } from '../lib/config.ts';
import { fineMs, kb, targetTable, verdict } from '../lib/format.ts';
import { defineMeasurement } from '../lib/measurement.ts';
import { KB } from '../lib/sizes.ts';
import { stats } from '../lib/stats.ts';
import { measureAskInBrowser, reportAskInBrowser, type AskBrowserReport } from './ask/browser.ts';
import { measureAskInNode, reportAskNode, type AskNodeReport } from './ask/node.ts';
import { DEV_QUESTIONS } from './ask/questions.ts';
import { measureAskSizes, reportAskSizes, type AskSizes } from './ask/sizes.ts';

/** Issue 20's budgets: the index ≤ 40 KB gz per language for today's pages, p95 ≤ 2 ms, ≥ 90 % held out. */
const TARGETS = { askIndexGzipPerLanguage: 40 * KB, askNodeP95Ms: 2, askHeldOutPercent: 90 };

const largestLanguage = (ask: AskSizes) => Math.max(...Object.values(ask.perLanguage));

export interface AskReport extends AskSizes {
  node: AskNodeReport | { error: string };
  browser: AskBrowserReport;
}

const verdicts = (ask: AskReport) => ({
  askIndex: largestLanguage(ask) <= TARGETS.askIndexGzipPerLanguage,
  // Not measured (no question set) counts as not passing.
  askNodeP95: !('error' in ask.node) && ask.node.perAnswer.p95 <= TARGETS.askNodeP95Ms,
  askHeldOut:
    !('error' in ask.node) &&
    ask.node.accuracy.heldOut.overall.percent >= TARGETS.askHeldOutPercent &&
    ask.node.accuracy.heldOut.refusalsAnswered === 0,
});

export const ask = defineMeasurement({
  name: 'ask',
  title: '?ask= lookups',
  targets: TARGETS,

  /** Sizes and the Node figures first: nothing else runs on the machine meanwhile. */
  async run({ checkDist }) {
    checkDist();
    progress('ask: index sizes and answer times in Node');
    const sizes = measureAskSizes();
    let node: AskNodeReport | { error: string };
    try {
      node = await measureAskInNode(DEV_QUESTIONS);
    } catch (error) {
      // A missing or malformed question set skips the Node figures; anything else is a bench failure.
      if (!(error instanceof BenchError)) throw error;
      node = { error: error.message };
      progress(`WARNING: ask in Node skipped: ${node.error}`);
    }
    return { ...sizes, node };
  },

  async runInBrowser({ browser, origin, options }, fromRun): Promise<AskReport> {
    return { ...fromRun, browser: await measureAskInBrowser(browser, origin, options.timingRuns) };
  },

  verdicts,

  summary: ({ index, perLanguage, serviceWorker, node, browser }) => {
    const inNode = 'error' in node ? null : node;
    const samples = browser.samples;
    return {
      askIndexGzip: index.gzip,
      askIndexGzipPerLanguage: perLanguage,
      askServiceWorkerGzip: serviceWorker.gzip,
      askNodeEngineCreateMs: inNode?.engineCreateMs ?? null,
      askNodeP50Ms: inNode?.perAnswer.p50 ?? null,
      askNodeP95Ms: inNode?.perAnswer.p95 ?? null,
      askNodeMaxMs: inNode?.perAnswer.max ?? null,
      askDevScore: inNode?.accuracy.dev.overall.percent ?? null,
      askDevRefusalsAnswered: inNode?.accuracy.dev.refusalsAnswered ?? null,
      askBlindDevScore: inNode?.accuracy.blindDev.overall.percent ?? null,
      askHeldOutScore: inNode?.accuracy.heldOut.overall.percent ?? null,
      askHeldOutAnswerable: inNode?.accuracy.heldOut.answerable.percent ?? null,
      askHeldOutRefusalsAnswered: inNode?.accuracy.heldOut.refusalsAnswered ?? null,
      askHttpP50Ms: inNode?.http.perRequest.p50 ?? null,
      askHttpP95Ms: inNode?.http.perRequest.p95 ?? null,
      askBrowserFirstQuestionMs: stats(samples.map((sample) => sample.coldMs)),
      askBrowserWarmQuestionMs: stats(samples.map((sample) => sample.warmMs)),
      askBrowserNavigationMs: stats(samples.map((sample) => sample.navigation.gotoMs)),
      askBrowserNextNavigationMs: stats(samples.map((sample) => sample.navigationAgain.gotoMs)),
    };
  },

  report(result, { environment }) {
    const { node } = result;
    const passed = verdicts(result);
    return [
      ...reportAskSizes(result),
      ...('error' in node ? [`Node: (skipped: ${node.error})`] : reportAskNode(node, environment)),
      ...reportAskInBrowser(result.browser),
      targetTable([
        [
          'ask index, what one language needs (gzip, largest)',
          `≤ ${kb(TARGETS.askIndexGzipPerLanguage)}`,
          kb(largestLanguage(result)),
          verdict(passed.askIndex),
        ],
        [
          'engine.ask() in Node, p95 per answer',
          `≤ ${TARGETS.askNodeP95Ms} ms`,
          'error' in node ? '—' : fineMs(node.perAnswer.p95),
          'error' in node ? 'NOT MEASURED' : verdict(passed.askNodeP95),
        ],
        [
          'held-out set right, no refusal question answered',
          `≥ ${TARGETS.askHeldOutPercent} %, 0`,
          'error' in node
            ? '—'
            : `${node.accuracy.heldOut.overall.percent} %, ${node.accuracy.heldOut.refusalsAnswered}`,
          'error' in node ? 'NOT MEASURED' : verdict(passed.askHeldOut),
        ],
      ]),
    ];
  },
});
