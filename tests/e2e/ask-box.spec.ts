/**
 * The header's ask box (`<impact-ask>`): questions answered offline from the site's own content
 * through `?ask=`, with excerpts, sources, follow-ups, a live region, keyboard use and axe.
 */
import type { Locator, Page } from '@playwright/test';
import { ASK_BOX_MESSAGES } from '../../src/i18n/ask-box.ts';
import { MAX_QUESTION_CHARS } from '../../src/contract/index.ts';
import { embed, expect, expectNoAxeViolations, GUIDE_PATH, openReady, test, zh, ZH_SANDBOX_PATH } from './fixtures.ts';

const t = ASK_BOX_MESSAGES.zh;
const SECURE_PATH = '/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure';
const SECTION = '管理访问令牌';

function searchBox(page: Page): Locator {
  return page.getByRole('search').getByRole('searchbox', { name: t.label });
}

function liveRegion(page: Page): Locator {
  return page.locator('impact-ask [role="status"]');
}

/** The results region for a question (named by its heading). */
function results(page: Page, question: string): Locator {
  return page.getByRole('region', { name: t.answerHeading(question) });
}

async function ask(page: Page, question: string): Promise<Locator> {
  await searchBox(page).fill(question);
  await page.getByRole('search').getByRole('button', { name: t.submit, exact: true }).click();
  const region = results(page, question);
  await expect(region).toBeVisible({ timeout: 15_000 });
  await expect(region).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  return region;
}

// One guide load for the question sent before the box's element has loaded and the one asked in
// the box once it is there (each guide load costs seconds of CPU).
test('a question sent before the element has loaded is answered once it arrives; then asked in the box: answer, highlighted excerpts, and a source that jumps to its section', async ({
  page,
}) => {
  await page.goto(GUIDE_PATH);
  await test.step('a question sent before the element has loaded is answered once it arrives', async () => {
    // Nothing but the form is loaded until the reader uses the box.
    expect(await page.evaluate(() => customElements.get('impact-ask') === undefined)).toBe(true);
    await expect(searchBox(page)).toHaveAttribute('maxlength', String(MAX_QUESTION_CHARS));
    // Submit without focusing or typing (which would start loading the element first).
    await page.evaluate(() => {
      // A mark on this document: a plain form submission would load another one without it.
      document.documentElement.dataset.stayed = 'yes';
      const form = document.querySelector<HTMLFormElement>('impact-ask form')!;
      form.querySelector('input')!.value = '如何启用旧版令牌？';
      form.requestSubmit();
    });
    await expect(results(page, '如何启用旧版令牌？')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('html')).toHaveAttribute('data-stayed', 'yes');
    // The question is in the address all the same (put there, not navigated to): the link can be shared.
    expect(new URL(page.url()).searchParams.get('ask')).toBe('如何启用旧版令牌？');
    await expect(liveRegion(page)).toHaveText(/^已找到答案/, { timeout: 15_000 });
  });

  await test.step('asking on the guide: answer, highlighted excerpts, and a source that jumps to its section', async () => {
    // The first answer closed, so the next is drawn anew by the loaded element.
    await results(page, '如何启用旧版令牌？').getByRole('button', { name: t.close }).click();
    await expect(results(page, '如何启用旧版令牌？')).toHaveCount(0);
    await expect(liveRegion(page)).toHaveText('');

    const question = '如何启用旧版令牌？';
    const region = await ask(page, question);
    await expect(liveRegion(page)).toHaveText(/^已找到答案/);
    await expect(region.getByRole('alert')).toHaveCount(0);
    const answer = region.locator('.ask-answer');
    await expect(answer).toHaveAttribute('data-answered', 'true');
    await expect(answer).toContainText('启用旧版令牌');
    // Markdown is rendered, never shown raw.
    await expect(answer).not.toContainText('**');

    const excerpts = region.locator('blockquote');
    expect(await excerpts.count()).toBeGreaterThan(0);
    await expect(excerpts.locator('mark').first()).toBeVisible();
    await expect(excerpts.first()).not.toContainText('**');
    await expect(region.locator('figcaption a').first()).toHaveText(/ › /);
    await expect(liveRegion(page)).toHaveText(t.found(await excerpts.count()));

    const encoded = encodeURIComponent(SECTION);
    const source = region.locator(`.ask-sources a[href$="#${SECTION}"], .ask-sources a[href$="#${encoded}"]`).first();
    await expect(source).toBeVisible();
    await source.click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#${SECTION}`);
    expect(new URL(page.url()).pathname).toBe(GUIDE_PATH);
    await expect(page.getByRole('heading', { name: SECTION, exact: true, level: 2 })).toBeInViewport();
  });
});

test('the ask box on the full sandbox page answers from the guide (the page has no .md of its own)', async ({
  page,
}) => {
  await page.goto(ZH_SANDBOX_PATH);
  const region = await ask(page, '如何启用旧版令牌？');
  await expect(region.getByRole('alert')).toHaveCount(0);
  const answer = region.locator('.ask-answer');
  await expect(answer).toHaveAttribute('data-answered', 'true');
  await expect(answer).toContainText('启用旧版令牌');
  await expect(region.locator(`.ask-sources a[href*="${GUIDE_PATH}#"]`).first()).toBeVisible();
});

// One settled guide for the jump into 菜单参考, axe with an answer and with a refusal open, and the
// refusal's suggestions (each guide load costs seconds of CPU; the states follow one another).
test('a source inside the closed 菜单参考 <details> opens it and brings it into view; axe finds no violations with an answer, and with a refusal, open; the refusal suggests questions that ask themselves', async ({
  page,
}) => {
  // Two axe runs and three answers: slow on a busy machine, not a sign of a fault.
  test.slow();
  // From a settled page: widgets that finish starting after the jump would move the table.
  await openReady(page, GUIDE_PATH);
  const details = page.locator('details').filter({ has: page.locator('summary', { hasText: '菜单参考' }) });
  await expect(details).not.toHaveAttribute('open');
  const region = await ask(page, '如何重置只读令牌？');
  const id = await details.getAttribute('id');
  expect(id).toBeTruthy();
  await region.locator(`.ask-sources a[href$="#${id}"]`).click();
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
  await expect(details).toHaveAttribute('open');
  await expect(details.getByRole('cell', { name: '重置（只读）' })).toBeInViewport();
  // The jump stays in the page: the address still holds the question, the answer is still open.
  expect(new URL(page.url()).searchParams.get('ask')).toBe('如何重置只读令牌？');
  await expect(region).toBeAttached();
  await expectNoAxeViolations(page);

  // A question the docs cannot answer: the refusal in the answer's place. Only the box changed,
  // so axe runs in it alone (a full page's CPU saved); then its suggestions ask themselves.
  const question = '如何修改佣金比例？';
  const refusal = await ask(page, question);
  await expect(liveRegion(page)).toHaveText(/^无法回答/);
  const answer = refusal.locator('.ask-answer');
  await expect(answer).toHaveAttribute('data-answered', 'false');
  await expect(answer).not.toBeEmpty();
  await expect(refusal.getByRole('heading', { name: t.suggestionsHeading })).toBeVisible();
  await expectNoAxeViolations(page, 'impact-ask');

  const suggestions = refusal.locator('.ask-followups').getByRole('button');
  expect(await suggestions.count()).toBeGreaterThan(0);
  const suggestion = (await suggestions.first().textContent())!.trim();
  await suggestions.first().click();
  const next = results(page, suggestion);
  await expect(next).toBeVisible({ timeout: 15_000 });
  await expect(next).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await expect(searchBox(page)).toHaveValue(suggestion);
  await expect(searchBox(page)).toBeFocused();
  await expect(liveRegion(page)).toHaveText(/^(已找到答案|无法回答)/);
});

test('a link to the closed 菜单参考 opened in a new tab keeps it in view while the widgets above it draw', async ({
  page,
}) => {
  await page.goto(`${GUIDE_PATH}#menu-reference`);
  // The jump itself starts the sandbox; its widgets above the table then take their height.
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready', { timeout: 15_000 });
  await expect(embed(page, 4).getByText(`${zh.sandboxBadge}: ${zh.sandboxBadgeDetail}`)).toBeAttached();
  const details = page.locator('details#menu-reference');
  await expect(details).toHaveAttribute('open');
  await expect(details.getByRole('cell', { name: '重置（只读）' })).toBeInViewport();
});

// One guide load for the keyboard path and the refused request (each guide load costs seconds of
// CPU): the box is left focused and empty by the first, which the second starts from. The
// over-long question and the offline one share a part: the answer that clears the alert is the
// first answered after it, after which the box works offline.
test('keyboard only: Tab to the box, Enter asks, Tab into the results, Escape and the close button return to the box; a refused request (a question over the limit) shows an alert; asking again clears it; once a question has been answered the box works offline', async ({
  page,
  context,
  pageErrors,
}) => {
  await page.goto(GUIDE_PATH);
  await test.step('keyboard only: Tab to the box, Enter asks, Tab into the results, Escape and the close button return to the box', async () => {
    const input = searchBox(page);
    for (
      let presses = 0;
      presses < 10 && !(await input.evaluate((element) => element === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(input).toBeFocused();

    const question = '如何启用旧版令牌？';
    await page.keyboard.type(question);
    await page.keyboard.press('Enter');
    await expect(liveRegion(page)).toHaveText(/^已找到答案/, { timeout: 15_000 });
    const region = results(page, question);
    await expect(region).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('search').getByRole('button', { name: t.submit, exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(region.getByRole('button', { name: t.close })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(region.getByRole('link').first()).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(region).toHaveCount(0);
    await expect(input).toBeFocused();
    await expect(input).toHaveValue(question);
    await expect(liveRegion(page)).toHaveText('');

    // Ask again, then close with the button (Enter on it).
    await page.keyboard.press('Enter');
    await expect(region).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(region.getByRole('button', { name: t.close })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(region).toHaveCount(0);
    await expect(input).toBeFocused();
  });

  await test.step('a refused request (a question over the limit) shows an alert; asking again clears it; once a question has been answered the box works offline', async () => {
    await searchBox(page).focus();
    await expect.poll(() => page.evaluate(() => customElements.get('impact-ask') !== undefined)).toBe(true);
    // maxlength stops typing past the limit; a script can still set a longer value.
    const tooLong = '令'.repeat(MAX_QUESTION_CHARS + 1);
    await page.evaluate(async (value) => {
      await document.querySelector('impact-ask')!.ask(value);
    }, tooLong);
    const region = page.getByRole('region', { name: t.resultsLabel });
    await expect(region.getByRole('alert')).toContainText(t.unavailable);
    // The server's own reason (a 400 `{error}`) is shown; it names the limit.
    await expect(region.getByRole('alert')).toContainText(String(MAX_QUESTION_CHARS));
    await expect(liveRegion(page)).toHaveText('');
    // Chromium logs every 4xx fetch; this one 400 is the point of the test, any other error is not.
    const isRefusal = (error: string) =>
      error.startsWith('Failed to load resource: the server responded with a status of 400') && error.includes('?ask=');
    await expect.poll(() => pageErrors.filter(isRefusal).length).toBe(1);
    pageErrors.splice(pageErrors.findIndex(isRefusal), 1);
    await region.getByRole('button', { name: t.close }).click();
    await expect(region).toHaveCount(0);
    await expect(searchBox(page)).toBeFocused();

    await ask(page, '如何启用旧版令牌？');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(liveRegion(page)).toHaveText(/^已找到答案/);

    await context.setOffline(true);
    const offline = await ask(page, '如何查看 API 令牌信息？');
    await expect(offline.getByRole('alert')).toHaveCount(0);
    await expect(liveRegion(page)).toHaveText(/^已找到答案/);
    await expect(offline.locator('.ask-answer')).toHaveAttribute('data-answered', 'true');
    await context.setOffline(false);
  });
});

test('the keep-secure page has the box too, asking about itself', async ({ page }) => {
  await page.goto(SECURE_PATH);
  await expect(page.locator('impact-ask')).toHaveAttribute('page', SECURE_PATH);
  const question = '如何保护访问令牌的安全？';
  const region = await ask(page, question);
  await expect(region.getByRole('alert')).toHaveCount(0);
  await expect(liveRegion(page)).toHaveText(/^(已找到答案|无法回答)/);
  await expectNoAxeViolations(page);
});

test('at phone width (390 px) the box and its results fit without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(GUIDE_PATH);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  const region = await ask(page, '如何启用旧版令牌？');
  expect(await overflow()).toBeLessThanOrEqual(0);
  const box = await region.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});
