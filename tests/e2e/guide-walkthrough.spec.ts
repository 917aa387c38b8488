/**
 * Walks each locale's guide through its five steps in order, exactly as the page words them, in
 * the live widgets embedded beside each step; each step gets its done mark, and each reset
 * revokes the old token. Labels come from src/i18n, so both locales run the same walk.
 */
import {
  embed,
  expect,
  GUIDE_PATHS,
  GUIDED_MESSAGES,
  guideStep,
  LOCALES,
  openReady,
  pageApi,
  perLocale,
  SANDBOX_MESSAGES,
  sandboxReady,
  test,
  tryPanel,
  tryRequest,
  type Locale,
} from './fixtures.ts';
import { pseudoAccent, pseudoText } from '../../src/i18n/pseudo.ts';
import { translatePath } from '../../src/site.ts';

interface Credentials {
  accountSid: string;
  readWrite: { authToken: string; previousAuthToken: string | null };
  readOnly: { authToken: string; previousAuthToken: string | null };
}

/** The page's own words (content/), per locale: what the reader sees before any widget. */
interface PageWords {
  title: string;
  intro: string;
  securityLink: string;
  securityPath: string;
  note: string;
  portal: string;
  section: string;
  step1: string;
  userProfileIcon: string;
  moreIcon: string;
  menuReference: string;
  created: string;
}

const PAGE = perLocale<PageWords>(
  {
    zh: {
      title: '作为合作伙伴管理旧版 API 令牌',
      intro: '在 2025 年 4 月之前创建的任何 API 令牌都被视为旧版令牌。',
      securityLink: '保护您的访问令牌安全',
      securityPath: '/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure',
      note: '注意：',
      portal: '集成门户',
      section: '管理访问令牌',
      step1: '从顶部导航栏，选择',
      userProfileIcon: '用户资料图标',
      moreIcon: '更多图标',
      menuReference: '菜单参考',
      created: '2024年3月18日',
    },
    en: {
      title: 'Manage legacy API tokens as a partner',
      intro: 'Any API tokens created before April 2025 are considered legacy tokens.',
      securityLink: 'keep your access tokens secure',
      securityPath: '/other/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure',
      note: 'Note:',
      portal: 'Integrations portal',
      section: 'Manage access tokens',
      step1: 'From the top navigation bar, select',
      userProfileIcon: 'User profile icon',
      moreIcon: 'More icon',
      menuReference: 'Menu reference',
      created: 'March 18, 2024',
    },
  },
  // The pseudo-locale's pages are made from the English ones (build/pseudo-content.ts): a run of
  // prose in brackets, accented; a phrase inside a longer run only accented.
  (en, locale) => ({
    ...en,
    title: pseudoText(en.title),
    intro: pseudoAccent(en.intro),
    securityLink: pseudoText(en.securityLink),
    securityPath: translatePath(en.securityPath, locale),
    note: pseudoText(en.note),
    portal: pseudoText(en.portal),
    section: pseudoText(en.section),
    step1: pseudoAccent(en.step1),
    userProfileIcon: pseudoText(en.userProfileIcon),
    moreIcon: pseudoText(en.moreIcon),
    menuReference: pseudoText(en.menuReference),
    created: pseudoText(en.created),
  }),
);

/** The addresses that lead to a guide: the walk in that language starts there (each guide load costs seconds of CPU). */
const ENTRIES: Partial<Record<Locale, { path: string; lang: string; title: string }>> = {
  en: {
    path: '/',
    lang: 'en-US',
    title: 'the root leads to the English guide (the default locale)',
  },
  zh: { path: '/partner/zh/', lang: 'zh-CN', title: '/partner/zh leads to the zh guide' },
};

for (const locale of LOCALES) {
  const t = SANDBOX_MESSAGES[locale];
  const g = GUIDED_MESSAGES[locale];
  const text = PAGE[locale];
  const open = (page: import('@playwright/test').Page) => openReady(page, GUIDE_PATHS[locale]);
  const stepDone = (page: import('@playwright/test').Page, step: number) =>
    expect(guideStep(page, step).getByText(g.done, { exact: true })).toBeVisible();

  // One page for the article and the walk (each load of the guide costs seconds of CPU): the
  // article's words are checked last, after the reload, where the walk cannot have changed them.
  const entry = ENTRIES[locale];
  test(`${locale}: ${entry ? `${entry.title}; ` : ''}a learner does every step in order, each gets its done mark, and each reset revokes the old token; the page presents the source article`, async ({
    page,
    context,
  }) => {
    // The whole walk and the article on a busy 2-core machine: over 30 s (seen failing at 30.8 s).
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    if (entry) {
      // The walk starts from the address that leads to this guide (the site's root for en): one guide load for both.
      await test.step(entry.title, async () => {
        await page.goto(entry.path);
        await expect(page).toHaveURL(new RegExp(`${GUIDE_PATHS[locale]}/?$`));
        await expect(page.locator('html')).toHaveAttribute('lang', entry.lang);
      });
      await sandboxReady(page);
    } else {
      await open(page);
    }
    await expect(page.getByText(g.progressText(0, 5))).toBeVisible();

    // Step 1: [User profile] → Settings
    const step1 = embed(page, 0);
    await step1.getByRole('button', { name: t.userProfile }).click();
    await step1.getByRole('menu').getByRole('menuitem', { name: t.settings }).click();
    await expect(step1.getByRole('heading', { name: t.settings })).toBeVisible();
    await stepDone(page, 1);

    // Step 2: under Technical, select API
    const step2 = embed(page, 1);
    await expect(step2.getByRole('heading', { name: t.technical })).toBeVisible();
    await step2.getByRole('button', { name: t.api, exact: true }).click();
    await expect(step2.getByRole('heading', { name: t.api, exact: true })).toBeVisible();
    await stepDone(page, 2);

    // Step 3: Enable Legacy Tokens — it disappears and the card appears, in every embed.
    const step3 = embed(page, 2);
    await expect(tryPanel(page).getByText(t.enableFirst)).toBeVisible();
    await step3.getByRole('button', { name: t.enableLegacyTokens }).click();
    await expect(step3.getByRole('button', { name: t.enableLegacyTokens })).toHaveCount(0);
    await expect(step3.getByRole('article', { name: t.legacyAccountTokens })).toBeVisible();
    await expect(step2.getByRole('button', { name: t.enableLegacyTokens })).toHaveCount(0);
    await expect(embed(page, 3).getByRole('article', { name: t.legacyAccountTokens })).toBeVisible();
    await expect(tryPanel(page).getByText(t.enableFirst)).toHaveCount(0);
    await stepDone(page, 3);
    expect(await tryRequest(page, t.currentReadWrite, { t })).toBe(200);

    // Step 4: [More] → Reset (Read/Write), confirmed in a dialog.
    const before = (await pageApi<Credentials>(page, '/api/sandbox/legacy-tokens/credentials')).body;
    const step4 = embed(page, 3);
    await step4.getByRole('button', { name: t.more }).click();
    await step4.getByRole('menuitem', { name: t.resetReadWrite }).click();
    const dialog = step4.getByRole('dialog', { name: t.confirmResetTitle(t.readWrite) });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: t.confirmReset }).click();
    await expect(dialog).toBeHidden();
    await expect(step4.getByRole('status').filter({ hasText: t.resetDone(t.readWrite) })).toBeVisible();
    await stepDone(page, 4);
    const afterReadWrite = (await pageApi<Credentials>(page, '/api/sandbox/legacy-tokens/credentials')).body;
    expect(afterReadWrite.readWrite.authToken).not.toBe(before.readWrite.authToken);
    expect(afterReadWrite.readWrite.previousAuthToken).toBe(before.readWrite.authToken);
    expect(afterReadWrite.readOnly.authToken).toBe(before.readOnly.authToken);
    expect(afterReadWrite.accountSid).toBe(before.accountSid);
    expect(await tryRequest(page, t.previousReadWrite, { t })).toBe(401);
    await expect(tryPanel(page).locator('pre.body')).toContainText('no longer passes authorization');
    expect(await tryRequest(page, t.currentReadWrite, { t })).toBe(200);

    // The same for Reset (Read-Only); read-only still cannot write.
    await step4.getByRole('button', { name: t.more }).click();
    await step4.getByRole('menuitem', { name: t.resetReadOnly }).click();
    await step4
      .getByRole('dialog', { name: t.confirmResetTitle(t.readOnly) })
      .getByRole('button', { name: t.confirmReset })
      .click();
    await expect(step4.getByRole('status').filter({ hasText: t.resetDone(t.readOnly) })).toBeVisible();
    expect(await tryRequest(page, t.previousReadOnly, { t })).toBe(401);
    expect(await tryRequest(page, t.currentReadOnly, { t })).toBe(200);
    expect(await tryRequest(page, t.currentReadOnly, { method: 'POST', resource: 'ActionInquiries', t })).toBe(403);
    expect(await tryRequest(page, t.currentReadWrite, { method: 'POST', resource: 'ActionInquiries', t })).toBe(201);

    // Step 5: select the card → Overview (with the API Version drop-down) and API Credentials.
    const step5 = embed(page, 4);
    await step5.getByRole('button', { name: t.legacyAccountTokens }).click();
    await expect(step5.getByRole('tab', { name: t.overview })).toHaveAttribute('aria-selected', 'true');
    // The card is open, but the step's own points (API Version, API Credentials) are still to do.
    await expect(page.getByText(g.progressText(4, 5))).toBeVisible();
    await expect(guideStep(page, 5).getByText(g.notDone, { exact: true })).toBeVisible();
    const overview = step5.getByRole('tabpanel', { name: t.overview });
    await expect(overview).toContainText(text.created);
    const version = overview.getByLabel(t.apiVersion);
    // (In the pseudo-locale an option's text starts with its bracket.)
    await expect(version.locator('option')).toHaveText([/^\[?12\b/, /^\[?13\b/, /^\[?14\b/, /^\[?15\b/, /^\[?16\b/]);
    await expect(version.locator('option:not([disabled])')).toHaveText([
      /^\[?13\b/,
      /^\[?14\b/,
      /^\[?15\b/,
      /^\[?16\b/,
    ]);
    const upgradeButton = overview.getByRole('button', { name: t.upgradeApiVersion });
    await expect(upgradeButton).toBeDisabled();
    await version.selectOption('15');
    // Choosing only selects; cancelling the confirmation keeps version 12.
    await upgradeButton.click();
    const upgrade = step5.getByRole('dialog', { name: t.confirmUpgradeTitle(12, 15) });
    await expect(upgrade).toContainText(t.confirmUpgradeBody);
    await upgrade.getByRole('button', { name: t.cancel }).click();
    await expect(upgradeButton).toBeFocused();
    expect((await pageApi<{ apiVersion: number }>(page, '/api/sandbox/legacy-tokens')).body.apiVersion).toBe(12);
    await upgradeButton.click();
    await upgrade.getByRole('button', { name: t.confirmUpgrade }).click();
    await expect(step5.getByRole('status').filter({ hasText: t.upgradeDone(15) })).toBeVisible();
    // The upgrade button is disabled until another version is chosen, so focus goes to the screen's heading.
    await expect(upgradeButton).toBeDisabled();
    await expect(step5.getByRole('heading', { name: t.legacyAccountTokens })).toBeFocused();
    await expect(version.locator('option')).toHaveText([/^\[?15\b/, /^\[?16\b/]);
    await expect(version.locator('option:not([disabled])')).toHaveText([/^\[?16\b/]);
    await expect(version).toHaveValue('15');

    await step5.getByRole('tab', { name: t.apiCredentials }).click();
    await stepDone(page, 5);
    await expect(page.getByText(g.progressText(5, 5))).toBeVisible();
    const credentials = step5.getByRole('tabpanel', { name: t.apiCredentials });
    const current = (await pageApi<Credentials>(page, '/api/sandbox/legacy-tokens/credentials')).body;
    await expect(credentials).toContainText(current.accountSid);
    const readWriteName = t.authTokenOf(t.readWrite);
    await expect(credentials).not.toContainText(current.readWrite.authToken);
    await expect(credentials).not.toContainText(current.readOnly.authToken);
    const view = credentials.getByRole('button', { name: `${t.view} ${readWriteName}` });
    await view.click();
    await expect(view).toHaveAttribute('aria-pressed', 'true');
    await expect(credentials).toContainText(current.readWrite.authToken);
    await expect(credentials).not.toContainText(current.readOnly.authToken);
    await credentials.getByRole('button', { name: `${t.copy} ${t.accountSid}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(current.accountSid);
    await credentials.getByRole('button', { name: `${t.copy} ${readWriteName}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(current.readWrite.authToken);

    // A reload finds the same sandbox: enabled, version 15, the same credentials.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready');
    await expect(embed(page, 2).getByRole('article', { name: t.legacyAccountTokens })).toContainText(
      t.labelled(t.apiVersion, '15'),
    );
    expect((await pageApi<Credentials>(page, '/api/sandbox/legacy-tokens/credentials')).body).toEqual(current);
    expect(await tryRequest(page, t.previousReadWrite, { t })).toBe(401);

    await test.step('the page presents the source article', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
      await expect(page.getByText(text.intro)).toBeVisible();
      await expect(page.getByRole('link', { name: text.securityLink })).toHaveAttribute('href', text.securityPath);
      const hint = page.getByRole('note');
      await expect(hint).toContainText(text.note);
      await expect(hint.getByRole('link', { name: text.portal })).toHaveAttribute(
        'href',
        'https://integrations.impact.com/',
      );
      await expect(page.getByRole('heading', { name: text.section })).toBeVisible();
      const steps = page.locator('article > ol > li');
      await expect(steps).toHaveCount(5);
      await expect(steps.nth(0)).toContainText(text.step1);
      await expect(steps.nth(0).getByRole('img', { name: text.userProfileIcon })).toBeVisible();
      await expect(steps.nth(3).getByRole('img', { name: text.moreIcon })).toBeVisible();
      await expect(steps.nth(4).getByRole('listitem')).toHaveCount(2);
      const reference = page.locator('details', { hasText: text.menuReference });
      await expect(reference).not.toHaveAttribute('open', '');
      await reference.getByText(text.menuReference).click();
      await expect(reference.getByRole('row')).toHaveCount(3);
      await expect(reference.getByRole('cell', { name: t.resetReadWrite, exact: true })).toBeVisible();
      await expect(reference.getByRole('cell', { name: t.resetReadOnly, exact: true })).toBeVisible();
      // The sandbox says plainly that it is one: in the site header and in every embedded app.
      await expect(page.getByRole('banner').getByText(`${t.sandboxBadge} · ${t.sandboxBadgeDetail}`)).toBeVisible();
      await expect(embed(page, 0).getByText(`${t.sandboxBadge}: ${t.sandboxBadgeDetail}`)).toBeVisible();
    });
  });
}
