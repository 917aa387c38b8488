/**
 * The guide's first screen does not wait for the sandbox's worker: the step-1 app works while
 * the worker's script is still on its way, and what the reader did there counts once it has come.
 * The apps in view draw before those further down; a returning reader's panels keep their room.
 */
import {
  embed,
  expect,
  GUIDE_PATHS,
  GUIDED_MESSAGES,
  guideStep,
  holdBack,
  openReady,
  pageApi,
  SANDBOX_MESSAGES,
  test,
  tryPanel,
} from './fixtures.ts';

const en = SANDBOX_MESSAGES.en;
const g = GUIDED_MESSAGES.en;

test('step 1 works while the worker is still installing; its done mark comes once the sandbox has loaded', async ({
  page,
  context,
}) => {
  // The worker's script is held back: the page cannot have its sandbox until it arrives.
  const release = await holdBack(context, '**/sandbox-sw.js');
  await page.goto(GUIDE_PATHS.en);
  const step1 = embed(page, 0);
  await step1.getByRole('button', { name: en.userProfile }).click();
  await step1.getByRole('menuitem', { name: en.settings }).click();
  await expect(step1.getByRole('heading', { name: en.settings })).toBeVisible();
  // The API page shows the sandbox's tokens, so it waits for it.
  await embed(page, 1).getByRole('button', { name: en.api, exact: true }).click();
  await expect(embed(page, 1).getByText(en.loading)).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-sandbox', 'ready');

  release();
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready', { timeout: 15_000 });
  await expect(embed(page, 1).getByRole('button', { name: en.enableLegacyTokens })).toBeVisible();
  await expect(guideStep(page, 1).getByText(g.done, { exact: true })).toBeVisible();
  await expect(guideStep(page, 2).getByText(g.done, { exact: true })).toBeVisible();
  await expect(page.getByText(g.progressText(2, 5))).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the apps in view draw first; those further down draw after them, without scrolling', async ({ page }) => {
    // Which apps had drawn anything at all when step 1's app first showed its screen.
    await page.addInitScript(() => {
      const record = window as unknown as { drawnWithFirst?: boolean[] };
      new MutationObserver((_, observer) => {
        const apps = [...document.querySelectorAll('impact-sandbox')];
        if (!apps[0]?.hasAttribute('data-drawn')) return;
        observer.disconnect();
        record.drawnWithFirst = apps.map((app) => Boolean(app.shadowRoot?.querySelector('.frame')));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
    });
    await page.goto(GUIDE_PATHS.en);
    const drawnWithFirst = await page
      .waitForFunction(() => (window as unknown as { drawnWithFirst?: boolean[] }).drawnWithFirst)
      .then((handle) => handle.jsonValue() as Promise<boolean[]>);
    expect(drawnWithFirst).toHaveLength(6);
    expect(drawnWithFirst[0]).toBe(true);
    // Step 5's app is screens below the first: it had not drawn anything yet.
    expect(drawnWithFirst[4]).toBe(false);

    // The rest follow while the page is idle; nobody scrolled.
    await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready', { timeout: 15_000 });
    await expect(page.locator('impact-sandbox[data-drawn]')).toHaveCount(6);
    await expect(page.locator('impact-try-request[data-drawn]')).toHaveCount(1);
    await expect(page.locator('impact-sandbox-controls[data-drawn]')).toHaveCount(1);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await expect(embed(page, 4).getByRole('button', { name: en.enableLegacyTokens })).toBeVisible();
  });
});

test("a returning reader's try-request panel has its form's height from the first paint", async ({ page, context }) => {
  await openReady(page, GUIDE_PATHS.en);
  expect((await pageApi(page, '/api/sandbox/legacy-tokens', { method: 'POST' })).status).toBe(201);
  const panel = tryPanel(page);
  await expect(panel.getByRole('radio', { name: en.currentReadWrite })).toBeVisible();
  const height = () => panel.evaluate((element) => element.getBoundingClientRect().height);
  const drawn = await height();

  // Reloaded with the sandbox's chunk held back: the panel has only the room the page keeps for it.
  const release = await holdBack(context, /\/_astro\/sandbox\.[\w-]+\.js$/);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(panel).not.toHaveAttribute('data-drawn');
  const room = await height();
  release();
  await expect(panel.getByRole('radio', { name: en.currentReadWrite })).toBeVisible();
  expect(Math.abs(room - drawn), `room ${room} px, drawn ${drawn} px`).toBeLessThanOrEqual(2);
  expect(Math.abs((await height()) - drawn)).toBeLessThanOrEqual(2);
});
