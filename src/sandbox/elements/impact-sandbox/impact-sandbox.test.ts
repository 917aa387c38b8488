import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { SETTINGS_ROUTES } from '../../../contract/index.ts';
import { sandboxStore } from '../../client-store.ts';
import {
  api,
  expectAccessible,
  expectFocus,
  mount,
  useSandboxBackend,
  zh,
} from '../../../../tests/elements/support.ts';
import './impact-sandbox.ts';

useSandboxBackend();

const heading = (name: string) => page.getByRole('heading', { name, exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const tab = (name: string) => page.getByRole('tab', { name });

describe('<impact-sandbox>', () => {
  it('is accessible on every screen, and with a dialog open', async () => {
    const app = await mount('impact-sandbox', { locale: 'zh' });
    await expect.element(page.getByRole('group', { name: zh.appName })).toBeVisible();
    await expectAccessible(app);
    app.screen = 'settings';
    await expect.element(heading(zh.settings)).toBeVisible();
    await expectAccessible(app);
    app.screen = 'api';
    await expect.element(button(zh.enableLegacyTokens)).toBeVisible();
    await expectAccessible(app);
    await userEvent.click(button(zh.enableLegacyTokens));
    await expect.element(button(zh.legacyAccountTokens)).toBeVisible();
    await expectAccessible(app);
    await userEvent.click(button(zh.legacyAccountTokens));
    await expect.element(tab(zh.overview)).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(app);
    await userEvent.click(tab(zh.apiCredentials));
    await expect.element(page.getByText(zh.accountSid)).toBeVisible();
    await expectAccessible(app);
    await userEvent.click(tab(zh.overview));
    await userEvent.selectOptions(page.getByLabelText(zh.apiVersion), '15');
    await userEvent.click(button(zh.upgradeApiVersion));
    await expect.element(page.getByRole('dialog', { name: zh.confirmUpgradeTitle(12, 15) })).toBeVisible();
    await expectAccessible(app);
  });

  it('keyboard: the profile menu leads to Settings, then API; enabling moves focus to the new token card', async () => {
    await mount('impact-sandbox', { locale: 'zh' });
    (await button(zh.userProfile).element()).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expectFocus(page.getByRole('menuitem', { name: zh.settings }));
    await userEvent.keyboard('{Enter}');
    await expectFocus(heading(zh.settings));
    await userEvent.keyboard('{Tab}');
    await expectFocus(button(zh.api));
    await userEvent.keyboard('{Enter}');
    await expectFocus(heading(zh.api));
    await expect.element(page.getByText(zh.noTokensYet)).toBeVisible();
    (await button(zh.enableLegacyTokens).element()).focus();
    await userEvent.keyboard('{Enter}');
    await expectFocus(button(zh.legacyAccountTokens));
    await expect.element(button(zh.enableLegacyTokens)).not.toBeInTheDocument();
    await expect.element(button(zh.legacyAccountTokens)).toHaveAccessibleDescription(/API/);
  });

  it('screen and highlight: opens where the guide says and outlines the control it names', async () => {
    await sandboxStore.enableLegacyTokens();
    const app = await mount('impact-sandbox', { locale: 'zh', screen: 'credentials', highlight: 'api-credentials' });
    await expect.element(tab(zh.apiCredentials)).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab(zh.apiCredentials)).toHaveClass('highlighted');
    await expect.element(tab(zh.overview)).not.toHaveClass('highlighted');
    await expect.element(page.getByRole('tabpanel', { name: zh.apiCredentials })).toBeVisible();
    expect(app.getAttribute('screen')).toBe('token');
  });

  it('the token page needs legacy tokens: before enabling, its screens show the API page', async () => {
    await mount('impact-sandbox', { locale: 'en', screen: 'overview' });
    const en = (await import('../../../i18n/sandbox.ts')).SANDBOX_MESSAGES.en;
    await expect.element(button(en.enableLegacyTokens)).toBeVisible();
    await expect.element(page.getByRole('tablist')).not.toBeInTheDocument();
  });

  it('tabs: arrows move and wrap, Home and End jump, and the tab moved to is selected with its panel', async () => {
    await sandboxStore.enableLegacyTokens();
    await mount('impact-sandbox', { locale: 'zh', screen: 'overview' });
    (await tab(zh.overview).element()).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expectFocus(tab(zh.apiCredentials));
    await expect.element(tab(zh.apiCredentials)).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab(zh.overview)).toHaveAttribute('tabindex', '-1');
    await expect.element(page.getByRole('tabpanel', { name: zh.apiCredentials })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    await expectFocus(tab(zh.overview));
    await userEvent.keyboard('{ArrowLeft}');
    await expectFocus(tab(zh.apiCredentials));
    await userEvent.keyboard('{Home}');
    await expectFocus(tab(zh.overview));
    await userEvent.keyboard('{End}');
    await expectFocus(tab(zh.apiCredentials));
    await expect.element(page.getByRole('tabpanel', { name: zh.overview })).not.toBeInTheDocument();
  });

  it('reset dialog: Escape cancels and focus returns to More; confirming resets and offers the credentials', async () => {
    await sandboxStore.enableLegacyTokens();
    const before = (await api('GET', SETTINGS_ROUTES.credentials)) as { readWrite: { authToken: string } };
    await mount('impact-sandbox', { locale: 'zh', screen: 'api' });
    const more = button(zh.more);
    (await more.element()).focus();
    await userEvent.keyboard('{Enter}');
    await expectFocus(page.getByRole('menuitem', { name: zh.resetReadWrite }));
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: zh.confirmResetTitle(zh.readWrite) });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog).toHaveAccessibleDescription(zh.confirmResetBody);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expectFocus(more);

    await userEvent.keyboard('{ArrowUp}');
    await expectFocus(page.getByRole('menuitem', { name: zh.resetReadOnly }));
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{Enter}');
    await userEvent.click(button(zh.confirmReset));
    await expect.element(page.getByRole('status').filter({ hasText: zh.resetDone(zh.readWrite) })).toBeVisible();
    const after = (await api('GET', SETTINGS_ROUTES.credentials)) as {
      readWrite: { authToken: string; previousAuthToken: string };
    };
    expect(after.readWrite.authToken).not.toBe(before.readWrite.authToken);
    expect(after.readWrite.previousAuthToken).toBe(before.readWrite.authToken);
    await expectFocus(more);
    await userEvent.click(button(zh.showCredentials));
    await expect.element(tab(zh.apiCredentials)).toHaveAttribute('aria-selected', 'true');
  });

  it('upgrade: the drop-down only chooses; the confirmed upgrade leaves focus on the heading once no newer version is left', async () => {
    await sandboxStore.enableLegacyTokens();
    await mount('impact-sandbox', { locale: 'zh', screen: 'overview' });
    const upgrade = button(zh.upgradeApiVersion);
    await expect.element(upgrade).toBeDisabled();
    await userEvent.selectOptions(page.getByLabelText(zh.apiVersion), '16');
    await expect.element(upgrade).toBeEnabled();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(upgrade);
    await userEvent.click(button(zh.confirmUpgrade));
    await expect.element(page.getByRole('status').filter({ hasText: zh.upgradeDone(16) })).toBeVisible();
    await expect.element(upgrade).not.toBeInTheDocument();
    await expect.element(page.getByText(zh.newestVersion)).toBeVisible();
    await expectFocus(heading(zh.legacyAccountTokens));
  });

  it('credentials: tokens are masked until viewed; copying puts the value on the clipboard and says so', async () => {
    await sandboxStore.enableLegacyTokens();
    const credentials = (await api('GET', SETTINGS_ROUTES.credentials)) as { readOnly: { authToken: string } };
    await mount('impact-sandbox', { locale: 'zh', screen: 'credentials' });
    const name = zh.authTokenOf(zh.readOnly);
    const view = button(`${zh.view} ${name}`);
    await expect.element(page.getByText(credentials.readOnly.authToken)).not.toBeInTheDocument();
    await expect.element(view).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(view);
    await expect.element(view).toHaveAttribute('aria-pressed', 'true');
    await expect.element(page.getByText(credentials.readOnly.authToken)).toBeVisible();
    await userEvent.click(button(`${zh.copy} ${name}`));
    await expect.element(page.getByRole('status').filter({ hasText: `${zh.copied}: ${name}` })).toBeInTheDocument();
    await expect.poll(() => navigator.clipboard.readText()).toBe(credentials.readOnly.authToken);
  });

  it('embeds share one sandbox: enabling in one redraws the other', async () => {
    await mount('impact-sandbox', { locale: 'zh', screen: 'api' });
    await mount('impact-sandbox', { locale: 'zh', screen: 'api' });
    await expect.poll(() => page.getByRole('button', { name: zh.enableLegacyTokens }).elements().length).toBe(2);
    await userEvent.click(page.getByRole('button', { name: zh.enableLegacyTokens }).first());
    await expect.poll(() => page.getByRole('button', { name: zh.legacyAccountTokens }).elements().length).toBe(2);
    expect(page.getByRole('button', { name: zh.enableLegacyTokens }).elements()).toHaveLength(0);
  });
});
