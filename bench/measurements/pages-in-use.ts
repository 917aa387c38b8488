/**
 * 8. The JS a desktop reader's browser actually fetches as they use a page, not only at load:
 * every script of the page and its lazy chunks, plus the service worker's scripts, in three
 * sessions — a learner doing the guide's steps, a support agent with the guide console's support
 * tools open, and the full sandbox (all tools in view). Each is held to the sandbox budget
 * (≤ 70 KB gz): lazy chunks count as soon as a reader's use brings them.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { EN_GUIDE_PATH, EN_SANDBOX_PATH } from '../../src/site.ts';
import { newContext, VIEWPORTS } from '../lib/browser.ts';
import { progress } from '../lib/config.ts';
import { distFileFor } from '../lib/dist.ts';
import { kb, table } from '../lib/format.ts';
import { defineMeasurement } from '../lib/measurement.ts';
import { waitForSandbox } from '../lib/page.ts';
import { sizesOf, sumSizes, type Sizes } from '../lib/sizes.ts';

// Issue 15's goal: every page as used ≤ 70 KB gz (it was 90).
const LIMIT_KB = 70;

interface Session {
  name: string;
  files: Array<{ path: string } & Sizes>;
  total: Sizes;
}

/** Every JS file the context fetched from this site, page and workers alike, sized from dist/. */
function watchScripts(context: BrowserContext, origin: string): () => Array<{ path: string } & Sizes> {
  const seen = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && url.pathname.endsWith('.js')) seen.add(url.pathname);
  });
  return () => [...seen].sort().map((path) => ({ path, ...sizesOf(readFileSync(distFileFor(new URL(path, origin)))) }));
}

/** The page settles: no request for a moment after the last action. */
const settle = (page: Page) => page.waitForLoadState('networkidle');

async function session(
  browserContext: { browser: import('@playwright/test').Browser; origin: string },
  name: string,
  use: (page: Page) => Promise<void>,
): Promise<Session> {
  const context = await newContext(browserContext.browser, { viewport: VIEWPORTS.desktop });
  try {
    const scripts = watchScripts(context, browserContext.origin);
    const page = await context.newPage();
    await use(page);
    await settle(page);
    const files = scripts();
    return { name, files, total: sumSizes(files) };
  } finally {
    await context.close();
  }
}

export const pagesInUse = defineMeasurement({
  name: 'pagesInUse',
  title: 'JS fetched as pages are used (desktop, every lazy chunk and the workers)',
  targets: { pagesInUseGzipKb: LIMIT_KB },

  async runInBrowser({ browser, origin }) {
    progress('pages in use: learner guide, support tools, full sandbox');
    const context = { browser, origin };
    const learner = await session(context, 'guide, a learner doing steps 1–5', async (page) => {
      await page.goto(`${origin}${EN_GUIDE_PATH}`);
      await waitForSandbox(page);
      await page.locator('impact-sandbox').nth(2).getByRole('button', { name: 'Enable Legacy Tokens' }).click();
      await page.locator('impact-sandbox').nth(2).getByRole('article').waitFor();
    });
    const agent = await session(context, 'guide, support tools opened', async (page) => {
      await page.goto(`${origin}${EN_GUIDE_PATH}?scenario=enabled`);
      await waitForSandbox(page);
      await page.locator('details.support-tools > summary').click();
      await page.locator('impact-integration [data-health]').waitFor();
    });
    const presenter = await session(context, 'full sandbox (presenter)', async (page) => {
      await page.goto(`${origin}${EN_SANDBOX_PATH}?scenario=enabled`);
      await waitForSandbox(page);
      await page.locator('impact-integration [data-health]').waitFor();
    });
    return [learner, agent, presenter];
  },

  verdicts: (sessions) => ({ pagesInUseGzipKb: sessions.every((item) => item.total.gzip / 1024 <= LIMIT_KB) }),

  summary: (sessions) => ({
    pagesInUse: Object.fromEntries(sessions.map((item) => [item.name, Math.round((item.total.gzip / 1024) * 10) / 10])),
  }),

  report: (sessions) => {
    const chunkName = (path: string) => path.replace(/^\/_astro\//, '').replace(/\.[\w-]{8}\.js$/, '.js');
    const rows = sessions.map((item) => [
      item.name,
      kb(item.total.raw),
      kb(item.total.gzip),
      item.total.gzip / 1024 <= LIMIT_KB ? 'within' : `over by ${kb(item.total.gzip - LIMIT_KB * 1024)}`,
      item.files.map((file) => chunkName(file.path)).join(', '),
    ]);
    return [
      table(['session', 'raw', 'gzip', `vs ${LIMIT_KB} KB`, 'scripts fetched'], rows, [1, 2]),
      `target: every session ≤ ${LIMIT_KB} KB gz (${sessions.every((item) => item.total.gzip / 1024 <= LIMIT_KB) ? 'PASS' : 'OVER'}).`,
    ];
  },
});
