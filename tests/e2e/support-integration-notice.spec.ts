/**
 * On the guide the integration sits far down the console: when its health changes after what the
 * reader did in a step (a reset), the page says so where they are, with a way to the integration.
 */
import { TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { SUPPORT_PAGE_MESSAGES } from '../../src/i18n/support-page.ts';
import { expect, GUIDED_MESSAGES, guideStep, openReady } from './fixtures.ts';
import { BOTH_LOCALES, expectIntegration, integration, openSupportTools, testIn } from './support-helpers.ts';

for (const { locale, guide, t } of BOTH_LOCALES.filter(({ locale }) => TRANSLATED_LOCALES.includes(locale))) {
  const labels = SUPPORT_PAGE_MESSAGES[locale];
  testIn('zh', locale)(
    `${locale}: a reset in a step that breaks the integration is said in view, with a way to it`,
    async ({ page }) => {
      await openReady(page, `${guide}?scenario=enabled`);
      await openSupportTools(page);
      await expectIntegration(page, 'healthy 200');
      const app = guideStep(page, 4).locator('impact-sandbox');
      await app.scrollIntoViewIfNeeded();
      await expect(integration(page).locator('[data-health]')).not.toBeInViewport();
      await app.getByRole('button', { name: t.more }).click();
      await app.getByRole('menuitem', { name: t.resetReadWrite }).click();
      await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).click();
      await expectIntegration(page, 'failing 401');
      const notice = page
        .getByRole('status')
        .filter({ hasText: labels.integrationNowFailing.replace('{status}', '401') });
      await expect(notice).toBeInViewport();
      // While it shows, a control the reader focuses at the bottom of the window is brought above
      // it, not left behind it (WCAG 2.4.11): the next step's "Show me" put under the notice, then focused.
      // (The status region holds the line, which is fixed to the window's bottom.)
      const box = (await notice.locator('p').boundingBox())!;
      const showMe = guideStep(page, 5).getByRole('button', { name: GUIDED_MESSAGES[locale].showMe });
      const under = (await showMe.boundingBox())!;
      await page.evaluate((by) => window.scrollBy(0, by), under.y - box.y);
      await expect.poll(async () => (await showMe.boundingBox())!.y).toBeCloseTo(box.y, -1);
      await showMe.focus();
      await expect
        .poll(async () => {
          const b = (await showMe.boundingBox())!;
          return b.y + b.height;
        })
        .toBeLessThanOrEqual(box.y);
      await notice.getByRole('button', { name: labels.showIntegration }).click();
      await expect(integration(page).locator('[data-health="failing"]')).toBeInViewport();
      await expect(notice).toBeHidden();
    },
  );
}
