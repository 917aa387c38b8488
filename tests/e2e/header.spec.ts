/** The site header on a desktop: one row (name, badge, links, the ask box) whose ask box shows its whole hint. */
import { TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { expect, GUIDE_PATHS, openReady, test } from './fixtures.ts';
import { hideTestOnlyLanguageLinks, placeholderOverflow } from './header-helpers.ts';

// The two written languages (the pseudo-locale's strings are longer on purpose).
for (const locale of TRANSLATED_LOCALES) {
  test(`${locale}: at 1280 px the header is one row and the ask box shows its whole hint`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openReady(page, GUIDE_PATHS[locale]);
    await hideTestOnlyLanguageLinks(page);
    const header = page.getByRole('banner');
    const parts = [
      header.locator('.site-name'),
      header.locator('.site-badge'),
      header.getByRole('navigation'),
      header.locator('label[for="impact-ask-input"]'),
      header.getByRole('searchbox'),
      header.getByRole('button'),
    ];
    const headerBox = (await header.boundingBox())!;
    // One row: every part's middle lies within the header's middle band.
    for (const part of parts) {
      const box = (await part.boundingBox())!;
      expect(Math.abs(box.y + box.height / 2 - (headerBox.y + headerBox.height / 2))).toBeLessThan(8);
    }
    expect(headerBox.height).toBeLessThanOrEqual(60);
    expect(await placeholderOverflow(page)).toBeLessThanOrEqual(0);
  });
}
