/**
 * One cold page load as users get it: a new browser context (empty cache, no service worker), the
 * device's viewport and CPU, the site reached through a proxy (bench/lib/proxy.ts) that emulates
 * the network and counts every byte. Nothing touches a guide page for 5 s, or until a second after
 * its first widget became usable if that is later (the layout-shift window); then the widget's
 * control is clicked to prove it answers. The plain reference page is read once loaded.
 */
import { devices, type Browser, type BrowserContextOptions, type CDPSession, type Page } from '@playwright/test';
import { network } from '../../lib/browser.ts';
import { BenchError } from '../../lib/config.ts';
import { installRecorder, type Recorder } from '../../lib/page.ts';
import type { ThrottlingProxy, WireResponse } from '../../lib/proxy.ts';
import { ANY_CONTROL, cumulativeLayoutShift, installProbe, MARKED_CONTROL, type Probe, type Shift } from './probe.ts';

export interface Device {
  name: string;
  options: BrowserContextOptions;
  /** CPU slowdown applied through CDP's Emulation.setCPUThrottlingRate (1 = none). */
  cpuSlowdown: number;
}

export const PHONE: Device = { name: 'Pixel 7', options: { ...devices['Pixel 7'] }, cpuSlowdown: 4 };
export const DESKTOP: Device = {
  name: 'desktop 1400×1000',
  options: { viewport: { width: 1400, height: 1000 } },
  cpuSlowdown: 1,
};

/** The layout-shift window, from navigation start, with no input (longer when the widget is usable later). */
export const CLS_WINDOW_MS = 5000;
const AFTER_USABLE_MS = 1000;
/** The network counts as done once nothing crossed it for this long (the worker's fetches included). */
const QUIET_MS = 1000;
const TIMEOUT_MS = 30_000;

export interface LoadSample {
  downBytes: number;
  upBytes: number;
  connections: number;
  responses: WireResponse[];
  unreadBytes: number;
  firstPaintMs: number | null;
  firstContentfulPaintMs: number | null;
  /** Guide pages only (null on the plain reference page). */
  widgetUsableMs: number | null;
  /** `data-sandbox="ready"` on <html> (the whole sandbox started), when the page sets it. */
  sandboxReadyMs: number | null;
  cls: number;
  /** The end of the layout-shift window (ms from navigation start); 0 on the plain page (measured until load). */
  clsWindowMs: number;
  /** The three largest shifts in the window. */
  largestShifts: Shift[];
  /** The first widget's control was clicked after the window: did the widget show its next screen, and how soon. */
  click: { answered: boolean; ms: number | null } | null;
}

/**
 * Polls an expression in the page through CDP's Runtime.evaluate until `done` accepts its value.
 * Not Playwright's waitForFunction while the load is measured: that first injects Playwright's
 * selector engine into the page, ~250 ms of the phone's 4×-slowed main thread (a trace shows it
 * between the first paint and DOMContentLoaded), which the page's own figures then included.
 */
async function pollPage<T>(cdp: CDPSession, expression: string, done: (value: T) => boolean): Promise<T> {
  const deadline = performance.now() + TIMEOUT_MS;
  for (;;) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new BenchError(`${expression}: ${exceptionDetails.text}`);
    if (done(result.value as T)) return result.value as T;
    if (performance.now() > deadline)
      throw new BenchError(`${expression}: still ${String(result.value)} after ${TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/** Clicks the widget's marked control (and the first item of a menu it opens); resolves when the widget's screen changed. */
async function clickFirstControl(page: Page): Promise<{ answered: boolean; ms: number | null }> {
  const widget = page.locator('impact-sandbox').first();
  const screenText = () => widget.evaluate((element) => element.shadowRoot?.textContent ?? '');
  const before = await screenText();
  const started = performance.now();
  try {
    const marked = widget.locator(MARKED_CONTROL);
    await ((await marked.count()) ? marked : widget.locator(ANY_CONTROL)).first().click({ timeout: 10_000 });
    const menuItem = widget.getByRole('menuitem').first();
    await page.waitForFunction(
      ({ text }) => {
        const root = document.querySelector('impact-sandbox')?.shadowRoot;
        const menuOpen = [...(root?.querySelectorAll('*') ?? [])].some((element) =>
          element.shadowRoot?.querySelector('[role="menuitem"]'),
        );
        return (root?.textContent ?? '') !== text || menuOpen;
      },
      { text: before },
      { timeout: 10_000, polling: 25 },
    );
    if ((await screenText()) === before) await menuItem.click({ timeout: 10_000 });
    await page.waitForFunction(
      ({ text }) => (document.querySelector('impact-sandbox')?.shadowRoot?.textContent ?? '') !== text,
      { text: before },
      { timeout: 10_000, polling: 25 },
    );
    return { answered: true, ms: performance.now() - started };
  } catch {
    return { answered: false, ms: null };
  }
}

export async function loadSample(
  browser: Browser,
  proxy: ThrottlingProxy,
  path: string,
  device: Device,
  { guide, untilReady = false }: { guide: boolean; untilReady?: boolean },
): Promise<LoadSample> {
  const context = await browser.newContext({ ...device.options, serviceWorkers: 'allow' });
  try {
    // No route here (routing would slow every request down): Chromium resolves no host name at
    // all (launchChromium), and anything not on loopback is recorded as a failure of the bench.
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && !isLoopback(url)) {
        if (/(^|\.)impact\.com$/.test(url.hostname)) network.impactBlocked.push(url.href);
        else network.otherExternal.add(url.origin);
      }
    });
    context.on('page', (page) => page.on('pageerror', (error) => network.pageErrors.push(error.message)));
    await context.addInitScript(installRecorder);
    await context.addInitScript(installProbe, { marked: MARKED_CONTROL, any: ANY_CONTROL });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (device.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuSlowdown });
    proxy.resetCount();
    await page.goto(`${proxy.origin}${path}`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    let windowMs = 0;
    if (guide) {
      const usableAt = await pollPage<number | null>(
        cdp,
        'window.__benchProbe?.widgetUsableAt ?? null',
        (at) => at !== null,
      ).catch(() => {
        throw new BenchError(
          `${device.name}: the first widget on ${path} was not usable ${TIMEOUT_MS / 1000} s after loading`,
        );
      });
      // The layout-shift window: 5 s, and at least until a second after the widget could be used
      // (on a slow or busy machine the page is still drawing at 5 s).
      windowMs = Math.max(CLS_WINDOW_MS, (usableAt ?? 0) + AFTER_USABLE_MS);
      await pollPage<number>(cdp, 'performance.now()', (now) => now >= windowMs);
    } else {
      if (untilReady)
        await pollPage<number | null>(cdp, 'window.__bench?.readyAt ?? null', (at) => at !== null).catch(() => {
          throw new BenchError(
            `${device.name}: ${path} did not set data-sandbox="ready" ${TIMEOUT_MS / 1000} s after loading`,
          );
        });
      await page.waitForLoadState('load', { timeout: TIMEOUT_MS });
    }
    // Paint entries are reported once the frame is presented, which can trail the load on a busy machine.
    await page.waitForFunction(
      () => performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
      null,
      { timeout: TIMEOUT_MS, polling: 100 },
    );
    await proxy.waitQuiet(QUIET_MS, TIMEOUT_MS);
    const seen = await page.evaluate(() => {
      const paint = (name: string) =>
        performance.getEntriesByType('paint').find((entry) => entry.name === name)?.startTime ?? null;
      const probe = (window as unknown as { __benchProbe?: Probe }).__benchProbe;
      const recorder = (window as unknown as { __bench?: Recorder }).__bench;
      return {
        firstPaintMs: paint('first-paint'),
        firstContentfulPaintMs: paint('first-contentful-paint'),
        widgetUsableMs: probe?.widgetUsableAt ?? null,
        sandboxReadyMs: recorder?.readyAt ?? null,
        shifts: probe?.shifts ?? [],
      };
    });
    const wire = proxy.count();
    const windowShifts = guide ? seen.shifts.filter((shift) => shift.time <= windowMs) : seen.shifts;
    const sample: LoadSample = {
      downBytes: wire.downBytes,
      upBytes: wire.upBytes,
      connections: wire.connections,
      responses: [...wire.responses],
      unreadBytes: wire.unreadBytes,
      firstPaintMs: seen.firstPaintMs,
      firstContentfulPaintMs: seen.firstContentfulPaintMs,
      widgetUsableMs: guide ? seen.widgetUsableMs : null,
      sandboxReadyMs: seen.sandboxReadyMs,
      cls: cumulativeLayoutShift(windowShifts),
      clsWindowMs: windowMs,
      largestShifts: [...windowShifts].sort((a, b) => b.value - a.value).slice(0, 3),
      click: guide ? await clickFirstControl(page) : null,
    };
    return sample;
  } finally {
    await context.close();
  }
}
