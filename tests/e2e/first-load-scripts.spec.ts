/**
 * The guide's first screen gets its JS in a few requests, all named in its HTML, so they start
 * with the page rather than queue in a chain (HTTP/1.1 gives a host six connections, and the
 * site worker's script waits behind them); and the chunks that make this so
 * (build/first-screen-chunks.mjs) do not bring the sandbox to a page without one.
 */
import { PAGE_ACTIONS_MESSAGES } from '../../src/i18n/page-actions.ts';
import { embed, en, EN_GUIDE_PATH, expect, holdBack, test } from './fixtures.ts';

const SECURE_PATH = '/other/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure';
const CHUNK = /\/_astro\/[^/]+\.js$/;

test.describe.configure({ timeout: 60_000 });

test('the guide loads its first screen with at most 4 scripts, each named in its HTML', async ({ page, context }) => {
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (CHUNK.test(path)) fetched.add(path);
  });
  // The worker's script is held back: what loads later (the menu, the console's tools) waits for it.
  const release = await holdBack(context, '**/sandbox-sw.js');
  await page.goto(EN_GUIDE_PATH);
  await expect(embed(page, 0).getByRole('button', { name: en.userProfile })).toBeEnabled();
  const firstScreen = [...fetched];
  release();

  const html = await (await page.request.get(EN_GUIDE_PATH)).text();
  const named = new Set(
    [...html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g)].map(
      (match) => match[1],
    ),
  );
  expect(firstScreen.filter((path) => !named.has(path))).toEqual([]);
  expect(named.size).toBeLessThanOrEqual(4);
});

test("a page without the sandbox loads its menu and ask box without the sandbox's code", async ({ page }) => {
  await page.goto(SECURE_PATH);
  // The menu loads at the page's first idle moment; the ask box's element on the first focus.
  await expect(page.getByRole('button', { name: PAGE_ACTIONS_MESSAGES.en.button })).toBeVisible();
  await page.locator('impact-ask input').focus();
  await expect.poll(() => page.evaluate(() => Boolean(customElements.get('impact-ask')))).toBe(true);
  const defined = await page.evaluate(() =>
    ['impact-sandbox', 'impact-try-request', 'impact-guide-step'].filter((tag) => customElements.get(tag)),
  );
  expect(defined).toEqual([]);
});
