import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { SETTINGS_ROUTES } from '../../../contract/index.ts';
import {
  api,
  en,
  expectAccessible,
  expectFocus,
  focused,
  mount,
  sandboxStore,
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
    button(zh.userProfile).element().focus();
    await userEvent.keyboard('{ArrowDown}');
    await expectFocus(page.getByRole('menuitem', { name: zh.settings }));
    await userEvent.keyboard('{Enter}');
    await expectFocus(heading(zh.settings));
    await userEvent.keyboard('{Tab}');
    await expectFocus(button(zh.api));
    await userEvent.keyboard('{Enter}');
    await expectFocus(heading(zh.api));
    await expect.element(page.getByText(zh.noTokensYet)).toBeVisible();
    button(zh.enableLegacyTokens).element().focus();
    await userEvent.keyboard('{Enter}');
    await expectFocus(button(zh.legacyAccountTokens));
    await expect.element(button(zh.enableLegacyTokens)).not.toBeInTheDocument();
    await expect.element(button(zh.legacyAccountTokens)).toHaveAccessibleDescription(/API/);
  });

  it('screen and highlight: opens where the guide says and marks the control it names', async () => {
    await sandboxStore.enableLegacyTokens();
    const app = await mount('impact-sandbox', { locale: 'zh', screen: 'credentials', highlight: 'api-credentials' });
    await expect.element(tab(zh.apiCredentials)).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab(zh.apiCredentials)).toHaveClass('highlighted');
    await expect.element(tab(zh.overview)).not.toHaveClass('highlighted');
    await expect.element(page.getByRole('tabpanel', { name: zh.apiCredentials })).toBeVisible();
    expect(app.getAttribute('screen')).toBe('token');
  });

  it('the "here" mark is a tint and a dot, never a ring like focus; it goes once used or on navigation', async () => {
    const app = await mount('impact-sandbox', { locale: 'en', screen: 'api', highlight: 'enable-legacy-tokens' });
    const enable = button(en.enableLegacyTokens);
    await expect.element(enable).toHaveClass('highlighted');
    const look = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);
    const marked = enable.element() as HTMLElement;
    expect(look(marked).outlineStyle).toBe('none');
    expect(look(marked).boxShadow).toBe('none');
    expect(look(marked).backgroundColor).toBe('rgb(254, 243, 199)');
    expect(look(marked, '::after').backgroundColor).toBe('rgb(217, 119, 6)');
    // Focus still shows its own ring, which the mark does not resemble.
    button(en.userProfile).element().focus();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expectFocus(button(en.userProfile));
    expect(look(focused()!).outlineStyle).toBe('solid');

    // Navigating away and back: the mark is gone. "Show me" brings it back, with focus on the control.
    await userEvent.click(button(en.settings));
    await expect.element(heading(en.settings)).toBeVisible();
    expect(app.shadowRoot!.querySelector('.highlighted')).toBeNull();
    await userEvent.click(button(en.api));
    await expect.element(enable).not.toHaveClass('highlighted');
    expect(await app.showMe()).toBe(true);
    await expect.element(enable).toHaveClass('highlighted');
    await expectFocus(enable);
    // Used: the mark goes.
    await userEvent.keyboard('{Enter}');
    await expect.element(button(en.legacyAccountTokens)).toBeVisible();
    expect(app.shadowRoot!.querySelector('.highlighted')).toBeNull();
  });

  it('"Show me" returns to the screen the embed opened on, whatever the reader did since', async () => {
    await sandboxStore.enableLegacyTokens();
    const app = await mount('impact-sandbox', { locale: 'en', screen: 'api', highlight: 'token-card' });
    await userEvent.click(button(en.legacyAccountTokens));
    await userEvent.click(tab(en.apiCredentials));
    await expect.element(page.getByRole('tabpanel', { name: en.apiCredentials })).toBeVisible();
    expect(await app.showMe()).toBe(true);
    await expect.element(page.getByRole('article', { name: en.legacyAccountTokens })).toHaveClass('highlighted');
    await expectFocus(button(en.legacyAccountTokens));
    // Without legacy tokens the control is not there: showMe says so.
    await sandboxStore.resetSandbox();
    await expect.element(button(en.enableLegacyTokens)).toBeVisible();
    expect(await app.showMe()).toBe(false);
  });

  it('reports each action a guide step can ask for, and only once it is done', async () => {
    const actions: string[] = [];
    const app = await mount('impact-sandbox', { locale: 'en' });
    app.addEventListener('impact-sandbox-action', (event) => actions.push(event.detail.action));
    await userEvent.click(button(en.userProfile));
    await userEvent.click(page.getByRole('menuitem', { name: en.settings }));
    await userEvent.click(button(en.api));
    await userEvent.click(button(en.enableLegacyTokens));
    await expect.element(button(en.legacyAccountTokens)).toBeVisible();
    // [More] → an option, cancelled: the menu opened, but nothing was reset.
    await userEvent.click(button(en.more));
    await userEvent.click(page.getByRole('menuitem', { name: en.resetReadOnly }));
    await userEvent.click(button(en.cancel));
    await expect.poll(() => actions).toEqual(['open-settings', 'open-api', 'enable-legacy-tokens', 'open-more']);
    await userEvent.click(button(en.more));
    await userEvent.click(page.getByRole('menuitem', { name: en.resetReadOnly }));
    await userEvent.click(button(en.confirmReset));
    await expect.element(page.getByRole('status').filter({ hasText: en.resetDone(en.readOnly) })).toBeVisible();
    await userEvent.click(button(en.legacyAccountTokens));
    await userEvent.click(tab(en.apiCredentials));
    await userEvent.click(tab(en.overview));
    await userEvent.selectOptions(page.getByLabelText(en.apiVersion), '15');
    await userEvent.click(button(en.upgradeApiVersion));
    await userEvent.click(button(en.confirmUpgrade));
    await expect.element(page.getByRole('status').filter({ hasText: en.upgradeDone(15) })).toBeVisible();
    expect(actions).toEqual([
      'open-settings',
      'open-api',
      'enable-legacy-tokens',
      'open-more',
      'open-more',
      'reset-token',
      'open-token-card',
      'view-credentials',
      'choose-version',
      'change-version',
    ]);
  });

  it('before legacy tokens are enabled, no screen offers a reset or shows token labels', async () => {
    for (const screen of ['api', 'overview', 'credentials']) {
      const app = await mount('impact-sandbox', { locale: 'en', screen });
      await expect.element(button(en.enableLegacyTokens)).toBeVisible();
      const text = app.shadowRoot!.textContent ?? '';
      for (const label of [en.resetReadWrite, en.resetReadOnly, en.lastReset, en.never, en.authToken, en.accountSid])
        expect(text, `${screen}: ${label}`).not.toContain(label);
      await expect.element(button(en.more)).not.toBeInTheDocument();
      await expect.element(page.getByRole('menuitem')).not.toBeInTheDocument();
      app.remove();
    }
  });

  it('the token page needs legacy tokens: before enabling, its screens show the API page', async () => {
    await mount('impact-sandbox', { locale: 'en', screen: 'overview' });
    await expect.element(button(en.enableLegacyTokens)).toBeVisible();
    await expect.element(page.getByRole('tablist')).not.toBeInTheDocument();
  });

  it('tabs: arrows move and wrap, Home and End jump, and the tab moved to is selected with its panel', async () => {
    await sandboxStore.enableLegacyTokens();
    await mount('impact-sandbox', { locale: 'zh', screen: 'overview' });
    tab(zh.overview).element().focus();
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
    more.element().focus();
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

  it('a confirmation open when the sandbox starts over elsewhere closes and says that nothing was changed', async () => {
    await sandboxStore.enableLegacyTokens();
    await mount('impact-sandbox', { locale: 'en', screen: 'api' });
    await userEvent.click(button(en.more));
    await userEvent.click(page.getByRole('menuitem', { name: en.resetReadWrite }));
    const dialog = page.getByRole('dialog', { name: en.confirmResetTitle(en.readWrite) });
    await expect.element(dialog).toBeVisible();
    // Another tab (or the console) resets the whole sandbox.
    await sandboxStore.resetSandbox();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(page.getByRole('status').filter({ hasText: en.startedOverElsewhere })).toBeVisible();
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
    await expect
      .element(page.getByRole('status').filter({ hasText: zh.labelled(zh.copied, name) }))
      .toBeInTheDocument();
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

  describe('before the sandbox has loaded (its worker still installing)', () => {
    const whileLoading = () => {
      sandboxStore.view = null;
      sandboxStore.dispatchEvent(new Event('change'));
    };
    afterEach(() => {
      sandboxStore.startError = null;
    });

    it("the first step's screens work at once; what the reader did reaches the guide once the sandbox is here", async () => {
      whileLoading();
      const app = await mount('impact-sandbox', { locale: 'en', screen: 'home', highlight: 'user-profile' });
      const heard: string[] = [];
      app.addEventListener('impact-sandbox-action', (event) => heard.push(event.detail.action));
      await expect.element(heading(en.home)).toBeVisible();
      await expect.element(button(en.userProfile)).toBeEnabled();
      await userEvent.click(button(en.userProfile));
      await userEvent.click(page.getByRole('menuitem', { name: en.settings }));
      await expect.element(heading(en.settings)).toBeVisible();
      expect(heard).toEqual([]);
      // The API page shows the sandbox's tokens: it waits for it.
      await userEvent.click(button(en.api));
      await expect.element(page.getByRole('status').filter({ hasText: en.loading })).toBeVisible();
      await sandboxStore.refresh();
      await expect.element(button(en.enableLegacyTokens)).toBeVisible();
      await expect.poll(() => heard).toEqual(['open-settings', 'open-api']);
    });

    it('a sandbox that failed to start says so, even on a screen that needs none', async () => {
      whileLoading();
      await mount('impact-sandbox', { locale: 'en', screen: 'home' });
      sandboxStore.fail('storage blocked');
      await expect.element(page.getByText(`${en.startFailed}storage blocked`)).toBeVisible();
      await expect.element(heading(en.home)).not.toBeInTheDocument();
    });
  });
});
