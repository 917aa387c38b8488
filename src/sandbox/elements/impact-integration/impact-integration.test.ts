import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { maskToken, SUPPORT_ROUTES, type LogEntry } from '../../../contract/index.ts';
import {
  api,
  expectAccessible,
  messagePattern,
  mount,
  sandboxStore,
  useSandboxBackend,
  zhPanels,
  zhSupport,
} from '../../../../tests/elements/support.ts';
import './impact-integration.ts';

useSandboxBackend();

// A long interval: the tests drive the calls with "check now" (each change also calls at once).
const mountIntegration = () => mount('impact-integration', { locale: 'zh', interval: '3600' });
const state = (element: HTMLElement) => {
  const root = element.shadowRoot!.querySelector<HTMLElement>('[data-health]');
  return root ? `${root.dataset.health} ${root.dataset.status}` : '';
};
const checkNow = () => userEvent.click(page.getByRole('button', { name: zhPanels.checkNow }));

describe('<impact-integration>', () => {
  it('is accessible waiting for tokens, healthy, and failing with the update button', async () => {
    const integration = await mountIntegration();
    await expect.element(page.getByText(zhPanels.integrationNeedsTokens)).toBeVisible();
    await expectAccessible(integration);
    await sandboxStore.enableLegacyTokens();
    await expect.poll(() => state(integration)).toBe('healthy 200');
    await expectAccessible(integration);
    await sandboxStore.resetToken('readWrite');
    await checkNow();
    await expect.poll(() => state(integration)).toBe('failing 401');
    await expectAccessible(integration);
  });

  it('holds a copy of the current Read/Write token: a reset turns it red with 401 and the reason; updating makes it green', async () => {
    await sandboxStore.enableLegacyTokens();
    const old = sandboxStore.view!.credentials!.readWrite.authToken;
    const integration = await mountIntegration();
    await expect.poll(() => state(integration)).toBe('healthy 200');
    await expect.element(page.getByText(maskToken(old))).toBeVisible();
    await expect
      .element(page.getByRole('status').filter({ hasText: zhPanels.healthChanged(zhPanels.healthy, 200) }))
      .toBeInTheDocument();

    await sandboxStore.resetToken('readWrite');
    // The copy does not follow the reset by itself (the reset makes it call at once).
    await expect.element(page.getByText(zhPanels.staleCopy)).toBeVisible();
    await expect.poll(() => state(integration)).toBe('failing 401');
    await expect
      .element(page.getByText(messagePattern((time: string) => zhSupport.why + zhSupport.revokedTokenAt(time), true)))
      .toBeVisible();
    await expect
      .element(page.getByRole('status').filter({ hasText: zhPanels.healthChanged(zhPanels.failing, 401) }))
      .toBeInTheDocument();

    await userEvent.click(page.getByRole('button', { name: zhPanels.updateToken }));
    await expect.poll(() => state(integration)).toBe('healthy 200');
    await expect.element(page.getByText(maskToken(sandboxStore.view!.credentials!.readWrite.authToken))).toBeVisible();
    await expect.element(page.getByRole('button', { name: zhPanels.updateToken })).not.toBeInTheDocument();

    const { entries } = (await api('GET', SUPPORT_ROUTES.log)) as { entries: LogEntry[] };
    const calls = entries.filter((entry) => entry.kind === 'request');
    expect(calls.every((entry) => entry.client === 'integration')).toBe(true);
    expect(calls.map((entry) => entry.status)).toEqual([200, 401, 200]);
  });

  it('a Read-Only token on a write gets 403; pause stops the calls', async () => {
    await sandboxStore.enableLegacyTokens();
    const integration = await mountIntegration();
    await expect.poll(() => state(integration)).toBe('healthy 200');
    await userEvent.selectOptions(page.getByRole('combobox', { name: zhPanels.heldToken }), 'readOnly');
    await userEvent.selectOptions(page.getByRole('combobox', { name: zhPanels.operation }), 'write');
    await expect.poll(() => state(integration)).toBe('failing 403');
    await expect.element(page.getByText(zhSupport.reasons['read-only-token'], { exact: false })).toBeVisible();

    const pause = page.getByRole('button', { name: zhPanels.pause });
    await userEvent.click(pause);
    await expect.element(pause).toHaveAttribute('aria-pressed', 'true');
    await expect.element(page.getByText(zhPanels.pausedByUser, { exact: false })).toBeVisible();
  });

  it('a reset here or in another tab turns it red at once, without waiting for its next call', async () => {
    await sandboxStore.enableLegacyTokens();
    const integration = await mountIntegration();
    await expect.poll(() => state(integration)).toBe('healthy 200');
    // The interval is an hour: only the call the reset itself starts can show the 401.
    await sandboxStore.resetToken('readWrite');
    await expect.poll(() => state(integration)).toBe('failing 401');
  });

  it('a scenario after a reset holds the token from before the reset and shows the 401 at once', async () => {
    await sandboxStore.enableLegacyTokens();
    const integration = await mountIntegration();
    await expect.poll(() => state(integration)).toBe('healthy 200');
    await sandboxStore.loadScenario('after-read-write-reset');
    const credentials = sandboxStore.view!.credentials!.readWrite;
    await expect.element(page.getByText(maskToken(credentials.previousAuthToken!))).toBeVisible();
    await expect.poll(() => state(integration)).toBe('failing 401');
    await expect.element(page.getByText(zhPanels.staleCopy)).toBeVisible();
  });

  it('a scenario without a reset gives it a fresh copy of the new account’s token', async () => {
    await sandboxStore.enableLegacyTokens();
    const integration = await mountIntegration();
    await expect.poll(() => state(integration)).toBe('healthy 200');
    const before = sandboxStore.view!.account.sid;
    await sandboxStore.loadScenario('enabled');
    expect(sandboxStore.view!.account.sid).not.toBe(before);
    await expect.element(page.getByText(maskToken(sandboxStore.view!.credentials!.readWrite.authToken))).toBeVisible();
    await expect.poll(() => state(integration)).toBe('healthy 200');
  });
});
