/** Keyboard-only paths through the menu button, tabs and dialogs, and axe over every screen, in each locale. */
import type { Page } from '@playwright/test';
import {
  embed,
  expect,
  expectNoAxeViolations,
  GUIDE_PATHS,
  GUIDED_MESSAGES,
  guideStep,
  LOCALES,
  openReady,
  perLocale,
  resetSandbox,
  SANDBOX_MESSAGES,
  SANDBOX_PATHS,
  test,
} from './fixtures.ts';
import { pseudoText } from '../../src/i18n/pseudo.ts';
import { TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { translatePath } from '../../src/site.ts';

const SECURITY_PAGE = perLocale(
  {
    zh: {
      path: '/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure',
      title: '保护您的访问令牌安全',
    },
    en: {
      path: '/other/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure',
      title: 'Keep your access tokens secure',
    },
  },
  (en, locale) => ({ path: translatePath(en.path, locale), title: pseudoText(en.title) }),
);

for (const locale of LOCALES) {
  const t = SANDBOX_MESSAGES[locale];
  const g = GUIDED_MESSAGES[locale];
  // axe over the languages readers get. The pseudo-locale (test builds only) is English's DOM with
  // its strings transformed: its axe runs found what English's did, at ~23 s of a 2-core budget.
  const axeTest = (TRANSLATED_LOCALES as readonly string[]).includes(locale)
    ? test
    : ((() => undefined) as unknown as typeof test);

  const keyboardTitle = `${locale}: keyboard only: menu button, tabs and dialogs follow the WAI-ARIA patterns`;
  const keyboardPaths = async (page: Page) => {
    const app = embed(page, 0);
    const profile = app.getByRole('button', { name: t.userProfile });
    await expect(profile).toHaveAttribute('aria-haspopup', 'menu');
    // Start on the embed's first control (its brand link); Tab moves on to 用户资料.
    await app.getByRole('button', { name: 'impact.com' }).focus();
    await page.keyboard.press('Tab');
    await expect(profile).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(profile).toHaveAttribute('aria-expanded', 'true');
    await expect(app.getByRole('menuitem', { name: t.settings })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(app.getByRole('menu')).toBeHidden();
    await expect(profile).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(app.getByRole('menuitem', { name: t.settings })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.getByRole('heading', { name: t.settings })).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(app.getByRole('button', { name: t.api, exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.getByRole('heading', { name: t.api, exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.getByRole('button', { name: t.createAccessToken })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.getByRole('button', { name: t.enableLegacyTokens })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.getByRole('button', { name: t.legacyAccountTokens })).toBeFocused();

    // [更多]: ArrowUp opens on the last item; arrows wrap; Escape closes the dialog and focus returns.
    const more = app.getByRole('button', { name: t.more });
    await page.keyboard.press('Tab');
    await expect(more).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(app.getByRole('menuitem', { name: t.resetReadOnly })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(app.getByRole('menuitem', { name: t.resetReadWrite })).toBeFocused();
    await page.keyboard.press('End');
    await expect(app.getByRole('menuitem', { name: t.resetReadOnly })).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press(' ');
    const dialog = app.getByRole('dialog', { name: t.confirmResetTitle(t.readWrite) });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(more).toBeFocused();
    await expect(app.getByRole('status').filter({ hasText: t.resetDone(t.readWrite) })).toHaveCount(0);

    // Tabs: Enter on the card, Tab to the selected tab, then arrows move and select; Home and End jump.
    await page.keyboard.press('Shift+Tab');
    await expect(app.getByRole('button', { name: t.legacyAccountTokens })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.getByRole('heading', { name: t.legacyAccountTokens })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.getByRole('tab', { name: t.overview })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const credentialsTab = app.getByRole('tab', { name: t.apiCredentials });
    await expect(credentialsTab).toBeFocused();
    await expect(credentialsTab).toHaveAttribute('aria-selected', 'true');
    await expect(app.getByRole('tabpanel', { name: t.apiCredentials })).toBeVisible();
    await page.keyboard.press('Home');
    await expect(app.getByRole('tab', { name: t.overview })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(credentialsTab).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(app.getByRole('tab', { name: t.overview })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.getByRole('tabpanel', { name: t.overview })).toBeFocused();
  };

  const lateCloseTitle = `${locale}: a dialog close that arrives after the user has moved on leaves focus where they are`;
  const lateClose = async (page: Page) => {
    // Under load the browser runs queued keystrokes before the dialog's close event (input goes
    // first). Hold that event back, move on by keyboard, then let it arrive.
    await embed(page, 2).getByRole('button', { name: t.enableLegacyTokens }).click();
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
    await app.getByRole('button', { name: t.more }).click();
    await app.getByRole('menuitem', { name: t.resetReadWrite }).click();
    const dialog = app.getByRole('dialog', { name: t.confirmResetTitle(t.readWrite) });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Shift+Tab');
    await expect(app.getByRole('button', { name: t.legacyAccountTokens })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const overviewTab = app.getByRole('tab', { name: t.overview });
    await expect(overviewTab).toBeFocused();
    await page.evaluate(() => (window as unknown as { releaseClose: () => void }).releaseClose());
    // Focus stays on the tab, and the arrows still drive the tabs.
    await expect(app.getByRole('heading', { name: t.legacyAccountTokens })).not.toBeFocused();
    await expect(overviewTab).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(app.getByRole('tab', { name: t.apiCredentials })).toHaveAttribute('aria-selected', 'true');
    await expect(app.getByRole('status').filter({ hasText: t.resetDone(t.readWrite) })).toHaveCount(0);
  };

  const axeGuideTitle = `${locale}: axe finds no violations on the guide, in each state of the widgets and the guided steps`;
  const axeGuide = async (page: Page) => {
    // Steps 4 and 5 say that step 3 comes first, with "Catch me up".
    await expect(guideStep(page, 4).getByRole('button', { name: g.catchMeUp })).toBeVisible();
    await expectNoAxeViolations(page);
    // "Show me" marks a control and focuses it.
    await guideStep(page, 2).getByRole('button', { name: g.showMe }).click();
    await expect(embed(page, 1).locator('.highlighted')).toBeFocused();
    await expectNoAxeViolations(page, 'impact-guide-step[step="2"]');

    const app = embed(page, 4);
    await embed(page, 2).getByRole('button', { name: t.enableLegacyTokens }).click();
    await app.getByRole('button', { name: t.more }).click();
    await expect(app.getByRole('menu')).toBeVisible();
    await expectNoAxeViolations(page, 'impact-guide-step[step="5"]');
    await app.getByRole('menuitem', { name: t.resetReadOnly }).click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'impact-guide-step[step="5"]');
    await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).click();

    await app.getByRole('button', { name: t.legacyAccountTokens }).click();
    await expect(app.getByRole('tab', { name: t.overview })).toBeVisible();
    await expectNoAxeViolations(page, 'impact-guide-step[step="5"]');
    await app.getByRole('tab', { name: t.apiCredentials }).click();
    await app.getByRole('button', { name: `${t.view} ${t.authTokenOf(t.readWrite)}` }).click();
    const panel = page.locator('impact-try-request');
    await panel.getByRole('radio', { name: t.pasted }).check();
    // Nothing pasted: no request, an alert on the SID field instead.
    await panel.getByRole('button', { name: t.send }).click();
    await expect(panel.getByRole('alert')).toHaveText(t.pastedSidNeeded);
    await expectNoAxeViolations(page, 'impact-try-request');
    await panel.getByRole('textbox', { name: t.accountSid }).fill('IRpastedSID1');
    await panel.getByRole('button', { name: t.send }).click();
    await expect(panel.locator('[data-status]')).toHaveAttribute('data-status', '401');
    await expectNoAxeViolations(page);
  };

  // Six axe runs (a full one on the guide costs ~8 s of CPU): on a busy 2-core machine they
  // alone can take most of 30 s. So the full page is checked where every widget is new to axe
  // (first as it loads, last with tokens enabled, reset and sent), the states between in the
  // one step's app that changed.
  // The keyboard paths and focus handling are the same in every language (each one's labels:
  // guide-drift): once, in zh, on the same guide load as its axe runs (each load costs seconds of
  // CPU), "Reset sandbox" bringing every widget back to its first screen between them.
  if (locale === 'zh') {
    test(`${locale}: axe in each state of the guide, keyboard only, and a late dialog close, on one guide`, async ({
      page,
    }) => {
      test.slow();
      await openReady(page, GUIDE_PATHS[locale]);
      await test.step(axeGuideTitle, () => axeGuide(page));
      await resetSandbox(page, t);
      await test.step(keyboardTitle, () => keyboardPaths(page));
      await resetSandbox(page, t);
      await test.step(lateCloseTitle, () => lateClose(page));
    });
  } else {
    axeTest(axeGuideTitle, async ({ page }) => {
      test.slow();
      await openReady(page, GUIDE_PATHS[locale]);
      await axeGuide(page);
    });
  }

  axeTest(`${locale}: axe finds no violations on the full sandbox and the linked security page`, async ({ page }) => {
    test.slow();
    await openReady(page, SANDBOX_PATHS[locale]);
    await expectNoAxeViolations(page);
    await page.goto(SECURITY_PAGE[locale].path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SECURITY_PAGE[locale].title);
    await expectNoAxeViolations(page);
  });
}
