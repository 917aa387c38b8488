/**
 * `?ask=` in Chromium, answered by the site's service worker: the first question (index load
 * included), a warm one, and two navigations to `<page>.md?ask=` URLs (the markdown reply; a
 * browser opening `<page>?ask=` gets the page itself, which answers in its ask box).
 */
import type { Browser } from '@playwright/test';
import { ASK_INDEX_URL } from '../../../src/contract/index.ts';
import { BenchError, GUIDE_PATH, progress } from '../../lib/config.ts';
import { newContext, VIEWPORTS } from '../../lib/browser.ts';
import { fineMs, table } from '../../lib/format.ts';
import { openGuide, waitForSandbox } from '../../lib/page.ts';
import { nonNull, stats } from '../../lib/stats.ts';

/**
 * cold: the first question in a fresh context; warm: a second one. navigation: a `.md?ask=` page load, the first English
 * question the worker answers; navigationAgain: a second English one (the navigation itself, the engine warm).
 */
const ASK_BROWSER_QUESTIONS = {
  cold: '如何启用旧版令牌？',
  warm: '如何重置只读令牌？',
  navigation: 'What is a legacy token?',
  navigationAgain: 'How do I reset the read-only token?',
};

export interface AskNavigation {
  /** page.goto → response (waitUntil: commit), measured in Node. */
  gotoMs: number;
  /** The page's Navigation Timing: startTime → responseStart (the worker's answer starts) and → responseEnd. */
  responseStartMs: number | null;
  responseEndMs: number | null;
}

export interface AskBrowserSample {
  /** fetch(`<guide>.md?ask=…`) → JSON parsed, the first question in a fresh context (the worker loads the index). */
  coldMs: number;
  /** The same for a second, different question. */
  warmMs: number;
  /** page.goto(`<guide>.md?ask=…`) → response committed, measured in Node; the first English question in this worker. */
  navigation: AskNavigation;
  /** The same for a second English question (the engine warm). */
  navigationAgain: AskNavigation;
  /** Requests the service worker made for /ask-index.json before / during the first question. */
  indexRequestsBefore: number;
  indexRequestsDuring: number;
}

export interface AskBrowserReport {
  questions: typeof ASK_BROWSER_QUESTIONS;
  controller: string;
  samples: AskBrowserSample[];
}

async function askBrowserSample(browser: Browser, origin: string): Promise<AskBrowserSample & { controller: string }> {
  const context = await newContext(browser, { viewport: VIEWPORTS.desktop });
  try {
    let indexRequests = 0;
    context.on('request', (request) => {
      if (new URL(request.url()).pathname === ASK_INDEX_URL) indexRequests++;
    });
    const page = await context.newPage();
    await openGuide(page, origin, 'commit');
    await waitForSandbox(page);
    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
    if (!controller) throw new BenchError('ask: data-sandbox="ready" but no service worker controls the page');

    const askInPage = async (question: string) => {
      const result = await page.evaluate(
        async (url) => {
          const t0 = performance.now();
          const response = await fetch(url, { headers: { Accept: 'application/json' } });
          const reply = (await response.json()) as { answered?: boolean };
          const t1 = performance.now();
          return {
            ms: t1 - t0,
            status: response.status,
            servedBy: response.headers.get('X-Served-By'),
            answered: reply.answered === true,
          };
        },
        `${GUIDE_PATH}.md?ask=${encodeURIComponent(question)}`,
      );
      if (result.servedBy !== 'service-worker')
        throw new BenchError(
          `ask: "${question}" was not answered by the service worker (X-Served-By: ${result.servedBy ?? 'absent'}, HTTP ${result.status})`,
        );
      if (result.status !== 200) throw new BenchError(`ask: "${question}" got HTTP ${result.status}`);
      if (!result.answered) progress(`WARNING: ask: the browser reply to "${question}" has answered=false`);
      return result.ms;
    };
    const indexRequestsBefore = indexRequests;
    const coldMs = await askInPage(ASK_BROWSER_QUESTIONS.cold);
    const indexRequestsDuring = indexRequests - indexRequestsBefore;
    const warmMs = await askInPage(ASK_BROWSER_QUESTIONS.warm);

    const navigate = async (question: string): Promise<AskNavigation> => {
      const before = performance.now();
      const response = await page.goto(`${origin}${GUIDE_PATH}.md?ask=${encodeURIComponent(question)}`, {
        waitUntil: 'commit',
      });
      const gotoMs = performance.now() - before;
      if (!response) throw new BenchError(`ask: the navigation to .md?ask=${question} got no response`);
      const servedBy = (await response.allHeaders())['x-served-by'];
      if (!response.fromServiceWorker() || servedBy !== 'service-worker')
        throw new BenchError(
          `ask: the navigation to .md?ask=${question} was not answered by the service worker (fromServiceWorker ${response.fromServiceWorker()}, X-Served-By: ${servedBy ?? 'absent'})`,
        );
      if (response.status() !== 200)
        throw new BenchError(`ask: the navigation to .md?ask=${question} got HTTP ${response.status()}`);
      await page.waitForLoadState('load');
      const timing = await page.evaluate(() => {
        const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return entry
          ? {
              responseStartMs: entry.responseStart - entry.startTime,
              responseEndMs: entry.responseEnd - entry.startTime,
            }
          : null;
      });
      return { gotoMs, responseStartMs: timing?.responseStartMs ?? null, responseEndMs: timing?.responseEndMs ?? null };
    };
    const navigation = await navigate(ASK_BROWSER_QUESTIONS.navigation);
    const navigationAgain = await navigate(ASK_BROWSER_QUESTIONS.navigationAgain);
    return { coldMs, warmMs, navigation, navigationAgain, indexRequestsBefore, indexRequestsDuring, controller };
  } finally {
    await context.close();
  }
}

export async function measureAskInBrowser(browser: Browser, origin: string, runs: number): Promise<AskBrowserReport> {
  const samples: AskBrowserSample[] = [];
  let controller = '';
  for (let run = 1; run <= runs; run++) {
    progress(`ask in the browser: run ${run}/${runs}`);
    const { controller: scriptUrl, ...sample } = await askBrowserSample(browser, origin);
    controller = new URL(scriptUrl).pathname;
    if (sample.indexRequestsBefore > 0)
      progress(
        `WARNING: ask: ${ASK_INDEX_URL} was requested before the first question: the "first question" time does not include the index load`,
      );
    samples.push(sample);
  }
  return { questions: ASK_BROWSER_QUESTIONS, controller, samples };
}

export function reportAskInBrowser({ samples, controller, questions }: AskBrowserReport): string[] {
  const row = (name: string, values: number[]) => {
    if (values.length === 0) return [name, '—', '—', '—'];
    const summary = stats(values);
    return [name, fineMs(summary.median), fineMs(summary.min), fineMs(summary.max)];
  };
  const navigationRows = (key: 'navigation' | 'navigationAgain', name: string) => [
    row(
      `${name}: page.goto → response`,
      samples.map((sample) => sample[key].gotoMs),
    ),
    row('  Navigation Timing: start → responseStart', nonNull(samples.map((sample) => sample[key].responseStartMs))),
    row('  Navigation Timing: start → responseEnd', nonNull(samples.map((sample) => sample[key].responseEndMs))),
  ];
  const indexLoads = samples.map((sample) => sample.indexRequestsDuring);
  const preloaded = samples.filter((sample) => sample.indexRequestsBefore > 0).length;
  return [
    '',
    `Chromium (${samples.length} fresh contexts; desktop page, data-sandbox=ready, answered by ${controller} — X-Served-By: service-worker checked):`,
    table(
      ['in the page', 'median', 'min', 'max'],
      [
        row(
          'first question, incl. index load: fetch .md?ask= → JSON',
          samples.map((sample) => sample.coldMs),
        ),
        row(
          'next question (warm): fetch .md?ask= → JSON',
          samples.map((sample) => sample.warmMs),
        ),
        ...navigationRows('navigation', 'navigation to .md?ask= (1st English question)'),
        ...navigationRows('navigationAgain', 'next navigation to .md?ask= (English)'),
      ],
      [1, 2, 3],
    ),
    `questions: first "${questions.cold}", next "${questions.warm}"; navigations "${questions.navigation}", then "${questions.navigationAgain}".`,
    "first question = fetch → worker: /ask-index.json fetched (no HTTP cache: the bench's route) and parsed, createAskEngine, first answer (cold JIT) → JSON in the page.",
    'The first navigation in a worker is slower than the next (code paths run for the first time): compare the two navigations.',
    `${ASK_INDEX_URL} requests seen during the first question: ${indexLoads.join(', ')}` +
      (preloaded
        ? `  ← WARNING: requested before the first question in ${preloaded} run(s), so "first question" did not include it`
        : ' (none before it)'),
  ];
}
