/**
 * The page actions on every guide page, in both languages: a menu button reached by keyboard
 * that copies the page's Markdown, opens it (or an assistant with its address), and gives the
 * MCP server's address with how to connect, or, on a static host, says it needs `npm start`.
 */
import { PAGE_ACTIONS_MESSAGES } from '../../src/i18n/page-actions.ts';
import { EN_GUIDE_PATH, expect, expectNoAxeViolations, GUIDE_PATH, holdBack, test } from './fixtures.ts';
import { PHONE } from './phone-device.ts';

const STATIC_ORIGIN = `http://127.0.0.1:${process.env.E2E_STATIC_PORT ?? 4398}`;
const SECURE_PATH = '/other/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// The guide page starts its sandbox meanwhile: on a busy 2-core machine that alone can take 20 s.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  // Where an action would open a tab (an assistant's site): recorded, never requested.
  await page.addInitScript(() => {
    (window as unknown as { opened: string[] }).opened = [];
    window.open = ((url?: string | URL) => {
      (window as unknown as { opened: string[] }).opened.push(String(url));
      return null;
    }) as typeof window.open;
  });
});

// Both languages in one page, one after the other (a context and a renderer saved; each is a
// page load of its own as before).
test("by keyboard, Copy page puts the page's Markdown on the clipboard; the MCP item gives its address (en, zh)", async ({
  page,
  baseURL,
}) => {
  for (const [locale, path] of [
    ['en', EN_GUIDE_PATH],
    ['zh', GUIDE_PATH],
  ] as const) {
    const t = PAGE_ACTIONS_MESSAGES[locale];
    await test.step(`${locale}: by keyboard, Copy page puts the page's Markdown on the clipboard; the MCP item gives its address`, async () => {
      await page.goto(path);
      const button = page.getByRole('button', { name: t.button });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('menu', { name: t.button })).toBeVisible();
      await expect(page.getByRole('menuitem', { name: t.copyMcp })).toBeVisible();
      await expectNoAxeViolations(page, 'impact-page-actions');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: t.pageCopied })).toBeVisible();
      await expect(button).toBeFocused();
      const markdown = await (await fetch(`${baseURL}${path}.md`)).text();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      const address = `${baseURL}/mcp`;
      await expect(page.getByRole('status').filter({ hasText: t.mcpCopied(address) })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    });
  }
});

test('Open in Claude names the page’s Markdown URL in its prompt; View as Markdown opens it', async ({
  page,
  baseURL,
}) => {
  const t = PAGE_ACTIONS_MESSAGES.en;
  await page.goto(SECURE_PATH);
  await page.getByRole('button', { name: t.button }).click();
  await page.getByRole('menuitem', { name: t.openClaude }).click();
  await page.getByRole('button', { name: t.button }).click();
  await page.getByRole('menuitem', { name: t.viewMarkdown }).click();
  const opened = await page.evaluate(() => (window as unknown as { opened: string[] }).opened);
  const markdownUrl = `${baseURL}${SECURE_PATH}.md`;
  expect(new URL(opened[0]!).searchParams.get('q')).toBe(t.assistantPrompt(markdownUrl));
  expect(opened[1]).toBe(markdownUrl);
});

test('on a static host the MCP item says it needs npm start', async ({ page }) => {
  const t = PAGE_ACTIONS_MESSAGES.zh;
  await page.goto(`${STATIC_ORIGIN}${GUIDE_PATH}`);
  await page.getByRole('button', { name: t.button }).click();
  await page.getByRole('menuitem', { name: t.mcpNeedsServer }).click();
  await expect(page.getByRole('status').filter({ hasText: t.mcpStatic })).toBeVisible();
});

test("the menu's code waits while the guide's sandbox starts (it used to take the phone's CPU first), then loads", async ({
  page,
  context,
}) => {
  const t = PAGE_ACTIONS_MESSAGES.en;
  // The worker's script is held back: the sandbox stays "waiting" until it comes.
  const release = await holdBack(context, '**/sandbox-sw.js');
  const menuCode: string[] = [];
  page.on('request', (request) => {
    if (/\/impact-page-actions\.[^/]*\.js$/.test(request.url())) menuCode.push(request.url());
  });
  await page.goto(EN_GUIDE_PATH);
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'waiting');
  // Two idle moments of the page after its scripts ran: the menu used to load at the first.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))));
  expect(menuCode).toEqual([]);
  await expect(page.getByRole('link', { name: t.viewMarkdown })).toBeVisible();

  release();
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: t.button })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use(PHONE);
  test('a long status line wraps within the screen, and the button stays where the reader pressed it', async ({
    page,
    baseURL,
  }) => {
    const t = PAGE_ACTIONS_MESSAGES.en;
    await page.goto(SECURE_PATH);
    const button = page.getByRole('button', { name: t.button });
    const before = (await button.boundingBox())!;
    await button.click();
    await page.getByRole('menuitem', { name: t.copyMcp }).click();
    await expect(page.getByRole('status').filter({ hasText: t.mcpCopied(`${baseURL}/mcp`) })).toBeVisible();
    // The page does not grow sideways (a phone would zoom out or scroll), and the button has not moved.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    expect((await button.boundingBox())!.x).toBeCloseTo(before.x, 0);
  });
});
