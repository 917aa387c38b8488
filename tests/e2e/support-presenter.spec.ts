/**
 * Presenting: the full sandbox at 1280×720 (a shared screen) shows the app, the integration and
 * the log side by side; a response is always brought into view; axe (WCAG 2.2 AA, so target
 * size too) finds nothing on the support tools in either language.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openReady, pageApi, test, tryPanel } from './fixtures.ts';
import {
  BOTH_LOCALES,
  controls,
  expectIntegration,
  integration,
  openSupportTools,
  requestLog,
  send,
  testIn,
} from './support-helpers.ts';

/** WCAG 2.2 AA, and the target-size rule really ran (it passes, not "not applicable"). */
async function expectAccessibleWithTargetSize(page: Page, include?: string): Promise<void> {
  const results = await expectNoAxeViolations(page, include);
  expect(results.passes.map((pass) => pass.id)).toContain('target-size');
}

for (const { locale, guide, sandbox, t, p, c } of BOTH_LOCALES) {
  test.describe(`${locale}`, () => {
    test.use({ viewport: { width: 1280, height: 720 } });

    const sideBySideTitle = 'at 1280×720 the app, the integration and the log sit side by side, each readable';
    const sideBySide = async (page: Page) => {
      await openReady(page, `${sandbox}?scenario=enabled`);
      await expectIntegration(page, 'healthy 200');
      const app = page.locator('impact-sandbox');
      await app.scrollIntoViewIfNeeded();
      const boxes = await Promise.all(
        [app, integration(page), requestLog(page)].map((locator) => locator.boundingBox()),
      );
      const [appBox, integrationBox, logBox] = boxes.map((box) => box!);
      expect(appBox!.x + appBox!.width).toBeLessThanOrEqual(integrationBox!.x);
      expect(integrationBox!.x).toBe(logBox!.x);
      for (const box of [appBox!, integrationBox!]) {
        expect(box.width).toBeGreaterThanOrEqual(330);
        expect(box.x + box.width).toBeLessThanOrEqual(1280);
      }
      await expect(integration(page).getByText(p.healthy, { exact: true })).toBeInViewport();
      await expect(page.getByRole('heading', { name: p.requestLog })).toBeInViewport();
      await expect(app.getByRole('heading', { name: t.home })).toBeInViewport();
      const text = await requestLog(page)
        .locator('.entry')
        .first()
        .evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
      expect(text).toBeGreaterThanOrEqual(14);
    };

    const holdsStill = async (page: Page) => {
      const page_ = page.locator('html');
      await expect
        .poll(() =>
          page_.evaluate(() => document.scrollingElement!.scrollHeight - document.scrollingElement!.clientHeight),
        )
        .toBeLessThanOrEqual(0);
      const columns = page.locator('.sandbox-grid > .pane');
      await expect(columns).toHaveCount(3);
      for (const column of await columns.all()) {
        const box = (await column.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(720);
      }
      // The log's column is taller inside than it shows: it scrolls by itself to the log's end.
      const logColumn = columns.nth(2);
      expect(await logColumn.evaluate((node) => node.scrollHeight > node.clientHeight)).toBe(true);
      const lastEntry = requestLog(page).locator('.entry').last();
      await lastEntry.scrollIntoViewIfNeeded();
      await expect(lastEntry).toBeInViewport();
      expect(await page_.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    };

    // The scenario and the two requests are the axe run's start too (zh): one sandbox load for both.
    const axeOnSandbox = async (page: Page) => {
      const checks = requestLog(page)
        .locator('[data-kind="request"]')
        .filter({ hasText: p.clients['try-request'] })
        .getByRole('checkbox');
      await checks.nth(0).check();
      await checks.nth(1).check();
      await tryPanel(page).getByText(t.equivalentCurl).click();
      await expectAccessibleWithTargetSize(page);
      // A change of the reader's own (a scenario left alone loads without asking): the confirm shows.
      await pageApi(page, '/api/sandbox/legacy-tokens/read-only/reset', { method: 'POST' });
      await controls(page).getByRole('button', { name: c.loadScenario }).click();
      await expect(controls(page).getByRole('dialog')).toBeVisible();
      // Only the console's controls changed (their dialog): axe runs there alone.
      await expectAccessibleWithTargetSize(page, 'impact-sandbox-controls');
    };

    // One test on the full sandbox at 1280×720: its second scenario loads in the same browser (a
    // warm load, about half a cold one's CPU), the first left alone so it loads without a confirm.
    if (locale === 'zh') {
      test('at 1280×720 the app, the integration and the log sit side by side; the page holds still, each column scrolling on its own; axe finds nothing there with a response, a comparison and a dialog', async ({
        page,
      }) => {
        // Two axe runs: on a busy 2-core machine they alone can take most of 30 s.
        test.slow();
        await test.step(sideBySideTitle, () => sideBySide(page));
        await openReady(page, `${sandbox}?scenario=after-read-write-reset`);
        await test.step('at 1280×720 the page holds still and every column ends inside the viewport, scrolling on its own', async () => {
          await expectIntegration(page, 'failing 401');
          // Enough in the log and the panel that each column has more than fits.
          expect(await send(page, t, t.currentReadWrite)).toBe(200);
          expect(await send(page, t, t.previousReadWrite)).toBe(401);
          await holdsStill(page);
        });
        await test.step('axe finds nothing on the full sandbox with a response, a comparison and a dialog', () =>
          axeOnSandbox(page));
      });
    } else {
      test('at 1280×720 the app, the integration and the log sit side by side; the page holds still and every column ends inside the viewport, scrolling on its own', async ({
        page,
      }) => {
        await test.step(sideBySideTitle, () => sideBySide(page));
        await openReady(page, `${sandbox}?scenario=after-read-write-reset`);
        await test.step('at 1280×720 the page holds still and every column ends inside the viewport, scrolling on its own', async () => {
          await expectIntegration(page, 'failing 401');
          // Enough in the log and the panel that each column has more than fits.
          expect(await send(page, t, t.currentReadWrite)).toBe(200);
          expect(await send(page, t, t.previousReadWrite)).toBe(401);
          await holdsStill(page);
        });
      });
    }

    testIn('zh', locale)(
      'a response is brought into view, in the console and on the full sandbox',
      async ({ page }) => {
        await openReady(page, `${guide}?scenario=enabled`);
        expect(await send(page, t, t.currentReadWrite)).toBe(200);
        await expect(tryPanel(page).locator('[data-exchange]')).toBeInViewport();
        // The same browser's sandbox, on the full page.
        await openReady(page, sandbox);
        expect(await send(page, t, t.currentReadOnly)).toBe(200);
        await expect(tryPanel(page).locator('[data-exchange]')).toBeInViewport();
      },
    );

    testIn('en', locale)('axe finds nothing on the guide with the console’s support tools in use', async ({ page }) => {
      // The guide and an axe run: on a busy 2-core machine more than 30 s (seen failing at 31 s).
      test.slow();
      await openReady(page, `${guide}?scenario=after-read-write-reset`);
      await openSupportTools(page);
      // The integration was set up before the reset: it holds the old token.
      await expectIntegration(page, 'failing 401');
      await controls(page).getByRole('button', { name: c.copyShareLink }).click();
      await expect(controls(page).getByRole('textbox', { name: c.shareLink })).toBeVisible();
      await expectNoAxeViolations(page, '.console');
    });
  });
}
