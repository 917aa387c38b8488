/** Scenarios from the address (`?scenario=NAME`) and from the console's picker, in both languages. */
import { embed, expect, openReady, pageApi, resetSandbox, test, tryPanel } from './fixtures.ts';
import { BOTH_LOCALES, consoleStatus, controls, send, testIn } from './support-helpers.ts';
import { MAX_LOG_ENTRIES, SETTINGS_ROUTES } from '../../src/contract/index.ts';
import type { SandboxState } from '../../mocks/state.ts';

for (const { locale, guide, sandbox, t, s, c } of BOTH_LOCALES) {
  test.describe(`${locale}`, () => {
    testIn('zh', locale)(
      '?scenario= on the guide opens that state at once, leaves the address, and a reload keeps it',
      async ({ page }) => {
        await openReady(page, `${guide}?scenario=after-read-write-reset`);
        await expect(consoleStatus(page)).toHaveText(c.scenarioLoaded(c.scenarios['after-read-write-reset'].title));
        expect(new URL(page.url()).search).toBe('');
        await expect(tryPanel(page).getByRole('radio', { name: t.previousReadWrite })).toBeEnabled();
        const sid = (await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid;
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready');
        await expect(page.getByRole('dialog')).toHaveCount(0);
        expect((await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid).toBe(sid);
      },
    );

    testIn('zh', locale)(
      'on the full sandbox, a sandbox with changes of its own asks first; cancel keeps it, confirm loads',
      async ({ page }) => {
        await openReady(page, sandbox);
        await pageApi(page, '/api/sandbox/legacy-tokens', { method: 'POST' });
        const sid = (await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid;
        await openReady(page, `${sandbox}?scenario=rate-limited`);
        const dialog = controls(page).getByRole('dialog', {
          name: c.confirmScenarioTitle(c.scenarios['rate-limited'].title),
        });
        await expect(dialog).toContainText(c.scenarios['rate-limited'].description);
        await expect(dialog).toContainText(c.confirmReplaces);
        await dialog.getByRole('button', { name: c.cancel }).click();
        await expect(consoleStatus(page)).toHaveText(c.keptSandbox);
        expect((await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid).toBe(sid);
        expect(new URL(page.url()).search).toBe('');

        await openReady(page, `${sandbox}?scenario=rate-limited`);
        await dialog.getByRole('button', { name: c.load }).click();
        await expect(consoleStatus(page)).toHaveText(c.scenarioLoaded(c.scenarios['rate-limited'].title));
        expect((await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid).not.toBe(sid);
        // This hour's calls are used up: the panel explains the 429 in the page's language.
        expect(await send(page, t, t.currentReadWrite)).toBe(429);
        await expect(tryPanel(page).getByText(s.reasons['rate-limited'])).toBeVisible();
      },
    );

    testIn('zh', locale)(
      'the picker shows the scenario last loaded after a reload and in another tab, until the sandbox changes',
      async ({ page }) => {
        const picker = (tab: typeof page) => controls(tab).getByRole('combobox', { name: c.scenarioPicker });
        await openReady(page, `${sandbox}?scenario=upgraded`);
        await expect(consoleStatus(page)).toHaveText(c.scenarioLoaded(c.scenarios.upgraded.title));
        // The sandbox as an integration's 8 minutes of calls leave it: the load pushed out of the log by
        // a log's worth of partner API calls (tests/unit/support-api.test.ts makes them), no change of its own.
        expect(await send(page, t, t.currentReadWrite)).toBe(200);
        const { body: state } = await pageApi<SandboxState>(page, SETTINGS_ROUTES.snapshot);
        const call = state.log.findLast((entry) => entry.kind === 'request')!;
        const calls = Array.from({ length: MAX_LOG_ENTRIES }, (_, index) => ({ ...call, id: state.nextLogId + index }));
        const loaded = await pageApi(page, SETTINGS_ROUTES.snapshot, {
          method: 'PUT',
          body: { ...state, log: calls, nextLogId: state.nextLogId + MAX_LOG_ENTRIES },
        });
        expect(loaded.status).toBe(200);
        await openReady(page, sandbox);
        await expect(picker(page)).toHaveValue('upgraded');
        await expect(controls(page).getByText(c.scenarios.upgraded.description)).toBeVisible();

        // Another tab shows it too, and follows when this one loads another.
        const other = await page.context().newPage();
        await openReady(other, sandbox);
        await expect(picker(other)).toHaveValue('upgraded');
        await picker(page).selectOption('rate-limited');
        await controls(page).getByRole('button', { name: c.loadScenario }).click();
        await expect(consoleStatus(page)).toHaveText(c.scenarioLoaded(c.scenarios['rate-limited'].title));
        await expect(picker(other)).toHaveValue('rate-limited');

        // A change of the sandbox's own since: the scenario is no longer what it is.
        await pageApi(other, '/api/sandbox/legacy-tokens/read-write/reset', { method: 'POST' });
        await openReady(other, sandbox);
        await expect(controls(other).getByRole('button', { name: c.loadScenario })).toBeVisible();
        await expect(picker(other)).not.toHaveValue('rate-limited');
        await other.close();
      },
    );

    testIn('en', locale)('the console picker describes each scenario and loads it', async ({ page }) => {
      await openReady(page, sandbox);
      const picker = controls(page).getByRole('combobox', { name: c.scenarioPicker });
      for (const name of [
        'new',
        'enabled',
        'after-read-write-reset',
        'after-read-only-reset',
        'upgraded',
        'rate-limited',
      ] as const) {
        await picker.selectOption(name);
        await expect(controls(page).getByText(c.scenarios[name].description)).toBeVisible();
      }
      await picker.selectOption('upgraded');
      await controls(page).getByRole('button', { name: c.loadScenario }).click();
      await expect(consoleStatus(page)).toHaveText(c.scenarioLoaded(c.scenarios.upgraded.title));
      await expect(controls(page)).toContainText(`${t.legacyEnabled} · ${t.apiVersion} 15`);
      expect(await send(page, t, t.currentReadWrite)).toBe(200);
    });
  });
}

for (const { locale, guide, t, c } of BOTH_LOCALES) {
  // One guide load for both (each costs seconds of CPU): "Reset sandbox" in between gives the
  // second its fresh sandbox.
  testIn('en', locale)(
    `${locale}: the menu reference's embed starts from its scenario; an unknown scenario changes nothing`,
    async ({ page }) => {
      await openReady(page, guide);
      await test.step(`${locale}: the menu reference's embed starts from its scenario, asking first once the sandbox has changes`, async () => {
        // The embed inside the collapsed menu reference: the sixth app on the page.
        await page.locator('#menu-reference > summary').click();
        const offer = page.locator('impact-scenario-offer');
        const app = embed(page, 5);
        await expect(offer).toContainText(c.scenarios.enabled.description);
        await expect(app.getByRole('button', { name: t.enableLegacyTokens })).toBeVisible();

        // A pristine sandbox starts from it at once, and the embed says so.
        await offer.getByRole('button', { name: c.startFromScenario }).click();
        await expect(offer.getByRole('status')).toHaveText(c.scenarioLoaded(c.scenarios.enabled.title));
        await expect(app.getByRole('article', { name: t.legacyAccountTokens })).toBeVisible();
        await app.getByRole('button', { name: t.more }).click();
        await expect(app.getByRole('menuitem', { name: t.resetReadWrite })).toBeVisible();
        await page.keyboard.press('Escape');

        // Now the sandbox has a change of its own (a reset): starting over asks first, and cancel keeps it.
        await pageApi(page, '/api/sandbox/legacy-tokens/read-write/reset', { method: 'POST' });
        const sid = (await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid;
        await offer.getByRole('button', { name: c.startFromScenario }).click();
        const dialog = controls(page).getByRole('dialog', { name: c.confirmScenarioTitle(c.scenarios.enabled.title) });
        await dialog.getByRole('button', { name: c.cancel }).click();
        await expect(offer.getByRole('status')).toHaveText(c.keptSandbox);
        expect((await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid).toBe(sid);
      });
      await resetSandbox(page, t);
      await test.step('an unknown scenario gets a clear notice and changes nothing', async () => {
        await embed(page, 2).getByRole('button', { name: t.enableLegacyTokens }).click();
        await expect(embed(page, 2).getByRole('article', { name: t.legacyAccountTokens })).toBeVisible();
        const sid = (await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid;
        await openReady(page, `${guide}?scenario=tokens-everywhere`);
        await expect(consoleStatus(page)).toContainText(
          c.unknownScenario('tokens-everywhere', '').split('tokens-everywhere')[0]!,
        );
        await expect(consoleStatus(page)).toContainText('after-read-write-reset');
        await expect(page.getByRole('dialog')).toHaveCount(0);
        expect((await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid).toBe(sid);
        expect(new URL(page.url()).search).toBe('');
      });
    },
  );
}
