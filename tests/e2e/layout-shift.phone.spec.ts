/** The page holds still while it loads on a phone (Pixel 7): CLS ≤ 0.05 cold, warm and after changes. */
import { test } from './fixtures.ts';
import { PHONE } from './phone-device.ts';
import { expectStill, PAGES } from './layout-shift.ts';

test.use(PHONE);

for (const { name, path } of PAGES) {
  test(`${name}: no layout shift while it loads on a phone, cold, warm and after changes`, async ({ page }) => {
    await expectStill(page, path);
  });
}
