/**
 * The page holds still while it loads: cumulative layout shift ≤ 0.05 on every page, cold (a
 * fresh browser), warm (a reload) and after the reader's changes (tokens enabled, then a reload).
 * Desktop 1400×1000 and the presenter's 1280×720 (no security page); the phone spec runs the same on a Pixel 7.
 */
import { PAGE_ACTIONS_MESSAGES } from '../../src/i18n/page-actions.ts';
import { expect, GUIDE_PATHS, holdBack, test } from './fixtures.ts';
import { expectStill, PAGES } from './layout-shift.ts';

// At 1280×720 the security page (text and the header, which the guide has too) is left out.
for (const { viewport, pages } of [
  { viewport: { width: 1400, height: 1000 }, pages: PAGES },
  { viewport: { width: 1280, height: 720 }, pages: PAGES.filter(({ name }) => !name.endsWith('security page')) },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const { name, path } of pages) {
      test(`${name}: no layout shift while it loads, cold, warm and after changes`, async ({ page }) => {
        await expectStill(page, path);
      });
    }
  });
}

// The page actions menu loads when the page is idle, often after the first paint: the plain link
// before it must stand in a box as tall as the menu, or the whole article moves down when it draws.
test.describe('1400×1000', () => {
  test.use({ viewport: { width: 1400, height: 1000 } });
  test('the header keeps its height when the page actions menu replaces its plain link', async ({ page, context }) => {
    const release = await holdBack(context, '**/impact-page-actions.*.js');
    await page.goto(GUIDE_PATHS.en);
    const header = page.locator('header.page-header');
    await expect(header.getByRole('link', { name: PAGE_ACTIONS_MESSAGES.en.viewMarkdown })).toBeVisible();
    const before = (await header.boundingBox())!.height;
    release();
    await expect(header.getByRole('button', { name: PAGE_ACTIONS_MESSAGES.en.button })).toBeVisible();
    expect((await header.boundingBox())!.height).toBeCloseTo(before, 0);
  });
});
