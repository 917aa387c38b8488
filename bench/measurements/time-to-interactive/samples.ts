/** One timed page load (desktop) or scroll (phone), and the cold/warm pairs they are run in. */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { BenchError, progress } from '../../lib/config.ts';
import { newContext, VIEWPORTS } from '../../lib/browser.ts';
import { openGuide, READY_TIMEOUT_MS, sandboxState, waitForSandbox, type Recorder } from '../../lib/page.ts';

export interface DesktopSample {
  readyMs: number;
  jsLoadedMs: number | null;
  firstApiRequestMs: number | null;
  controlledByWorker: boolean;
}

export async function desktopSample(page: Page, origin: string): Promise<DesktopSample> {
  await openGuide(page, origin, 'commit');
  await waitForSandbox(page);
  return page.evaluate(() => {
    const recorder = (window as unknown as { __bench?: Recorder }).__bench;
    if (!recorder || recorder.readyAt === null) throw new Error('no ready timestamp recorded');
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const js = resources.filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname));
    const api = resources.filter((entry) => new URL(entry.name).pathname.startsWith('/api/sandbox'));
    return {
      readyMs: recorder.readyAt,
      jsLoadedMs: js.length ? Math.max(...js.map((entry) => entry.responseEnd)) : null,
      firstApiRequestMs: api.length ? Math.min(...api.map((entry) => entry.startTime)) : null,
      controlledByWorker: recorder.controlledAtStart,
    };
  });
}

export interface PhoneSample {
  readyMs: number;
  jsLoadedMs: number | null;
  sandboxReadyMs: number | null;
  controlledByWorker: boolean;
  /** data-sandbox when the scroll happened ("waiting" = the lazy path was measured). */
  stateAtScroll: string;
}

/** Load, wait for network idle, scroll the first impact-sandbox into view, time until it is ready. */
export async function phoneSample(page: Page, origin: string, lazy: boolean): Promise<PhoneSample> {
  await openGuide(page, origin, 'load');
  await page.waitForLoadState('networkidle');
  const stateAtScroll = await sandboxState(page);
  if (lazy && stateAtScroll !== 'waiting')
    throw new BenchError(
      `phone ${VIEWPORTS.phone.width}x${VIEWPORTS.phone.height}: data-sandbox="${stateAtScroll}" before the scroll even with the page pushed down: the lazy path cannot be measured`,
    );
  const sample = await page.evaluate(
    async ({ timeoutMs }) => {
      const element = document.querySelector('impact-sandbox');
      if (!element) throw new Error('no impact-sandbox on the page');
      const recorder = (window as unknown as { __bench?: Recorder }).__bench;
      const controlledByWorker = recorder?.controlledAtStart ?? false;
      const scrolledAt = performance.now();
      element.scrollIntoView({ block: 'start', behavior: 'instant' });
      const readyAt = await new Promise<number>((done, fail) => {
        const observers: MutationObserver[] = [];
        let finished = false;
        const finish = (outcome: () => void) => {
          if (finished) return;
          finished = true;
          clearInterval(poll);
          clearTimeout(timer);
          observers.forEach((observer) => observer.disconnect());
          outcome();
        };
        const check = () => {
          if (element.shadowRoot?.querySelector('[data-ready]')) {
            const now = performance.now();
            finish(() => done(now));
          } else if (document.documentElement.dataset.sandbox === 'failed')
            finish(() => fail(new Error('sandbox failed to start')));
        };
        void customElements.whenDefined(element.localName).then(() => {
          if (!element.shadowRoot) return;
          const observer = new MutationObserver(check);
          observer.observe(element.shadowRoot, { subtree: true, childList: true, attributes: true });
          observers.push(observer);
          check();
        });
        const poll = setInterval(check, 16);
        const timer = setTimeout(
          () => finish(() => fail(new Error(`impact-sandbox not ready ${timeoutMs} ms after scrolling`))),
          timeoutMs,
        );
        check();
      });
      const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (entry) => entry.startTime >= scrolledAt && /\.m?js$/.test(new URL(entry.name).pathname),
      );
      return {
        readyMs: readyAt - scrolledAt,
        jsLoadedMs: js.length ? Math.max(...js.map((entry) => entry.responseEnd)) - scrolledAt : null,
        sandboxReadyMs: recorder?.readyAt != null ? recorder.readyAt - scrolledAt : null,
        controlledByWorker,
      };
    },
    { timeoutMs: READY_TIMEOUT_MS },
  );
  return { ...sample, stateAtScroll };
}

export interface TimingScenario<T> {
  cold: T[];
  warm: T[];
}

/** `runs` fresh contexts, each timing a cold page (no worker yet) and then a warm one (worker controlling). */
export async function timeScenario<T extends { controlledByWorker: boolean }>(
  label: string,
  browser: Browser,
  options: BrowserContextOptions,
  runs: number,
  sample: (page: Page) => Promise<T>,
  pushDown = false,
): Promise<TimingScenario<T>> {
  const result: TimingScenario<T> = { cold: [], warm: [] };
  for (let run = 1; run <= runs; run++) {
    progress(`${label}: run ${run}/${runs}`);
    const context = await newContext(browser, options, pushDown);
    try {
      const page = await context.newPage();
      const cold = await sample(page);
      const warm = await sample(page);
      if (cold.controlledByWorker)
        throw new BenchError(`${label}: the "cold" page was already controlled by a service worker`);
      if (!warm.controlledByWorker)
        throw new BenchError(`${label}: the "warm" page was not controlled by the service worker`);
      result.cold.push(cold);
      result.warm.push(warm);
    } finally {
      await context.close();
    }
  }
  return result;
}
