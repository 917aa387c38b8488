/**
 * The page holds still while it loads: cumulative layout shift ≤ 0.05 on every page, cold (a
 * fresh browser), warm (a reload) and after the reader's changes (tokens enabled, then a reload).
 * Desktop 1400×1000 and the presenter's 1280×720 (no security page); the phone spec runs the same on a Pixel 7.
 */
import { test } from './fixtures.ts';
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
