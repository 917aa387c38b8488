/**
 * Headless Chromium for the measurements: every context blocks impact.com hosts (and counts what
 * was blocked), records when the sandbox starts, and may push the page down (lazy path).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { fullChromiumLaunchOptions as chromiumLaunchOptions } from '../../tests/chromium.ts';
import { BenchError } from './config.ts';
import { installRecorder, pushContentDown, PUSH_DOWN_PX } from './page.ts';

export const VIEWPORTS = {
  /** Short phone screen for the JS split: the first widget must be > 600 px (rootMargin) below the fold. */
  jsSplit: { width: 390, height: 600 },
  desktop: { width: 1400, height: 1000 },
  phone: { width: 390, height: 800 },
};
export const PHONE_CONTEXT: BrowserContextOptions = { isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

export const network = {
  /** Requests for impact.com hosts made by the site: blocked, and should stay at 0. */
  impactBlocked: [] as string[],
  /** The bench's own probe proving the block works. */
  probeBlocked: 0,
  otherExternal: new Set<string>(),
  pageErrors: [] as string[],
};
const PROBE_URL = 'https://www.impact.com/__bench_route_probe';

function isImpactHost(hostname: string): boolean {
  return hostname === 'impact.com' || hostname.endsWith('.impact.com');
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...chromiumLaunchOptions,
    // Second line of defence behind the route: no host name resolves (the bench only uses 127.0.0.1).
    args: [...chromiumLaunchOptions.args, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

export async function newContext(
  browser: Browser,
  options: BrowserContextOptions,
  pushDown = false,
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, serviceWorkers: 'allow' });
  // Note: any route disables Chromium's HTTP cache for the context (applies to all runs alike).
  await context.route(
    (url) => isImpactHost(url.hostname),
    async (route) => {
      const url = route.request().url();
      if (url === PROBE_URL) network.probeBlocked++;
      else network.impactBlocked.push(url);
      await route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (
      /^https?:$/.test(url.protocol) &&
      url.hostname !== '127.0.0.1' &&
      url.hostname !== 'localhost' &&
      !isImpactHost(url.hostname)
    )
      network.otherExternal.add(url.origin);
  });
  context.on('page', (page) => page.on('pageerror', (error) => network.pageErrors.push(error.message)));
  await context.addInitScript(installRecorder);
  if (pushDown) await context.addInitScript(pushContentDown, PUSH_DOWN_PX);
  return context;
}

/** Proves the impact.com block works, from a page no service worker controls. */
export async function routeSelfTest(browser: Browser): Promise<void> {
  const context = await newContext(browser, {});
  try {
    const page = await context.newPage();
    const probe = await page.evaluate(
      (url) =>
        fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(
          () => 'answered',
          () => 'failed',
        ),
      PROBE_URL,
    );
    if (probe !== 'failed' || network.probeBlocked !== 1)
      throw new BenchError(`the impact.com route block did not work (probe ${probe}, blocked ${network.probeBlocked})`);
  } finally {
    await context.close();
  }
}

/** The closing "Network" section. */
export function reportNetwork(): string[] {
  const blocked = network.impactBlocked;
  return [
    `requests for impact.com hosts (blocked): ${blocked.length}${blocked.length ? `  ← FAIL: ${[...new Set(blocked)].slice(0, 5).join(', ')}` : '  (OK)'}`,
    `route self-test: probe to ${PROBE_URL} blocked ${network.probeBlocked}x (OK)`,
    `other external origins requested: ${network.otherExternal.size ? [...network.otherExternal].join(', ') : 'none'}`,
    ...(network.pageErrors.length
      ? [`page errors (${network.pageErrors.length}): ${[...new Set(network.pageErrors)].slice(0, 5).join(' | ')}`]
      : []),
  ];
}
