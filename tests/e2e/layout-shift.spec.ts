/**
 * The page holds still while it loads: cumulative layout shift ≤ 0.05 on every page, cold (a
 * fresh browser), warm (a reload) and after the reader's changes (tokens enabled, then a reload).
 * Desktop 1400×1000 and the presenter's 1280×720; the phone spec runs the same on a Pixel 7.
 */
import { test } from './fixtures.ts';
import { expectStill, PAGES } from './layout-shift.ts';

for (const viewport of [
  { width: 1400, height: 1000 },
  { width: 1280, height: 720 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const { name, path } of PAGES) {
      test(`${name}: no layout shift while it loads, cold, warm and after changes`, async ({ page }) => {
        await expectStill(page, path);
      });
    }
  });
}
