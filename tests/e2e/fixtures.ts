/**
 * Shared e2e fixtures. Every test fails if the page logs a console error, throws, or tries to
 * reach any impact.com host (such requests are also aborted, so nothing ever leaves).
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { STORAGE_KEY } from '../../src/contract/index.ts';
import { LOCALE_RECORDS, LOCALES, type Locale, type TranslatedLocale } from '../../src/contract/index.ts';
import { GUIDED_MESSAGES } from '../../src/i18n/guided.ts';
import { SANDBOX_MESSAGES, type SandboxMessages } from '../../src/i18n/sandbox.ts';
import { SITE_MESSAGES } from '../../src/i18n/site.ts';
import {
  EN_GUIDE_PATH,
  EN_SANDBOX_PATH,
  GUIDE_PATHS,
  SANDBOX_PATHS,
  ZH_GUIDE_PATH,
  ZH_SANDBOX_PATH,
} from '../../src/site.ts';

export const GUIDE_PATH = ZH_GUIDE_PATH;
export { SITE_MESSAGES, ZH_SANDBOX_PATH };
export const zh = SANDBOX_MESSAGES.zh;
export const en = SANDBOX_MESSAGES.en;
export { EN_GUIDE_PATH, EN_SANDBOX_PATH };
export { STORAGE_KEY };
export { GUIDE_PATHS, GUIDED_MESSAGES, LOCALES, SANDBOX_MESSAGES, SANDBOX_PATHS, type Locale, type SandboxMessages };

/**
 * Test data per locale: the translated locales' as written; the pseudo-locale's (when the build
 * has it, PUBLIC_PSEUDO_LOCALE=1) made from its source locale's by `pseudo`.
 */
export function perLocale<T>(
  written: Record<TranslatedLocale, T>,
  pseudo: (source: T, locale: Locale) => T,
): Record<Locale, T> {
  const made = LOCALE_RECORDS.flatMap((record) =>
    record.pseudoOf ? [[record.code, pseudo(written[record.pseudoOf as TranslatedLocale], record.code)]] : [],
  );
  return { ...written, ...Object.fromEntries(made) } as Record<Locale, T>;
}

const isImpactHost = (url: URL) => url.hostname === 'impact.com' || url.hostname.endsWith('.impact.com');

export const test = base.extend<{ impactRequests: string[]; workerNetworkRequests: string[]; pageErrors: string[] }>({
  /**
   * The network requests the service worker itself makes (what MSW lets through). Playwright
   * reports them because playwright.config.ts sets PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS.
   */
  workerNetworkRequests: async ({ context }, use) => {
    const urls: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker()) urls.push(request.url());
    });
    await use(urls);
  },
  impactRequests: async ({ context, workerNetworkRequests }, use) => {
    const attempts: string[] = [];
    await context.route(isImpactHost, async (route) => {
      attempts.push(route.request().url());
      await route.abort('blockedbyclient');
    });
    // A page's fetch answered by the sandbox's service worker never left the browser; a
    // response from the network, or the worker's own request, would have.
    context.on('response', (response) => {
      if (isImpactHost(new URL(response.url())) && !response.fromServiceWorker()) attempts.push(response.url());
    });
    await use(attempts);
    const fromWorker = workerNetworkRequests.filter((url) => isImpactHost(new URL(url)));
    expect([...attempts, ...fromWorker], 'requests to impact.com hosts').toEqual([]);
  },
  pageErrors: async ({ context }, use) => {
    const errors: string[] = [];
    const watch = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // Chromium logs every 4xx fetch; the partner API's 401/403s (and the sandbox's refusal
        // to reach impact.com, which impactRequests checks) are the lesson, not a fault.
        const url = message.location().url;
        // On a static host the page's one attempt to keep a server copy for curl is refused (405),
        // after a restart its check finds the copy gone (404) and while the server is down it gets
        // no answer; a forged share link's state is refused by validation (400): all are what the
        // tests check.
        const intentional =
          message.text().startsWith('Failed to load resource') &&
          (url.includes('/api/Mediapartners/') ||
            (url.includes('/api/sandboxes/') && /\b40[45]\b|ERR_CONNECTION_REFUSED|ERR_FAILED/.test(message.text())) ||
            (url.endsWith('/api/sandbox/share') && message.text().includes('400')) ||
            (URL.canParse(url) && isImpactHost(new URL(url))));
        if (!intentional) errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  page: async ({ page, impactRequests, pageErrors }, use) => {
    // MSW's own logging (which would include request headers) must stay off.
    page.on('console', (message) => {
      if (message.text().includes('[MSW]')) pageErrors.push(`MSW logged: ${message.text()}`);
    });
    void impactRequests;
    void pageErrors;
    await use(page);
  },
});

export { expect };

/** Opens a page and waits until the sandbox has started (service worker active, state loaded). */
export async function openReady(page: Page, path = GUIDE_PATH): Promise<void> {
  await page.goto(path);
  await sandboxReady(page);
}

/** Waits until the sandbox of the page already open has started (see openReady). */
export async function sandboxReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready', { timeout: 15_000 });
  // The apps out of view draw after the ones in view, while the page is idle: every one has drawn.
  await expect(
    page.locator(':is(impact-sandbox, impact-try-request, impact-sandbox-controls):not([data-drawn])'),
  ).toHaveCount(0);
}

/**
 * The console's "Reset sandbox", confirmed: the initial state again, every widget on its step's
 * first screen. For a test that goes on from a fresh sandbox in the page it has (a guide load saved).
 */
export async function resetSandbox(page: Page, t: SandboxMessages): Promise<void> {
  const controls = page.locator('impact-sandbox-controls');
  await controls.getByRole('button', { name: t.resetSandbox }).click();
  await controls.getByRole('dialog').getByRole('button', { name: t.resetSandbox }).click();
  await expect(controls.getByRole('status')).toHaveText(t.resetSandboxDone);
}

/** The nth `<impact-sandbox>` embed on the page (0-based, in document order). */
export function embed(page: Page, index: number): Locator {
  return page.locator('impact-sandbox').nth(index);
}

/** Guide step N: its bar (done mark, Show me, Catch me up) and, slotted inside, its app. */
export function guideStep(page: Page, step: number): Locator {
  return page.locator(`impact-guide-step[step="${step}"]`);
}

export function tryPanel(page: Page): Locator {
  return page.locator('impact-try-request');
}

/** Sends a request from the "try a request" panel with the chosen credential; returns the status shown. */
export async function tryRequest(
  page: Page,
  credential: string,
  options: { method?: string; resource?: string; t?: SandboxMessages } = {},
): Promise<number> {
  const panel = tryPanel(page);
  const t = options.t ?? zh;
  await panel.getByRole('radio', { name: credential }).check();
  await panel.getByLabel(t.method).selectOption(options.method ?? 'GET');
  await panel.getByLabel(t.resource).selectOption(options.resource ?? 'Campaigns');
  const exchange = panel.locator('[data-exchange]');
  const before = Number((await exchange.count()) ? await exchange.getAttribute('data-exchange') : 0);
  await panel.getByRole('button', { name: t.send }).click();
  await expect(exchange).toHaveAttribute('data-exchange', String(before + 1));
  return Number(await panel.locator('[data-status]').getAttribute('data-status'));
}

/** Calls the sandbox API from inside the page (through the service worker). */
export async function pageApi<T = unknown>(
  page: Page,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(path, {
        method: init.method ?? 'GET',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return { status: response.status, body: await response.json() };
    },
    { path, init },
  );
}

/** Puts a saved state into localStorage before any page script runs. */
export async function seedSavedState(context: BrowserContext, raw: string): Promise<void> {
  await context.addInitScript(
    ({ key, raw }) => {
      // Only on the first load of this context, so a reload keeps what the app saved.
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, raw);
        sessionStorage.setItem('seeded', '1');
      }
    },
    { key: STORAGE_KEY, raw },
  );
}

/** The WCAG levels every page and widget is held to (2.2 AA brings the 24×24 px target size). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's script (650 KB), which AxeBuilder would evaluate in the page twice on every run. */
const AXE_SOURCE = axe.source;

/** axe over the page, or the part `include` selects: no violations, each named by rule and element. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  // axe goes into each document once: later runs on the same page reuse it (AxeBuilder is handed
  // a no-op for its own two injections per run, ~0.1 CPU-s each in the renderer).
  const hasAxe = () => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function';
  if (!(await page.evaluate(hasAxe))) await page.evaluate(AXE_SOURCE);
  // Every rule still runs on every node. Legacy mode runs axe in the page (the site has no
  // iframes) instead of handing every node's result to a new blank page; 'violations' leaves one
  // node per passed rule (the pass is still listed). A full run on the guide took about a third.
  const builder = new AxeBuilder({ page, axeSource: 'void 0' })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode(true);
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
  return results;
}

/** Holds back every request matching `url` until the returned release is called (a slow script, a late chunk). */
export async function holdBack(context: BrowserContext, url: string | RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
