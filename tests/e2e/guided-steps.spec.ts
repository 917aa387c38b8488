/**
 * Guided steps on the real pages: a step done is marked and announced, progress survives a
 * reload, is one across languages and tabs, and "reset sandbox" clears it; "Show me" and
 * "Catch me up".
 */
import {
  embed,
  expect,
  GUIDE_PATHS,
  GUIDED_MESSAGES,
  guideStep,
  openReady,
  resetSandbox,
  SANDBOX_MESSAGES,
  test,
} from './fixtures.ts';

const en = SANDBOX_MESSAGES.en;
const zh = SANDBOX_MESSAGES.zh;
const gEn = GUIDED_MESSAGES.en;
const gZh = GUIDED_MESSAGES.zh;

// The "Catch me up" part starts where the reset leaves the zh guide (the first screen, nothing
// done): the sandbox's own reset instead of another guide load.
test('a step done is marked and announced; progress survives a reload, is one across languages, and a reset sandbox clears it; then a step that needs step 3 says so as a note and "Catch me up" does steps 1–3, saying what it did', async ({
  page,
}) => {
  await openReady(page, GUIDE_PATHS.en);
  const step1 = guideStep(page, 1);
  await expect(step1.getByText(gEn.notDone)).toBeVisible();
  await step1.getByRole('button', { name: en.userProfile }).click();
  await step1.getByRole('menuitem', { name: en.settings }).click();
  await expect(step1.getByText(gEn.done, { exact: true })).toBeVisible();
  await expect(page.getByText(gEn.progressText(1, 5))).toBeVisible();
  await expect(page.getByRole('progressbar', { name: gEn.progressLabel })).toHaveAttribute('value', '1');
  // Said politely (a status region), not as an alert.
  await expect(page.locator('impact-guide-progress').getByRole('status')).toHaveText(gEn.stepDone(1));

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready');
  await expect(guideStep(page, 1).getByText(gEn.done, { exact: true })).toBeVisible();
  await expect(page.getByText(gEn.progressText(1, 5))).toBeVisible();

  await openReady(page, GUIDE_PATHS.zh);
  await expect(guideStep(page, 1).getByText(gZh.done, { exact: true })).toBeVisible();
  await expect(page.getByText(gZh.progressText(1, 5))).toBeVisible();

  await resetSandbox(page, zh);
  await expect(page.getByText(gZh.progressText(0, 5))).toBeVisible();
  await expect(guideStep(page, 1).getByText(gZh.notDone)).toBeVisible();

  const step4 = guideStep(page, 4);
  await expect(step4.getByText(gZh.needsStep(3))).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Before legacy tokens are enabled, the step's widget offers no reset and shows no token labels.
  await expect(step4.getByRole('button', { name: zh.more })).toHaveCount(0);
  await expect(step4.locator('impact-sandbox')).not.toContainText(zh.lastReset);

  await step4.getByRole('button', { name: gZh.catchMeUp }).click();
  await expect(
    step4.getByText(gZh.caughtUp(gZh.stepRange(1, 3), zh.settings, zh.api, zh.enableLegacyTokens)),
  ).toBeVisible();
  for (const step of [1, 2, 3]) await expect(guideStep(page, step).getByText(gZh.done, { exact: true })).toBeVisible();
  await expect(page.getByText(gZh.progressText(3, 5))).toBeVisible();
  await expect(step4.getByText(gZh.needsStep(3))).toHaveCount(0);
  await expect(guideStep(page, 5).getByText(gZh.needsStep(3))).toHaveCount(0);
  // The reader goes on where step 4 starts: [More], marked and focused.
  const more = step4.getByRole('button', { name: zh.more });
  await expect(more).toBeFocused();
  await expect(page.locator('impact-sandbox-controls')).toContainText(zh.legacyEnabled);
});

// One en guide load for both (each costs seconds of CPU): "Reset sandbox" between them brings the
// progress back to none for the second tab.
test('"Show me" marks the control to use; another tab sees the progress made in this one', async ({
  page,
  context,
}) => {
  await openReady(page, GUIDE_PATHS.en);
  await test.step('"Show me" brings the step\'s widget back to its screen and marks the control to use, with focus on it', async () => {
    const app = embed(page, 2);
    const enable = app.getByRole('button', { name: en.enableLegacyTokens });
    await expect(enable).toHaveClass(/highlighted/);
    // Navigating away takes the mark away.
    await app.getByRole('button', { name: en.settings }).click();
    await expect(app.getByRole('heading', { name: en.settings })).toBeVisible();
    await expect(app.locator('.highlighted')).toHaveCount(0);
    await guideStep(page, 3).getByRole('button', { name: gEn.showMe }).click();
    await expect(enable).toBeFocused();
    await expect(enable).toHaveClass(/highlighted/);
    // The mark is a tint, not a ring: nothing like the focus ring it now sits under.
    const look = await enable.evaluate((element) => {
      const style = getComputedStyle(element);
      return { outline: style.outlineStyle, shadow: style.boxShadow, background: style.backgroundColor };
    });
    expect(look).toEqual({ outline: 'none', shadow: 'none', background: 'rgb(254, 243, 199)' });
    // Its dot pulses, except for a reader who asked for less motion (the suite's setting).
    const pulse = () => enable.evaluate((element) => getComputedStyle(element, '::after').animationName);
    await expect.poll(pulse).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(pulse).toBe('beacon');
    // It pulses while the reader can see it, and waits while its app is scrolled out of view.
    const playing = () => enable.evaluate((element) => getComputedStyle(element, '::after').animationPlayState);
    await expect.poll(playing).toBe('running');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(app).not.toBeInViewport();
    await expect.poll(playing).toBe('paused');
    await enable.scrollIntoViewIfNeeded();
    await expect.poll(playing).toBe('running');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(pulse).toBe('none');
    // Used: the mark goes, and step 3 is done.
    await enable.press('Enter');
    await expect(app.locator('.highlighted')).toHaveCount(0);
    await expect(guideStep(page, 3).getByText(gEn.done, { exact: true })).toBeVisible();
  });
  await test.step('a control focused right under the sticky progress strip (Shift+Tab back up) is scrolled out from under it', async () => {
    const strip = (await page.locator('impact-guide-progress').boundingBox())!;
    const profile = embed(page, 3).getByRole('button', { name: en.userProfile });
    await page.evaluate((by) => window.scrollBy(0, by), (await profile.boundingBox())!.y - strip.y);
    await expect.poll(async () => (await profile.boundingBox())!.y).toBeLessThan(strip.y + strip.height);
    await profile.focus();
    await expect.poll(async () => (await profile.boundingBox())!.y).toBeGreaterThanOrEqual(strip.y + strip.height);
  });
  await resetSandbox(page, en);
  await test.step('another tab of the same browser sees the progress made in this one', async () => {
    const other = await context.newPage();
    await openReady(other, GUIDE_PATHS.zh);
    await guideStep(page, 2).getByRole('button', { name: en.api, exact: true }).click();
    await expect(guideStep(page, 2).getByText(gEn.done, { exact: true })).toBeVisible();
    await expect(guideStep(other, 2).getByText(gZh.done, { exact: true })).toBeVisible();
    // Step 2 done means step 1 (the way to it) was too.
    await expect(other.getByText(gZh.progressText(2, 5))).toBeVisible();
  });
});
