/** The request log and timeline, in both languages: entries, filters, comparison, export, clear. */
import { readFile } from 'node:fs/promises';
import type { LogEntry } from '../../src/contract/index.ts';
import { expect, openReady, pageApi, test } from './fixtures.ts';
import { BOTH_LOCALES, messagePattern, requestLog, send, testIn } from './support-helpers.ts';

for (const { locale, sandbox, t, s, p } of BOTH_LOCALES) {
  test.describe(`${locale}`, () => {
    testIn('zh', locale)(
      'every action and request in one timeline; two requests compared across the reset',
      async ({ page }) => {
        await openReady(page, sandbox);
        const app = page.locator('impact-sandbox');
        await app.getByRole('button', { name: t.userProfile }).click();
        await app.getByRole('menuitem', { name: t.settings }).click();
        await app.getByRole('button', { name: t.api, exact: true }).click();
        await app.getByRole('button', { name: t.enableLegacyTokens }).click();
        expect(await send(page, t, t.currentReadWrite)).toBe(200);
        await app.getByRole('button', { name: t.more }).click();
        await app.getByRole('menuitem', { name: t.resetReadWrite }).click();
        await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).click();
        expect(await send(page, t, t.previousReadWrite)).toBe(401);

        const log = requestLog(page);
        const fromPanel = log.locator('[data-kind="request"]').filter({ hasText: p.clients['try-request'] });
        await expect(fromPanel).toHaveCount(2);
        // Newest first: the 401 names the token, when it was reset, and why, in the page's language.
        const refused = fromPanel.first();
        await expect(refused).toHaveAttribute('data-status', '401');
        await expect(refused).toContainText('GET Campaigns.json');
        await expect(refused).toContainText(t.readWrite);
        await expect(refused).toContainText(messagePattern(p.revokedAt));
        await expect(refused).toContainText(s.reasons['revoked-token']);
        await expect(log.getByText(p.actions['reset-token'](t.readWrite))).toBeVisible();
        await expect(log.getByText(p.actions.enable(''))).toBeVisible();

        await refused.getByRole('checkbox').check();
        await fromPanel.last().getByRole('checkbox').check();
        const comparison = log.getByRole('region', { name: new RegExp(`^${p.comparison}`) });
        await expect(comparison).toContainText(p.compareSummary(p.beforeReset, 200, p.afterReset, 401));
        // Side by side: one column per request, row by row.
        await expect(comparison.getByRole('columnheader')).toHaveText([p.beforeReset, p.afterReset]);
        const cells = (row: string) => comparison.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell');
        await expect(cells(p.status)).toHaveText(['200', '401']);
        await expect(cells(p.token).nth(0)).toContainText(p.currentToken);
        await expect(cells(p.token).nth(1)).toContainText(messagePattern(p.revokedAt));
        await expect(cells(p.reason)).toHaveText([s.reasons.ok, s.reasons['revoked-token']]);

        await log.getByRole('combobox', { name: p.filterStatus }).selectOption({ label: p.failed });
        await expect(log.locator('[data-kind="request"]:not([data-status="401"])')).toHaveCount(0);
        await expect(log.locator('[data-kind="request"][data-status="401"]')).not.toHaveCount(0);
      },
    );

    testIn('en', locale)('exports the log as JSON with masked tokens only, and clears it', async ({ page }) => {
      await openReady(page, `${sandbox}?scenario=after-read-only-reset`);
      expect(await send(page, t, t.previousReadOnly)).toBe(401);
      const log = requestLog(page);
      await expect(log.locator('[data-kind="request"]').filter({ hasText: p.clients['try-request'] })).toHaveCount(1);
      const credentials = (
        await pageApi<{ credentials: { readOnly: { previousAuthToken: string } } }>(page, '/api/sandbox')
      ).body.credentials;

      const download = page.waitForEvent('download');
      await log.getByRole('button', { name: p.exportLog }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^sandbox-request-log-.+\.json$/);
      const text = await readFile((await file.path())!, 'utf8');
      const exported = JSON.parse(text) as { entries: LogEntry[] };
      expect(
        exported.entries.some(
          (entry) => entry.kind === 'request' && entry.status === 401 && entry.client === 'try-request',
        ),
      ).toBe(true);
      expect(text).not.toContain(credentials.readOnly.previousAuthToken);

      // The integration keeps calling, so the log fills again at once: the clear is what is checked.
      await log.getByRole('button', { name: p.clearLog }).click();
      await expect(log.getByRole('status')).toHaveText(p.logCleared);
      await expect(log.locator('[data-kind="request"]').filter({ hasText: p.clients['try-request'] })).toHaveCount(0);
    });
  });
}
