import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  MAX_SHARE_LINK_CHARS,
  SETTINGS_ROUTES,
  SHARE_FRAGMENT_KEY,
  type SandboxView,
} from '../../../contract/index.ts';
import { sharedInFragment } from '../../support/share-link.ts';
import {
  api,
  expectAccessible,
  expectFocus,
  messagePattern,
  mount,
  sandboxStore,
  useSandboxBackend,
  zh,
  zhConsole,
} from '../../../../tests/elements/support.ts';
import './impact-sandbox-controls.ts';

const backend = useSandboxBackend();
// An offer left open (a test that only looks at the dialog) would stay modal for the next test.
afterEach(() => sandboxStore.consoleTools.chunk?.offers.decline());

const resetButton = () => page.getByRole('button', { name: zh.resetSandbox, exact: true });

describe('<impact-sandbox-controls>', () => {
  it('is accessible, with the reset dialog and the scenario dialog open too', async () => {
    const controls = await mount('impact-sandbox-controls', { locale: 'zh' });
    await expect.element(page.getByText(zh.legacyDisabled)).toBeVisible();
    await expectAccessible(controls);
    await userEvent.click(resetButton());
    await expect.element(page.getByRole('dialog', { name: zh.resetSandboxTitle })).toBeVisible();
    await expectAccessible(controls);
    await userEvent.keyboard('{Escape}');
    await sandboxStore.enableLegacyTokens();
    await userEvent.click(page.getByRole('button', { name: zhConsole.loadScenario }));
    await expect
      .element(page.getByRole('dialog', { name: zhConsole.confirmScenarioTitle(zhConsole.scenarios.enabled.title) }))
      .toBeVisible();
    await expectAccessible(controls);
  });

  it('a scenario loads at once into a pristine sandbox, its description shown beside the picker', async () => {
    await mount('impact-sandbox-controls', { locale: 'zh' });
    const picker = page.getByRole('combobox', { name: zhConsole.scenarioPicker });
    await userEvent.selectOptions(picker, 'rate-limited');
    await expect.element(picker).toHaveAccessibleDescription(zhConsole.scenarios['rate-limited'].description);
    const before = sandboxStore.view!.account.sid;
    await userEvent.click(page.getByRole('button', { name: zhConsole.loadScenario }));
    await expect
      .element(
        page
          .getByRole('status')
          .filter({ hasText: zhConsole.scenarioLoaded(zhConsole.scenarios['rate-limited'].title) }),
      )
      .toBeVisible();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(sandboxStore.view!.account.sid).not.toBe(before);
    await expect.element(page.getByText(zh.legacyEnabled, { exact: false })).toBeVisible();
  });

  it('a scenario loaded from the address shows in the picker, its description beside it', async () => {
    await mount('impact-sandbox-controls', { locale: 'zh' });
    const picker = page.getByRole('combobox', { name: zhConsole.scenarioPicker });
    await expect.element(picker).toHaveValue('enabled');
    await (await sandboxStore.consoleTools.load()).offers.offerScenario('after-read-write-reset');
    const title = zhConsole.scenarios['after-read-write-reset'].title;
    await expect.element(page.getByRole('status').filter({ hasText: zhConsole.scenarioLoaded(title) })).toBeVisible();
    await expect.element(picker).toHaveValue('after-read-write-reset');
    await expect.element(picker).toHaveAccessibleDescription(zhConsole.scenarios['after-read-write-reset'].description);
  });

  it('a sandbox with changes of its own asks first: cancel keeps it, load replaces it; an unknown name changes nothing', async () => {
    await sandboxStore.enableLegacyTokens();
    const before = sandboxStore.view!.account.sid;
    await mount('impact-sandbox-controls', { locale: 'zh' });
    await userEvent.selectOptions(page.getByRole('combobox', { name: zhConsole.scenarioPicker }), 'upgraded');
    await userEvent.click(page.getByRole('button', { name: zhConsole.loadScenario }));
    const dialog = page.getByRole('dialog', {
      name: zhConsole.confirmScenarioTitle(zhConsole.scenarios.upgraded.title),
    });
    await expect.element(dialog).toMatchTextContent(zhConsole.confirmReplaces);
    await userEvent.click(dialog.getByRole('button', { name: zhConsole.cancel }));
    await expect.element(page.getByRole('status').filter({ hasText: zhConsole.keptSandbox })).toBeVisible();
    expect(sandboxStore.view!.account.sid).toBe(before);

    await userEvent.click(page.getByRole('button', { name: zhConsole.loadScenario }));
    await userEvent.click(dialog.getByRole('button', { name: zhConsole.load }));
    await expect.element(page.getByText(`${zh.apiVersion} 15`, { exact: false })).toBeVisible();
    expect(sandboxStore.view!.account.sid).not.toBe(before);

    const upgraded = sandboxStore.view!.account.sid;
    await (await sandboxStore.consoleTools.load()).offers.offerScenario('no-such-scenario');
    await expect.element(page.getByRole('status')).toMatchTextContent('no-such-scenario');
    expect(sandboxStore.view!.account.sid).toBe(upgraded);
  });

  it('copies a share link that reproduces the sandbox after a confirm; a damaged one changes nothing', async () => {
    await sandboxStore.enableLegacyTokens();
    await sandboxStore.resetToken('readOnly');
    const shared = structuredClone(sandboxStore.view!);
    await mount('impact-sandbox-controls', { locale: 'zh' });
    await userEvent.click(page.getByRole('button', { name: zhConsole.copyShareLink }));
    await expect.element(page.getByRole('status')).toMatchTextContent(messagePattern(zhConsole.shareCopied));
    const link = await navigator.clipboard.readText();
    expect(link.length).toBeLessThanOrEqual(MAX_SHARE_LINK_CHARS);
    expect(new URL(link).hash.startsWith(`#${SHARE_FRAGMENT_KEY}=`)).toBe(true);
    await expect.element(page.getByRole('textbox', { name: zhConsole.shareLink })).toHaveValue(link);

    await sandboxStore.resetSandbox();
    const encoded = sharedInFragment(new URL(link).hash)!;
    await (await sandboxStore.consoleTools.load()).offers.offerShared(encoded.slice(0, -12));
    await expect.element(page.getByRole('status')).toMatchTextContent(zhConsole.badShareLink);

    await (await sandboxStore.consoleTools.load()).offers.offerShared(encoded);
    const dialog = page.getByRole('dialog', { name: zhConsole.confirmShareTitle });
    await expect.element(dialog).toMatchTextContent(shared.account.sid);
    await userEvent.click(dialog.getByRole('button', { name: zhConsole.openShared }));
    await expect.element(page.getByRole('status')).toMatchTextContent(zhConsole.shareLoaded);
    expect(sandboxStore.view!.credentials).toEqual(shared.credentials);
    expect(sandboxStore.view!.legacyToken).toEqual(shared.legacyToken);
  });

  it('shows the account and follows the shared sandbox', async () => {
    await mount('impact-sandbox-controls', { locale: 'zh' });
    const { sid } = (await api('GET', SETTINGS_ROUTES.account)) as { sid: string };
    await expect.element(page.getByText(sid)).toBeVisible();
    await sandboxStore.enableLegacyTokens();
    await expect.element(page.getByText(zh.legacyEnabled, { exact: false })).toBeVisible();
    await expect.element(page.getByText(`${zh.legacyEnabled} · ${zh.apiVersion} 12`)).toBeVisible();
  });

  it('reset: Escape cancels and focus returns to the button; confirming starts a new sandbox and says so', async () => {
    await sandboxStore.enableLegacyTokens();
    const before = sandboxStore.view!.account.sid;
    await mount('impact-sandbox-controls', { locale: 'zh' });
    resetButton().element().focus();
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: zh.resetSandboxTitle });
    await expect.element(dialog).toHaveAccessibleDescription(zh.resetSandboxBody);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expectFocus(resetButton());
    expect(sandboxStore.view!.account.sid).toBe(before);

    await userEvent.keyboard('{Enter}');
    await userEvent.click(dialog.getByRole('button', { name: zh.resetSandbox }));
    await expect.element(page.getByRole('status').filter({ hasText: zh.resetSandboxDone })).toBeVisible();
    await expect.element(page.getByText(zh.legacyDisabled)).toBeVisible();
    expect(sandboxStore.view!.account.sid).not.toBe(before);
    await expectFocus(resetButton());
  });

  it('a host page themes it: tokens set on the page and ::part() rules reach inside; unset, the defaults hold', async () => {
    await mount('impact-sandbox-controls', { locale: 'zh' });
    const button = resetButton().element();
    expect(getComputedStyle(button).color).toBe('rgb(26, 86, 219)');
    expect(getComputedStyle(button).borderTopLeftRadius).toBe('6px');
    const theme = document.createElement('style');
    theme.textContent =
      ':root { --impact-color-accent: rgb(1, 2, 3); } impact-sandbox-controls::part(reset-button) { border-radius: 0px; }';
    document.head.append(theme);
    try {
      await expect.poll(() => getComputedStyle(button).color).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(button).borderTopColor).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(button).borderTopLeftRadius).toBe('0px');
    } finally {
      theme.remove();
    }
  });

  it('a recovered saved state is an alert until dismissed; focus then goes to the reset button', async () => {
    // The backend reports what a corrupt localStorage state leads to (e2e covers the real path).
    const view = (await api('GET', SETTINGS_ROUTES.view)) as SandboxView;
    backend.use(
      http.get(SETTINGS_ROUTES.view, () =>
        HttpResponse.json({ ...view, recovery: { reason: 'corrupt', at: '2026-01-02T03:04:05.000Z' } }),
      ),
    );
    await sandboxStore.refresh();
    const controls = await mount('impact-sandbox-controls', { locale: 'zh' });
    const alert = page.getByRole('alert');
    await expect.element(alert).toMatchTextContent(zh.recoveredCorrupt);
    await expectAccessible(controls);
    backend.resetHandlers();
    const dismiss = page.getByRole('button', { name: zh.dismiss });
    dismiss.element().focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(alert).not.toBeInTheDocument();
    await expectFocus(resetButton());
  });
});
