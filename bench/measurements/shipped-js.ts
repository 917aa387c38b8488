/**
 * 3. JS shipped to the guide page of each locale (sizes read from dist/), split into "before the
 * sandbox is needed" and "sandbox" (+ the service worker script), measured on the lazy path: a
 * short phone screen with the page pushed down, then a scroll to the first widget. The page's
 * `modulepreload` links are taken out of its HTML for this (build/module-preloads.mjs adds them so
 * that the first screen's chunks come with the page on every screen; left in, every chunk would
 * count as "before"): the split is what each phase needs, and section 2 counts what is served.
 * Each page loads its own language's labels (a chunk per locale), so each locale is measured and
 * held to the targets.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from '@playwright/test';
import { TRANSLATED_LOCALES as LOCALES, type TranslatedLocale as Locale } from '../../src/contract/locale.ts';
import { GUIDE_PATHS } from '../../src/site.ts';
import { BenchError, DIST, progress, ROOT, sleep } from '../lib/config.ts';
import { newContext, PHONE_CONTEXT, VIEWPORTS } from '../lib/browser.ts';
import { distFileFor, scriptsInHtml } from '../lib/dist.ts';
import { kb, table, targetTable, verdict } from '../lib/format.ts';
import { defineMeasurement } from '../lib/measurement.ts';
import { openGuide, sandboxState, waitForSandbox } from '../lib/page.ts';
import { KB, sizesOf, sumSizes, type Sizes } from '../lib/sizes.ts';

const WIDGET_SELECTOR = 'impact-sandbox, impact-try-request, impact-sandbox-controls';
// Issue 15's goal for the whole sandbox: 60 KB gz (it was 90).
const TARGETS = { beforeSandboxGzip: 15 * KB, wholeSandboxGzip: 60 * KB };

export interface JsFile extends Sizes {
  url: string;
  file: string;
}

export interface JsReport {
  viewport: { width: number; height: number };
  /** top: y of the first widget in the harness; pushedBy: what the harness added (real y = top - pushedBy). */
  firstWidget: { tag: string; top: number; pushedBy: number } | null;
  /** False when the sandbox started loading before the scroll: the split is then meaningless. */
  splitValid: boolean;
  /** The modulepreload links taken out of the page's HTML for the split. */
  modulePreloadsRemoved: string[];
  stateBeforeScroll: string;
  before: { files: JsFile[]; inlineScripts: Sizes | null; total: Sizes };
  sandbox: { files: JsFile[]; total: Sizes };
  serviceWorker: JsFile & { observedRegistration: boolean };
  wholeSandbox: Sizes;
  htmlCrossCheck: {
    htmlScripts: string[];
    loadedButNotInHtml: string[];
    inHtmlButNotLoaded: string[];
    /** modulepreload links that neither phase loaded (a preload for nothing). */
    preloadedButNotUsed: string[];
    ok: boolean;
  };
  foreignJs: string[];
}

function jsFile(url: string): JsFile {
  const file = distFileFor(new URL(url));
  return { url: new URL(url).pathname, file: relative(ROOT, file), ...sizesOf(readFileSync(file)) };
}

async function measureShippedJs(browser: Browser, origin: string, guidePath: string): Promise<JsReport> {
  const guideFile = join(DIST, `.${guidePath}`, 'index.html');
  const context = await newContext(browser, { viewport: VIEWPORTS.jsSplit, ...PHONE_CONTEXT }, true);
  try {
    const page = await context.newPage();
    const loaded: string[] = [];
    const foreign: string[] = [];
    // What a service worker loads as code (its script, its importScripts), not what it fetches for the page.
    const workerCode = new Set<string>();
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (
        request.serviceWorker() &&
        request.resourceType() !== 'fetch' &&
        url.origin === origin &&
        /\.m?js$/.test(url.pathname)
      )
        workerCode.add(url.href);
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      const isJs =
        response.request().resourceType() === 'script' ||
        /\.m?js$/.test(url.pathname) ||
        /javascript|ecmascript/.test(response.headers()['content-type'] ?? '');
      if (!isJs) return;
      if (url.origin !== origin) foreign.push(url.href);
      else if (!loaded.includes(url.href)) loaded.push(url.href);
    });

    // The guide's HTML without its modulepreload links (see the top of this file).
    const modulePreloadsRemoved: string[] = [];
    await page.route(
      (url) => url.origin === origin && url.pathname === guidePath,
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, (link) => {
          modulePreloadsRemoved.push(link);
          return '';
        });
        const headers = { ...response.headers() };
        delete headers['content-encoding'];
        delete headers['content-length'];
        await route.fulfill({ status: response.status(), headers, body: html });
      },
    );
    await openGuide(page, origin, 'load', guidePath);
    await page.waitForLoadState('networkidle');
    await sleep(300);
    const firstWidget = await page.evaluate((selector) => {
      const element = document.querySelector(selector);
      const pushedBy = parseFloat(getComputedStyle(document.documentElement).paddingTop) || 0;
      return element
        ? { tag: element.localName, top: Math.round(element.getBoundingClientRect().top + window.scrollY), pushedBy }
        : null;
    }, WIDGET_SELECTOR);
    if (!firstWidget) throw new BenchError(`the guide page has no sandbox widget (${WIDGET_SELECTOR})`);
    const stateBeforeScroll = await sandboxState(page);
    const splitValid = stateBeforeScroll === 'waiting';
    if (!splitValid)
      progress(
        `WARNING: data-sandbox="${stateBeforeScroll}" before any scroll at ${VIEWPORTS.jsSplit.width}x${VIEWPORTS.jsSplit.height}: the sandbox loaded up front`,
      );
    const beforeUrls = [...loaded];

    await page.evaluate(
      (selector) => document.querySelector(selector)?.scrollIntoView({ block: 'start', behavior: 'instant' }),
      WIDGET_SELECTOR,
    );
    await waitForSandbox(page);
    await page.waitForLoadState('networkidle');
    await sleep(500);
    const sandboxUrls = loaded.filter((url) => !beforeUrls.includes(url));
    const registrations = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map(
        (registration) => (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL ?? '',
      ),
    );
    const workerUrl = registrations.find((url) => url.startsWith(origin));
    // The site's worker and whatever code it pulls in (importScripts): all of it counts.
    const mainWorker = workerUrl ?? `${origin}/sandbox-sw.js`;
    const workerParts = [mainWorker, ...[...workerCode].filter((url) => url !== mainWorker).sort()].map(jsFile);
    const serviceWorker = {
      ...sumSizes(workerParts),
      url: workerParts.map((part) => part.url).join(' + '),
      file: workerParts.map((part) => part.file).join(' + '),
      observedRegistration: Boolean(workerUrl),
    };

    const html = scriptsInHtml(readFileSync(guideFile, 'utf8'), `${origin}${guidePath}`);
    // The entry scripts must load before the scroll; the preloads were taken out (either phase may use them).
    const htmlScripts = [...new Set(html.external)];
    const beforeFiles = beforeUrls.map(jsFile);
    const inlineScripts = html.inline.length ? sizesOf(Buffer.from(html.inline.join('\n'))) : null;
    const sandboxFiles = sandboxUrls.filter((url) => url !== workerUrl).map(jsFile);
    const sandboxTotal = sumSizes(sandboxFiles);
    const pathOf = (url: string) => new URL(url).pathname;
    return {
      viewport: VIEWPORTS.jsSplit,
      firstWidget,
      splitValid,
      modulePreloadsRemoved,
      stateBeforeScroll,
      before: {
        files: beforeFiles,
        inlineScripts,
        total: sumSizes([...beforeFiles, ...(inlineScripts ? [inlineScripts] : [])]),
      },
      sandbox: { files: sandboxFiles, total: sandboxTotal },
      serviceWorker,
      wholeSandbox: sumSizes([sandboxTotal, serviceWorker]),
      htmlCrossCheck: {
        htmlScripts: htmlScripts.map(pathOf),
        loadedButNotInHtml: beforeUrls.filter((url) => !htmlScripts.includes(url)).map(pathOf),
        inHtmlButNotLoaded: htmlScripts.filter((url) => !beforeUrls.includes(url)).map(pathOf),
        preloadedButNotUsed: html.modulePreloads.filter((url) => !loaded.includes(url)).map(pathOf),
        ok:
          htmlScripts.every((url) => beforeUrls.includes(url)) &&
          html.modulePreloads.every((url) => loaded.includes(url)),
      },
      foreignJs: foreign,
    };
  } finally {
    await context.close();
  }
}

type JsReports = Record<Locale, JsReport>;

const verdictsOf = (js: JsReport) => ({
  beforeSandbox: js.splitValid && js.before.total.gzip <= TARGETS.beforeSandboxGzip,
  wholeSandbox: js.wholeSandbox.gzip <= TARGETS.wholeSandboxGzip,
});

function reportLocale(locale: Locale, js: JsReport): string[] {
  const out: string[] = [`${locale} guide (${GUIDE_PATHS[locale]}):`];
  const widget = js.firstWidget;
  if (widget) {
    const realTop = widget.top - widget.pushedBy;
    out.push(
      `Real layout: the first widget <${widget.tag}> is at y=${realTop}px, so boot (rootMargin 600px) loads the sandbox at page load on any screen ` +
        `taller than ${Math.max(0, realTop - 600)}px.`,
      `Split measured at ${js.viewport.width}x${js.viewport.height} with the page pushed ${widget.pushedBy}px down (harness), ` +
        `then scrolling to that widget; data-sandbox before the scroll: "${js.stateBeforeScroll}"${js.splitValid ? '' : '  ← WARNING: split invalid'}`,
      `The page's ${js.modulePreloadsRemoved.length} modulepreload links were taken out of its HTML for the split: served, they fetch the ` +
        `sandbox's chunks with the page on every screen (section 2 counts the bytes as served).`,
    );
  }
  const row = (phase: string, name: string, size: Sizes) => [
    phase,
    name,
    String(size.raw),
    kb(size.raw),
    kb(size.gzip),
    kb(size.brotli),
  ];
  const rows: string[][] = [];
  js.before.files.forEach((file) => rows.push(row('before sandbox', file.url, file)));
  if (js.before.inlineScripts) rows.push(row('before sandbox', '(inline <script> in HTML)', js.before.inlineScripts));
  rows.push(row('', 'total before sandbox', js.before.total));
  js.sandbox.files.forEach((file) => rows.push(row('sandbox', file.url, file)));
  rows.push(row('', 'total sandbox chunks', js.sandbox.total));
  rows.push(row('service worker script', js.serviceWorker.url, js.serviceWorker));
  rows.push(row('', 'whole sandbox (chunks + worker)', js.wholeSandbox));
  out.push(table(['phase', 'file', 'bytes', 'raw', 'gzip', 'brotli'], rows, [2, 3, 4, 5]));
  const check = js.htmlCrossCheck;
  out.push(
    `HTML cross-check: <script src> in HTML = [${check.htmlScripts.join(', ')}] → ${check.inHtmlButNotLoaded.length === 0 ? 'all loaded before scroll (OK)' : `NOT loaded before scroll: ${check.inHtmlButNotLoaded.join(', ')}`}` +
      (check.loadedButNotInHtml.length
        ? `; also loaded up front (imported, not in HTML): ${check.loadedButNotInHtml.join(', ')}`
        : '') +
      (check.preloadedButNotUsed.length
        ? `; modulepreload links that neither phase loaded: ${check.preloadedButNotUsed.join(', ')}`
        : '; every modulepreload link is loaded by one of the phases (OK)'),
  );
  if (!js.serviceWorker.observedRegistration)
    out.push('note: no service worker registration was observed; counted dist/sandbox-sw.js anyway');
  if (js.foreignJs.length) out.push(`cross-origin JS: ${js.foreignJs.join(', ')}`);
  return out;
}

export const shippedJs = defineMeasurement({
  name: 'js',
  title:
    'JS shipped to the guide pages, per chunk (the dist/ files compressed by the bench: gzip -9, brotli q11; 1 KB = 1024 B; as served: section 2)',
  targets: TARGETS,

  async runInBrowser({ browser, origin }): Promise<JsReports> {
    const reports = {} as JsReports;
    for (const locale of LOCALES) {
      progress(`measuring JS on the ${locale} guide (${origin})`);
      reports[locale] = await measureShippedJs(browser, origin, GUIDE_PATHS[locale]);
    }
    return reports;
  },

  // Every locale's page must meet each target.
  verdicts: (reports) => ({
    beforeSandbox: LOCALES.every((locale) => verdictsOf(reports[locale]).beforeSandbox),
    wholeSandbox: LOCALES.every((locale) => verdictsOf(reports[locale]).wholeSandbox),
  }),

  summary: (reports) => ({
    // The largest over the locales (what the targets judge), then each locale's own figures.
    beforeSandboxGzip: Math.max(...LOCALES.map((locale) => reports[locale].before.total.gzip)),
    wholeSandboxGzip: Math.max(...LOCALES.map((locale) => reports[locale].wholeSandbox.gzip)),
    ...Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        {
          beforeSandboxGzip: reports[locale].before.total.gzip,
          sandboxChunksGzip: reports[locale].sandbox.total.gzip,
          serviceWorkerGzip: reports[locale].serviceWorker.gzip,
          wholeSandboxGzip: reports[locale].wholeSandbox.gzip,
        },
      ]),
    ),
  }),

  report(reports) {
    const out = LOCALES.flatMap((locale) => reportLocale(locale, reports[locale]));
    out.push(
      targetTable(
        LOCALES.flatMap((locale) => {
          const js = reports[locale];
          const passed = verdictsOf(js);
          return [
            [
              `${locale}: JS before the sandbox is needed (gzip)`,
              `≤ ${kb(TARGETS.beforeSandboxGzip)}`,
              kb(js.before.total.gzip),
              verdict(passed.beforeSandbox),
            ],
            [
              `${locale}: whole sandbox: chunks + service worker (gzip)`,
              `≤ ${kb(TARGETS.wholeSandboxGzip)}`,
              kb(js.wholeSandbox.gzip),
              verdict(passed.wholeSandbox),
            ],
            [
              `${locale}:   (sandbox chunks alone, for reference)`,
              `≤ ${kb(TARGETS.wholeSandboxGzip)}`,
              kb(js.sandbox.total.gzip),
              verdict(js.sandbox.total.gzip <= TARGETS.wholeSandboxGzip),
            ],
          ];
        }),
      ),
    );
    return out;
  },
});
