/** The widgets at phone width, in each locale: nothing overflows sideways, the flow still works by touch, progress stays in view. */
import {
  embed,
  expect,
  GUIDE_PATHS,
  GUIDED_MESSAGES,
  guideStep,
  LOCALES,
  openReady,
  SANDBOX_MESSAGES,
  test,
} from './fixtures.ts';
import { PHONE } from './phone-device.ts';

test.use(PHONE);

for (const locale of LOCALES) {
  const t = SANDBOX_MESSAGES[locale];
  const g = GUIDED_MESSAGES[locale];

  // One guide per locale: the layout checks, then the progress bar while the reader works through the steps.
  test(`${locale}: the guide and its widgets fit a phone screen; progress stays in view while the reader works through the steps`, async ({
    page,
  }) => {
    await openReady(page, GUIDE_PATHS[locale]);
    const app = embed(page, 2);
    await app.scrollIntoViewIfNeeded();
    await app.getByRole('button', { name: t.enableLegacyTokens }).tap();
    await app.getByRole('button', { name: t.more }).tap();
    await app.getByRole('menuitem', { name: t.resetReadWrite }).tap();
    await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).tap();
    await expect(app.getByRole('status').filter({ hasText: t.resetDone(t.readWrite) })).toBeVisible();
    await app.getByRole('button', { name: t.showCredentials }).tap();
    await expect(app.getByRole('tab', { name: t.apiCredentials })).toHaveAttribute('aria-selected', 'true');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await app.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);

    // Progress: from the sandbox's own reset (nothing done), not another guide load.
    const controls = page.locator('impact-sandbox-controls');
    await controls.getByRole('button', { name: t.resetSandbox }).tap();
    await controls.getByRole('dialog').getByRole('button', { name: t.resetSandbox }).tap();
    await expect(page.getByText(g.progressText(0, 5))).toBeAttached();
    const progress = page.getByRole('progressbar', { name: g.progressLabel });
    await guideStep(page, 4).scrollIntoViewIfNeeded();
    await guideStep(page, 4).getByRole('button', { name: g.catchMeUp }).tap();
    await expect(page.getByText(g.progressText(3, 5))).toBeInViewport();
    await expect(progress).toBeInViewport();
    // The step being worked on is not hidden under it.
    await guideStep(page, 5).getByRole('button', { name: t.legacyAccountTokens }).tap();
    await guideStep(page, 5).getByRole('tab', { name: t.apiCredentials }).tap();
    await expect(guideStep(page, 5).getByRole('tab', { name: t.apiCredentials })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByText(g.progressText(3, 5))).toBeInViewport();

    // A control focused right under the strip (Shift+Tab back up the guide) is scrolled out from under it.
    const strip = (await page.locator('impact-guide-progress').boundingBox())!;
    const profile = embed(page, 3).getByRole('button', { name: t.userProfile });
    await page.evaluate((by) => window.scrollBy(0, by), (await profile.boundingBox())!.y - strip.y);
    await expect.poll(async () => (await profile.boundingBox())!.y).toBeLessThan(strip.y + strip.height);
    await profile.focus();
    await expect.poll(async () => (await profile.boundingBox())!.y).toBeGreaterThanOrEqual(strip.y + strip.height);
  });
}
