/**
 * 5. Time until the sandbox is interactive in headless Chromium, unthrottled on loopback: desktop
 * (navigation → ready) and phone (scroll into view → first widget ready, on the lazy path), each
 * cold (fresh context) and warm (same context, worker installed). The phone as users get it (slow
 * network, slow CPU, the page as laid out) is section 2 (as-served.ts).
 */
import { PHONE_CONTEXT, VIEWPORTS } from '../lib/browser.ts';
import { ms, table, verdict } from '../lib/format.ts';
import { defineMeasurement } from '../lib/measurement.ts';
import { PUSH_DOWN_PX } from '../lib/page.ts';
import { median, nonNull, stats } from '../lib/stats.ts';
import {
  desktopSample,
  phoneSample,
  timeScenario,
  type DesktopSample,
  type PhoneSample,
  type TimingScenario,
} from './time-to-interactive/samples.ts';

const TARGETS = { phoneScrollToReadyMs: 300 };

export interface Timing {
  desktop: TimingScenario<DesktopSample>;
  phone: TimingScenario<PhoneSample>;
}

const readyMs = (samples: { readyMs: number }[]) => samples.map((sample) => sample.readyMs);

export const timeToInteractive = defineMeasurement({
  name: 'timing',
  title: ({ environment, options }) =>
    `Time until the sandbox is interactive, unthrottled on loopback (headless Chromium ${environment.chromium}, median of ${options.timingRuns})`,
  targets: TARGETS,

  async runInBrowser({ browser, origin, options }): Promise<Timing> {
    const runs = options.timingRuns;
    const desktop = await timeScenario('desktop', browser, { viewport: VIEWPORTS.desktop }, runs, (page) =>
      desktopSample(page, origin),
    );
    const phoneContext = { viewport: VIEWPORTS.phone, ...PHONE_CONTEXT };
    const phone = await timeScenario(
      'phone lazy path',
      browser,
      phoneContext,
      runs,
      (page) => phoneSample(page, origin, true),
      true,
    );
    return { desktop, phone };
  },

  verdicts: ({ phone }) => ({
    phoneCold: median(readyMs(phone.cold)) <= TARGETS.phoneScrollToReadyMs,
    phoneWarm: median(readyMs(phone.warm)) <= TARGETS.phoneScrollToReadyMs,
  }),

  summary: ({ desktop, phone }) => ({
    desktopColdReadyMs: stats(readyMs(desktop.cold)),
    desktopWarmReadyMs: stats(readyMs(desktop.warm)),
    phoneColdScrollToReadyMs: stats(readyMs(phone.cold)),
    phoneWarmScrollToReadyMs: stats(readyMs(phone.warm)),
  }),

  report({ desktop, phone }) {
    const row = (name: string, values: number[], limit?: number) => {
      if (values.length === 0) return [name, '—', '—', '—', '', ''];
      const summary = stats(values);
      return [
        name,
        ms(summary.min),
        ms(summary.median),
        ms(summary.max),
        limit === undefined ? '' : `≤ ${limit} ms`,
        limit === undefined ? '' : verdict(summary.median <= limit),
      ];
    };
    const limit = TARGETS.phoneScrollToReadyMs;
    return [
      table(
        ['scenario', 'min', 'median', 'max', 'target', 'result'],
        [
          row('desktop 1400x1000 cold: navigation → data-sandbox=ready', readyMs(desktop.cold)),
          row('  of which: sandbox JS loaded', nonNull(desktop.cold.map((s) => s.jsLoadedMs))),
          row(
            '  of which: first /api/sandbox request (worker started)',
            nonNull(desktop.cold.map((s) => s.firstApiRequestMs)),
          ),
          row('desktop 1400x1000 warm (worker installed): navigation → ready', readyMs(desktop.warm)),
          row('phone 390x800 lazy path, cold: scroll → widget [data-ready]', readyMs(phone.cold), limit),
          row('  of which: JS fetched after the scroll', nonNull(phone.cold.map((s) => s.jsLoadedMs))),
          row('phone 390x800 lazy path, warm: scroll → widget [data-ready]', readyMs(phone.warm), limit),
        ],
        [1, 2, 3],
      ),
      'cold = fresh browser context (no service worker, empty storage); warm = next navigation to the guide from the cold page, same tab (worker installed and controlling).',
      `lazy path = page pushed ${PUSH_DOWN_PX}px down so the sandbox does not start before the scroll (what a widget far down a page costs); the target applies to it. Its JS is fetched with the page all the same (modulepreload in <head> on every page with a widget: build/module-preloads.mjs), so "—" = nothing left to fetch at the scroll.`,
      'On the real layout the first widget is near the top, so the sandbox loads with the page: section 2 times that, on a throttled phone.',
      "Every context has a route installed (impact.com block), which disables Chromium's HTTP cache: warm runs re-fetch JS from localhost.",
    ];
  },
});
