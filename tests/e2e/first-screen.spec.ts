/**
 * The guide's first screen does not wait for the sandbox's worker: the step-1 app works while
 * the worker's script is still on its way, and what the reader did there counts once it has come.
 */
import { embed, expect, GUIDE_PATHS, GUIDED_MESSAGES, guideStep, SANDBOX_MESSAGES, test } from './fixtures.ts';

const en = SANDBOX_MESSAGES.en;
const g = GUIDED_MESSAGES.en;

test('step 1 works while the worker is still installing; its done mark comes once the sandbox has loaded', async ({
  page,
  context,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The worker's script is held back: the page cannot have its sandbox until it arrives.
  await context.route('**/sandbox-sw.js', async (route) => {
    await held;
    await route.continue();
  });
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
