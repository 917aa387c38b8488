/**
 * 2. The guide as users get it: served over HTTP by `npm start`'s server (server/serve.ts over
 * dist/), cold, on a phone on a slow network (Pixel 7, CPU 4× slower, 150 ms round trip,
 * 1.6 Mbps down / 750 kbps up through a throttling proxy, so the service worker's fetches are
 * throttled and counted too) and on an unthrottled desktop; bytes on the wire with their headers
 * and Content-Encoding, first paint, first widget usable, the sandbox ready, and layout shift (5 s,
 * no input). Side by side: the same prose as a plain Astro page (bench/lib/reference-site.ts),
 * served the same way through the same network, and that page with an empty service worker (the
 * worker floor: the soonest any sandbox in a worker can be ready here). Loads are interleaved;
 * medians are reported.
 */
import { execFileSync } from 'node:child_process';
import { TRANSLATED_LOCALES as LOCALES, type TranslatedLocale as Locale } from '../../src/contract/locale.ts';
import { GUIDE_PATHS } from '../../src/site.ts';
import { progress } from '../lib/config.ts';
import { defineMeasurement } from '../lib/measurement.ts';
import { proxySelfTest, startThrottlingProxy, type ThrottlingProxy } from '../lib/proxy.ts';
import { buildReferenceSite, FLOOR_PATHS, REFERENCE_PATHS, type ReferenceSite } from '../lib/reference-site.ts';
import { startServer } from '../lib/server.ts';
import { createNetwork, SLOW_PHONE_NETWORK, UNTHROTTLED } from '../lib/throttle.ts';
import {
  AS_SERVED_TARGETS,
  desktopReady,
  medianOf,
  type AsServed,
  type GuideRuns,
  type PageRuns,
} from './as-served/figures.ts';
import { reportAsServed } from './as-served/report.ts';
import { DESKTOP, loadSample, PHONE } from './as-served/sample.ts';

function commitOf(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim().slice(0, 80);
  } catch {
    return '(not a git checkout)';
  }
}

export const asServed = defineMeasurement({
  name: 'asServed',
  title: ({ options }) =>
    `As users get it: the guide over HTTP from npm start's server, cold, median of ${options.profileRuns}`,
  targets: AS_SERVED_TARGETS,

  async run(): Promise<ReferenceSite> {
    progress('building the reference: the guide prose as a plain Astro page');
    const reference = await buildReferenceSite();
    process.once('exit', () => reference.remove());
    return reference;
  },

  async runInBrowser({ browser, origin, options }, reference): Promise<AsServed> {
    const sitePort = Number(new URL(origin).port);
    const stoppers: (() => Promise<void>)[] = [];
    try {
      const referenceServer = await startServer(sitePort + 1, { distDir: reference.dist, strictPort: false });
      stoppers.push(referenceServer.stop);
      // One phone network for the guide and the reference alike (as one radio would be).
      const phoneNetwork = createNetwork(SLOW_PHONE_NETWORK);
      const proxy = async (upstreamPort: number, network = phoneNetwork, offset = 0): Promise<ThrottlingProxy> => {
        const started = await startThrottlingProxy({ upstreamPort, network, preferredPort: sitePort + 2 + offset });
        stoppers.push(started.stop);
        return started;
      };
      const phoneSite = await proxy(sitePort, phoneNetwork, 0);
      const desktopSite = await proxy(sitePort, createNetwork(UNTHROTTLED), 1);
      const phoneReference = await proxy(referenceServer.port, phoneNetwork, 2);
      const desktopReference = await proxy(referenceServer.port, createNetwork(UNTHROTTLED), 3);
      await proxySelfTest(desktopSite, GUIDE_PATHS.en);
      await proxySelfTest(phoneReference, REFERENCE_PATHS.en);

      // --against: the other checkout's own server and dist/, through the same networks.
      const against = options.against
        ? await (async () => {
            const server = await startServer(sitePort + 5, { root: options.against, strictPort: false });
            stoppers.push(server.stop);
            return {
              phone: await proxy(server.port, phoneNetwork, 4),
              desktop: await proxy(server.port, createNetwork(UNTHROTTLED), 5),
              locales: Object.fromEntries(
                LOCALES.map((locale) => [locale, { phone: [], desktop: [] } as GuideRuns]),
              ) as Record<Locale, GuideRuns>,
            };
          })()
        : undefined;

      // Chromium's first page costs more than the rest: one load of the plain page, not counted.
      await loadSample(browser, phoneReference, REFERENCE_PATHS.en, PHONE, { guide: false });
      const locales = Object.fromEntries(
        LOCALES.map((locale) => [
          locale,
          {
            phone: [],
            desktop: [],
            reference: [],
            referenceDesktop: [],
            floor: { phone: [], desktop: [] },
          } as PageRuns,
        ]),
      ) as Record<Locale, PageRuns>;
      for (let run = 1; run <= options.profileRuns; run++) {
        for (const locale of [...LOCALES].sort()) {
          progress(
            `as served, ${locale}: run ${run}/${options.profileRuns} (phone, plain page, desktop, worker floor)`,
          );
          const runs = locales[locale];
          const loadOther = async () => {
            if (!against) return;
            const other = against.locales[locale];
            other.phone.push(await loadSample(browser, against.phone, GUIDE_PATHS[locale], PHONE, { guide: true }));
            other.desktop.push(
              await loadSample(browser, against.desktop, GUIDE_PATHS[locale], DESKTOP, { guide: true }),
            );
          };
          // The checkout loaded first in a run measured about 5 % slower on the phone, whichever it
          // was: the two take turns at going first.
          if (run % 2 === 0) await loadOther();
          runs.phone.push(await loadSample(browser, phoneSite, GUIDE_PATHS[locale], PHONE, { guide: true }));
          runs.reference.push(
            await loadSample(browser, phoneReference, REFERENCE_PATHS[locale], PHONE, { guide: false }),
          );
          runs.desktop.push(await loadSample(browser, desktopSite, GUIDE_PATHS[locale], DESKTOP, { guide: true }));
          runs.referenceDesktop.push(
            await loadSample(browser, desktopReference, REFERENCE_PATHS[locale], DESKTOP, { guide: false }),
          );
          const floor = { guide: false, untilReady: true };
          runs.floor.phone.push(await loadSample(browser, phoneReference, FLOOR_PATHS[locale], PHONE, floor));
          runs.floor.desktop.push(await loadSample(browser, desktopReference, FLOOR_PATHS[locale], DESKTOP, floor));
          if (run % 2 === 1) await loadOther();
        }
      }
      return {
        runs: options.profileRuns,
        network: SLOW_PHONE_NETWORK,
        phone: { device: PHONE.name, viewport: PHONE.options.viewport, cpuSlowdown: PHONE.cpuSlowdown },
        desktop: { device: DESKTOP.name, viewport: DESKTOP.options.viewport },
        guidePaths: GUIDE_PATHS,
        reference: { paths: REFERENCE_PATHS, buildMs: reference.buildMs, precompressed: reference.precompressed },
        locales,
        against:
          against && options.against
            ? { root: options.against, commit: commitOf(options.against), locales: against.locales }
            : undefined,
      };
    } finally {
      for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
      reference.remove();
    }
  },

  verdicts: ({ locales }) => {
    const en = locales.en;
    return {
      asServedWireKb:
        (medianOf(en.phone, (sample) => sample.downBytes) ?? Infinity) / 1024 <= AS_SERVED_TARGETS.asServedWireKb,
      firstWidgetUsableMs:
        (medianOf(en.phone, (sample) => sample.widgetUsableMs) ?? Infinity) <= AS_SERVED_TARGETS.firstWidgetUsableMs,
      desktopColdReadyMs: (medianOf(en.desktop, desktopReady) ?? Infinity) <= AS_SERVED_TARGETS.desktopColdReadyMs,
      layoutShiftMax: LOCALES.every((locale) =>
        (['phone', 'desktop'] as const).every(
          (width) =>
            (medianOf(locales[locale][width], (sample) => sample.cls) ?? 0) <= AS_SERVED_TARGETS.layoutShiftMax,
        ),
      ),
    };
  },

  summary: ({ locales }) => ({
    asServed: Object.fromEntries(
      [...LOCALES].sort().map((locale) => {
        const { phone, desktop, reference, referenceDesktop, floor } = locales[locale];
        const kb = (bytes: number | null) => (bytes === null ? null : Math.round((bytes / 1024) * 10) / 10);
        const round = (value: number | null, digits = 0) =>
          value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
        const wire = medianOf(phone, (sample) => sample.downBytes);
        const referenceWire = medianOf(reference, (sample) => sample.downBytes);
        const paint = medianOf(phone, (sample) => sample.firstContentfulPaintMs);
        const referencePaint = medianOf(reference, (sample) => sample.firstContentfulPaintMs);
        return [
          locale,
          {
            phoneWireKb: kb(wire),
            desktopWireKb: kb(medianOf(desktop, (sample) => sample.downBytes)),
            phoneFirstContentfulPaintMs: round(paint),
            phoneWidgetUsableMs: round(medianOf(phone, (sample) => sample.widgetUsableMs)),
            phoneSandboxReadyMs: round(medianOf(phone, (sample) => sample.sandboxReadyMs)),
            desktopReadyMs: round(medianOf(desktop, desktopReady)),
            phoneCls: round(
              medianOf(phone, (sample) => sample.cls),
              3,
            ),
            desktopCls: round(
              medianOf(desktop, (sample) => sample.cls),
              3,
            ),
            referenceWireKb: kb(referenceWire),
            wireRatio: wire && referenceWire ? round(wire / referenceWire, 2) : null,
            firstPaintRatio: paint && referencePaint ? round(paint / referencePaint, 2) : null,
            referenceDesktopFirstContentfulPaintMs: round(
              medianOf(referenceDesktop, (sample) => sample.firstContentfulPaintMs),
            ),
            floorPhoneReadyMs: round(medianOf(floor.phone, (sample) => sample.sandboxReadyMs)),
            floorDesktopReadyMs: round(medianOf(floor.desktop, (sample) => sample.sandboxReadyMs)),
          },
        ];
      }),
    ),
  }),

  report: reportAsServed,
});
