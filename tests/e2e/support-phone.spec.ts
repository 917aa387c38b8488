/** The support tools on a phone: the integration goes red and green by touch, and nothing overflows sideways. */
import type { Page } from '@playwright/test';
import { embed, expect, openReady, test } from './fixtures.ts';
import { PHONE } from './phone-device.ts';
import { SUPPORT_PAGE_MESSAGES } from '../../src/i18n/support-page.ts';
import { BOTH_LOCALES, expectIntegration, integration, openSupportTools, requestLog } from './support-helpers.ts';

test.use(PHONE);

const overflow = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const { locale, guide, sandbox, t, p } of BOTH_LOCALES) {
  const integrationTitle = `${locale}: on a phone the integration breaks on a reset and recovers with the new token`;
  const integrationOnPhone = async (page: Page) => {
    const app = embed(page, 2);
    await app.scrollIntoViewIfNeeded();
    await app.getByRole('button', { name: t.enableLegacyTokens }).tap();
    await page.locator('details.support-tools > summary').scrollIntoViewIfNeeded();
    await openSupportTools(page);
    await expectIntegration(page, 'healthy 200');
    await app.getByRole('button', { name: t.more }).tap();
    await app.getByRole('menuitem', { name: t.resetReadWrite }).tap();
    await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).tap();
    await integration(page).getByRole('button', { name: p.checkNow }).tap();
    await expectIntegration(page, 'failing 401');
    await expect(integration(page).getByRole('button', { name: p.updateToken })).toBeInViewport();
    await integration(page).getByRole('button', { name: p.updateToken }).tap();
    await expectIntegration(page, 'healthy 200');
    await expect(requestLog(page).locator('[data-kind="request"][data-status="401"]')).not.toHaveCount(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  };
  const linksTitle = `${locale}: a step that changes tokens links to the try-request panel, and the panel back to it`;
  const stepLinks = async (page: Page) => {
    const labels = SUPPORT_PAGE_MESSAGES[locale];
    // Steps 3 (enable) and 4 (reset) change tokens; the others do not link.
    await expect(page.getByRole('link', { name: labels.tryWithTokens })).toHaveCount(2);
    const step4 = page.locator('#step-4');
    await step4.scrollIntoViewIfNeeded();
    await step4.getByRole('link', { name: labels.tryWithTokens }).tap();
    const panel = page.locator('#try-request');
    await expect(panel.getByRole('heading', { name: t.tryRequest })).toBeInViewport();
    await panel.getByRole('link', { name: labels.backToStep }).tap();
    await expect(step4.locator('impact-sandbox')).toBeInViewport();
  };

  if (locale === 'en') {
    // The links move nothing in the sandbox: they go first on the integration's guide load (a
    // guide load costs seconds of CPU), once, in en.
    test(`${locale}: on a phone a step links to the try-request panel and back; the integration breaks on a reset and recovers`, async ({
      page,
    }) => {
      await openReady(page, guide);
      await test.step(linksTitle, () => stepLinks(page));
      await test.step(integrationTitle, () => integrationOnPhone(page));
    });
  } else {
    test(integrationTitle, async ({ page }) => {
      await openReady(page, guide);
      await integrationOnPhone(page);
    });
  }

  test(`${locale}: the full sandbox fits a phone, log comparison included`, async ({ page }) => {
    await openReady(page, `${sandbox}?scenario=after-read-write-reset`);
    // The integration was set up before the reset: it holds the old token.
    await expectIntegration(page, 'failing 401');
    await integration(page).getByRole('button', { name: p.checkNow }).tap();
    const checks = requestLog(page).getByRole('checkbox');
    await expect.poll(() => checks.count()).toBeGreaterThanOrEqual(2);
    await checks.nth(0).tap();
    await checks.nth(1).tap();
    await expect(requestLog(page).getByRole('region', { name: new RegExp(`^${p.comparison}`) })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
}
