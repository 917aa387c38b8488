import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { SETTINGS_ROUTES, type SandboxView } from '../../../contract/index.ts';
import { sandboxStore } from '../../client-store.ts';
import {
  api,
  expectAccessible,
  expectFocus,
  mount,
  useSandboxBackend,
  zh,
} from '../../../../tests/elements/support.ts';
import './impact-sandbox-controls.ts';

const backend = useSandboxBackend();

const resetButton = () => page.getByRole('button', { name: zh.resetSandbox, exact: true });

describe('<impact-sandbox-controls>', () => {
  it('is accessible, with the reset dialog open too', async () => {
    const controls = await mount('impact-sandbox-controls', { locale: 'zh' });
    await expect.element(page.getByText(zh.legacyDisabled)).toBeVisible();
    await expectAccessible(controls);
    await userEvent.click(resetButton());
    await expect.element(page.getByRole('dialog', { name: zh.resetSandboxTitle })).toBeVisible();
    await expectAccessible(controls);
  });

  it('shows the account and follows the shared sandbox', async () => {
    await mount('impact-sandbox-controls', { locale: 'zh' });
    const { sid } = (await api('GET', SETTINGS_ROUTES.account)) as { sid: string };
    await expect.element(page.getByText(sid)).toBeVisible();
    await sandboxStore.enableLegacyTokens();
    await expect.element(page.getByText(zh.legacyEnabled, { exact: false })).toBeVisible();
    await expect.element(page.getByText(`${zh.apiVersion} 12`, { exact: false })).toBeVisible();
  });

  it('reset: Escape cancels and focus returns to the button; confirming starts a new sandbox and says so', async () => {
    await sandboxStore.enableLegacyTokens();
    const before = sandboxStore.view!.account.sid;
    await mount('impact-sandbox-controls', { locale: 'zh' });
    (await resetButton().element()).focus();
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
    const button = await resetButton().element();
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
    (await dismiss.element()).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(alert).not.toBeInTheDocument();
    await expectFocus(resetButton());
  });
});
