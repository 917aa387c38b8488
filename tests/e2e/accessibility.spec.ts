/** Keyboard-only paths through the menu button, tabs and dialogs, and axe over every screen. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { embed, expect, openReady, test, zh } from './fixtures.ts';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

test('keyboard only: menu button, tabs and dialogs follow the WAI-ARIA patterns', async ({ page }) => {
  await openReady(page);
  const app = embed(page, 0);
  const profile = app.getByRole('button', { name: zh.userProfile });
  await expect(profile).toHaveAttribute('aria-haspopup', 'menu');
  // Start on the embed's first control (its brand link); Tab moves on to 用户资料.
  await app.getByRole('button', { name: 'impact.com' }).focus();
  await page.keyboard.press('Tab');
  await expect(profile).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(profile).toHaveAttribute('aria-expanded', 'true');
  await expect(app.getByRole('menuitem', { name: zh.settings })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(app.getByRole('menu')).toBeHidden();
  await expect(profile).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(app.getByRole('menuitem', { name: zh.settings })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: zh.settings })).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: zh.api, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: zh.api, exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: zh.createAccessToken })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: zh.enableLegacyTokens })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: zh.legacyAccountTokens })).toBeFocused();

  // [更多]: ArrowUp opens on the last item; arrows wrap; Escape closes the dialog and focus returns.
  const more = app.getByRole('button', { name: zh.more });
  await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(app.getByRole('menuitem', { name: zh.resetReadOnly })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(app.getByRole('menuitem', { name: zh.resetReadWrite })).toBeFocused();
  await page.keyboard.press('End');
  await expect(app.getByRole('menuitem', { name: zh.resetReadOnly })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press(' ');
  const dialog = app.getByRole('dialog', { name: zh.confirmResetTitle(zh.readWrite) });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(more).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: zh.resetDone(zh.readWrite) })).toHaveCount(0);

  // Tabs: Enter on the card, Tab to the selected tab, then arrows move and select; Home and End jump.
  await page.keyboard.press('Shift+Tab');
  await expect(app.getByRole('button', { name: zh.legacyAccountTokens })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: zh.legacyAccountTokens })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.getByRole('tab', { name: zh.overview })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const credentialsTab = app.getByRole('tab', { name: zh.apiCredentials });
  await expect(credentialsTab).toBeFocused();
  await expect(credentialsTab).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('tabpanel', { name: zh.apiCredentials })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(app.getByRole('tab', { name: zh.overview })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(credentialsTab).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(app.getByRole('tab', { name: zh.overview })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.getByRole('tabpanel', { name: zh.overview })).toBeFocused();
});

test('a dialog close that arrives after the user has moved on leaves focus where they are', async ({ page }) => {
  // Under load the browser runs queued keystrokes before the dialog's close event (input goes
  // first). Hold that event back, move on by keyboard, then let it arrive.
  await openReady(page);
  await embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens }).click();
  const app = embed(page, 4);
  await app.evaluate((host) => {
    const held: EventTarget[] = [];
    host.shadowRoot!.addEventListener(
      'close',
      (event) => {
        if (!event.isTrusted) return;
        event.stopPropagation();
        held.push(event.target!);
      },
      true,
    );
    (window as unknown as { releaseClose: () => void }).releaseClose = () => {
      for (const dialog of held.splice(0)) dialog.dispatchEvent(new Event('close'));
    };
  });
  await app.getByRole('button', { name: zh.more }).click();
  await app.getByRole('menuitem', { name: zh.resetReadWrite }).click();
  const dialog = app.getByRole('dialog', { name: zh.confirmResetTitle(zh.readWrite) });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await expect(app.getByRole('button', { name: zh.legacyAccountTokens })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const overviewTab = app.getByRole('tab', { name: zh.overview });
  await expect(overviewTab).toBeFocused();
  await page.evaluate(() => (window as unknown as { releaseClose: () => void }).releaseClose());
  // Focus stays on the tab, and the arrows still drive the tabs.
  await expect(app.getByRole('heading', { name: zh.legacyAccountTokens })).not.toBeFocused();
  await expect(overviewTab).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(app.getByRole('tab', { name: zh.apiCredentials })).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('status').filter({ hasText: zh.resetDone(zh.readWrite) })).toHaveCount(0);
});

test('axe finds no violations on the guide, in each state of the widgets', async ({ page }) => {
  // Four full axe runs: on a busy 2-core machine they alone can take most of 30 s.
  test.slow();
  await openReady(page);
  await expectNoAxeViolations(page);

  const app = embed(page, 4);
  await embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens }).click();
  await app.getByRole('button', { name: zh.more }).click();
  await expect(app.getByRole('menu')).toBeVisible();
  await expectNoAxeViolations(page);
  await app.getByRole('menuitem', { name: zh.resetReadOnly }).click();
  await expect(app.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
  await app.getByRole('dialog').getByRole('button', { name: zh.confirmReset }).click();

  await app.getByRole('button', { name: zh.legacyAccountTokens }).click();
  await expectNoAxeViolations(page);
  await app.getByRole('tab', { name: zh.apiCredentials }).click();
  await app.getByRole('button', { name: `${zh.view} ${zh.authToken}（${zh.readWrite}）` }).click();
  const panel = page.locator('impact-try-request');
  await panel.getByRole('radio', { name: zh.pasted }).check();
  await panel.getByRole('button', { name: zh.send }).click();
  await expect(panel.locator('[data-status]')).toHaveAttribute('data-status', '401');
  await expectNoAxeViolations(page);
});

test('axe finds no violations on the full sandbox and the linked security page', async ({ page }) => {
  test.slow();
  await openReady(page, '/partner/zh/sandbox');
  await expectNoAxeViolations(page);
  await page.goto('/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保护您的访问令牌安全');
  await expectNoAxeViolations(page);
});
