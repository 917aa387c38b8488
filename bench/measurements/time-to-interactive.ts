/**
 * 4. Time until the sandbox is interactive in headless Chromium: desktop (navigation → ready)
 * and phone (scroll into view → first widget ready, on the lazy path and on the real layout),
 * each cold (fresh context) and warm (same context, worker installed).
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
  phoneRealLayout: TimingScenario<PhoneSample>;
}

const readyMs = (samples: { readyMs: number }[]) => samples.map((sample) => sample.readyMs);
const statesAtScroll = ({ cold, warm }: TimingScenario<PhoneSample>) => [
  ...new Set([...cold, ...warm].map((sample) => sample.stateAtScroll)),
];

export const timeToInteractive = defineMeasurement({
  name: 'timing',
  title: ({ environment, options }) =>
    `Time until the sandbox is interactive (headless Chromium ${environment.chromium}, median of ${options.timingRuns})`,
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
    const phoneRealLayout = await timeScenario('phone real layout', browser, phoneContext, runs, (page) =>
      phoneSample(page, origin, false),
    );
    return { desktop, phone, phoneRealLayout };
  },

  verdicts: ({ phone }) => ({
    phoneCold: median(readyMs(phone.cold)) <= TARGETS.phoneScrollToReadyMs,
    phoneWarm: median(readyMs(phone.warm)) <= TARGETS.phoneScrollToReadyMs,
  }),

  summary: ({ desktop, phone, phoneRealLayout }) => ({
    desktopColdReadyMs: stats(readyMs(desktop.cold)),
    desktopWarmReadyMs: stats(readyMs(desktop.warm)),
    phoneColdScrollToReadyMs: stats(readyMs(phone.cold)),
    phoneWarmScrollToReadyMs: stats(readyMs(phone.warm)),
    phoneRealLayoutColdScrollToReadyMs: stats(readyMs(phoneRealLayout.cold)),
    phoneRealLayoutStatesAtScroll: statesAtScroll(phoneRealLayout),
  }),

  report({ desktop, phone, phoneRealLayout }) {
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
          row('  of which: sandbox JS loaded', nonNull(phone.cold.map((s) => s.jsLoadedMs))),
          row('phone 390x800 lazy path, warm: scroll → widget [data-ready]', readyMs(phone.warm), limit),
          row('phone 390x800 real layout, cold: scroll → widget [data-ready]', readyMs(phoneRealLayout.cold)),
          row('phone 390x800 real layout, warm: scroll → widget [data-ready]', readyMs(phoneRealLayout.warm)),
        ],
        [1, 2, 3],
      ),
      'cold = fresh browser context (no service worker, empty storage); warm = next navigation to the guide from the cold page, same tab (worker installed and controlling).',
      `lazy path = page pushed ${PUSH_DOWN_PX}px down so nothing loads before the scroll (what a widget far down a page costs); the target applies to it.`,
      `real layout = the page as shipped: data-sandbox at scroll time was ${statesAtScroll(phoneRealLayout)
        .map((state) => `"${state}"`)
        .join('/')} (the sandbox had already loaded during page load).`,
      "Every context has a route installed (impact.com block), which disables Chromium's HTTP cache: warm runs re-fetch JS from localhost.",
    ];
  },
});
