/** The widgets at phone width: nothing overflows sideways and the flow still works by touch. */
import { embed, expect, openReady, test, zh } from './fixtures.ts';

test('the guide and its widgets fit a phone screen', async ({ page }) => {
  await openReady(page);
  const app = embed(page, 2);
  await app.scrollIntoViewIfNeeded();
  await app.getByRole('button', { name: zh.enableLegacyTokens }).tap();
  await app.getByRole('button', { name: zh.more }).tap();
  await app.getByRole('menuitem', { name: zh.resetReadWrite }).tap();
  await app.getByRole('dialog').getByRole('button', { name: zh.confirmReset }).tap();
  await expect(app.getByRole('status').filter({ hasText: zh.resetDone(zh.readWrite) })).toBeVisible();
  await app.getByRole('button', { name: zh.showCredentials }).tap();
  await expect(app.getByRole('tab', { name: zh.apiCredentials })).toHaveAttribute('aria-selected', 'true');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await app.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});
