import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CONSOLE_MESSAGES } from '../../../i18n/support-console.ts';
import {
  expectAccessible,
  mount,
  sandboxStore,
  useSandboxBackend,
  zh,
  zhConsole,
} from '../../../../tests/elements/support.ts';
import '../impact-sandbox-controls/impact-sandbox-controls.ts';
import './impact-scenario-offer.ts';

useSandboxBackend();
afterEach(() => sandboxStore.consoleTools.chunk?.offers.decline());

const en = CONSOLE_MESSAGES.en;

describe('<impact-scenario-offer>', () => {
  it('is accessible, with the scenario’s title and description', async () => {
    const offer = await mount('impact-scenario-offer', { scenario: 'after-read-write-reset', locale: 'zh' });
    await expect
      .element(
        page.getByText(zhConsole.scenarioOffer(zhConsole.scenarios['after-read-write-reset'].title), { exact: false }),
      )
      .toBeVisible();
    await expect.element(page.getByText(zhConsole.scenarios['after-read-write-reset'].description)).toBeVisible();
    await expectAccessible(offer);
  });

  it('loads its scenario at once into a pristine sandbox and says so (en)', async () => {
    await mount('impact-scenario-offer', { scenario: 'upgraded', locale: 'en' });
    const before = sandboxStore.view!.account.sid;
    await userEvent.click(page.getByRole('button', { name: en.startFromScenario }));
    await expect
      .element(page.getByRole('status').filter({ hasText: en.scenarioLoaded(en.scenarios.upgraded.title) }))
      .toBeVisible();
    expect(sandboxStore.view!.account.sid).not.toBe(before);
    expect(sandboxStore.view!.legacyToken?.apiVersion).toBe(15);
  });

  it('a sandbox with changes of its own: the console asks first, and cancelling keeps it (zh)', async () => {
    await sandboxStore.enableLegacyTokens();
    const before = sandboxStore.view!.account.sid;
    await mount('impact-sandbox-controls', { locale: 'zh' });
    await mount('impact-scenario-offer', { scenario: 'rate-limited', locale: 'zh' });
    await userEvent.click(page.getByRole('button', { name: zhConsole.startFromScenario }));
    const dialog = page.getByRole('dialog', {
      name: zhConsole.confirmScenarioTitle(zhConsole.scenarios['rate-limited'].title),
    });
    await expect.element(dialog).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: zhConsole.cancel }));
    await expect.element(page.getByRole('status').filter({ hasText: zhConsole.keptSandbox }).first()).toBeVisible();
    expect(sandboxStore.view!.account.sid).toBe(before);

    await userEvent.click(page.getByRole('button', { name: zhConsole.startFromScenario }));
    await userEvent.click(dialog.getByRole('button', { name: zhConsole.load }));
    const loaded = zhConsole.scenarioLoaded(zhConsole.scenarios['rate-limited'].title);
    await expect.element(page.getByRole('status').filter({ hasText: loaded }).first()).toBeVisible();
    expect(sandboxStore.view!.account.sid).not.toBe(before);
    await expect.element(page.getByText(zh.legacyEnabled, { exact: false })).toBeVisible();
  });
});
