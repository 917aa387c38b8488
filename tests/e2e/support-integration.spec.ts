/**
 * The live integration stands for the partner's software: a reset turns it red (401, with the
 * reason), "update" makes it green, a Read-Only token on a write gets 403; its calls appear in
 * the request log. In the guide's console and on the full sandbox, in both languages.
 */
import { embed, expect, openReady, test } from './fixtures.ts';
import { SUPPORT_PAGE_MESSAGES } from '../../src/i18n/support-page.ts';
import {
  BOTH_LOCALES,
  expectIntegration,
  integration,
  messagePattern,
  openSupportTools,
  requestLog,
  testIn,
} from './support-helpers.ts';

for (const { locale, guide, t, s, p } of BOTH_LOCALES) {
  test.describe(`${locale}`, () => {
    testIn('zh', locale)(
      'in the guide’s console: enable, green; reset, red with 401 and why; update, green again',
      async ({ page }) => {
        await openReady(page, guide);
        await openSupportTools(page);
        await expect(integration(page).getByText(p.integrationNeedsTokens)).toBeVisible();
        await embed(page, 2).getByRole('button', { name: t.enableLegacyTokens }).click();
        await expectIntegration(page, 'healthy 200');
        await expect(integration(page)).toContainText(p.healthy);

        const app = embed(page, 3);
        await app.getByRole('button', { name: t.more }).click();
        await app.getByRole('menuitem', { name: t.resetReadWrite }).click();
        await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).click();
        await expect(integration(page).getByText(p.staleCopy)).toBeVisible();
        // It calls every 5 seconds; "check now" shows the break without waiting.
        await integration(page).getByRole('button', { name: p.checkNow }).click();
        await expectIntegration(page, 'failing 401');
        await expect(integration(page)).toContainText(p.failing);
        await expect(integration(page)).toContainText(messagePattern(s.revokedTokenAt));
        await expect(
          requestLog(page)
            .locator('[data-kind="request"][data-status="401"]')
            .filter({ hasText: p.clients.integration }),
        ).not.toHaveCount(0);

        await integration(page).getByRole('button', { name: p.updateToken }).click();
        await expectIntegration(page, 'healthy 200');
        await expect(integration(page).getByRole('button', { name: p.updateToken })).toHaveCount(0);
      },
    );
  });
}

// One en full sandbox in the enabled scenario for both (each load costs seconds of CPU): hiding and
// showing the tab changes nothing the 403 check starts from.
test('on the full sandbox the integration pauses while its tab is hidden; a Read-Only token on a write shows 403', async ({
  page,
}) => {
  const { sandbox, s, p } = BOTH_LOCALES[1]!;
  await openReady(page, `${sandbox}?scenario=enabled`);
  await expectIntegration(page, 'healthy 200');
  await test.step('it pauses, and says so, while its tab is hidden; shown again, it resumes', async () => {
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await expect(integration(page)).toContainText(p.pausedHidden);
    await setVisibility('visible');
    await expect(integration(page)).not.toContainText(p.pausedHidden);
  });
  await test.step('on the full sandbox: a Read-Only token on a write shows 403; pausing stops it', async () => {
    await integration(page).getByRole('combobox', { name: p.heldToken }).selectOption('readOnly');
    await integration(page).getByRole('combobox', { name: p.operation }).selectOption('write');
    await expectIntegration(page, 'failing 403');
    await expect(integration(page)).toContainText(s.reasons['read-only-token']);
    const pause = integration(page).getByRole('button', { name: p.pause });
    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await expect(integration(page)).toContainText(p.pausedByUser);
  });
});

test('a learner’s guide never loads the support tools; opened, they load, and stay open across a reload', async ({
  page,
}) => {
  const { guide, locale, p } = BOTH_LOCALES[1]!;
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/support-panels\.[^/]+\.js$/.test(request.url())) chunks.push(request.url());
  });
  await openReady(page, guide);
  // Doing the steps (tokens enabled) is no reason to load them.
  await page
    .locator('impact-sandbox')
    .nth(2)
    .getByRole('button', { name: /Enable Legacy Tokens/ })
    .click();
  await expect(page.locator('impact-sandbox').nth(2).getByRole('article')).toBeVisible();
  await expect(page.locator('details.support-tools > summary')).toHaveText(SUPPORT_PAGE_MESSAGES[locale].supportTools);
  expect(chunks).toEqual([]);
  await openSupportTools(page);
  await expectIntegration(page, 'healthy 200');
  expect(chunks).toHaveLength(1);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready');
  await expect(page.locator('details.support-tools')).toHaveAttribute('open', '');
  await expect(integration(page)).toContainText(p.healthy);
});
