/**
 * Walks the zh guide's five steps in order, exactly as the page words them, in the live
 * widgets embedded beside each step; proves each reset revokes the old token.
 */
import {
  embed,
  EN_GUIDE_PATH,
  expect,
  GUIDE_PATH,
  openReady,
  pageApi,
  test,
  tryPanel,
  tryRequest,
  zh,
} from './fixtures.ts';

interface Credentials {
  accountSid: string;
  readWrite: { authToken: string; previousAuthToken: string | null };
  readOnly: { authToken: string; previousAuthToken: string | null };
}

test('the page presents the source article', async ({ page }) => {
  await openReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('作为合作伙伴管理旧版 API 令牌');
  await expect(page.getByText('在 2025 年 4 月之前创建的任何 API 令牌都被视为旧版令牌。')).toBeVisible();
  await expect(page.getByRole('link', { name: '保护您的访问令牌安全' })).toHaveAttribute(
    'href',
    '/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure',
  );
  const hint = page.getByRole('note');
  await expect(hint).toContainText('注意：');
  await expect(hint.getByRole('link', { name: '集成门户' })).toHaveAttribute(
    'href',
    'https://integrations.impact.com/',
  );
  await expect(page.getByRole('heading', { name: '管理访问令牌' })).toBeVisible();
  const steps = page.locator('article > ol > li');
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(0)).toContainText('从顶部导航栏，选择');
  await expect(steps.nth(0).getByRole('img', { name: '用户资料图标' })).toBeVisible();
  await expect(steps.nth(3).getByRole('img', { name: '更多图标' })).toBeVisible();
  await expect(steps.nth(4).getByRole('listitem')).toHaveCount(2);
  const reference = page.locator('details', { hasText: '菜单参考' });
  await expect(reference).not.toHaveAttribute('open', '');
  await reference.getByText('菜单参考').click();
  await expect(reference.getByRole('row')).toHaveCount(3);
  await expect(reference.getByRole('cell', { name: '重置（读/写）', exact: true })).toBeVisible();
  await expect(reference.getByRole('cell', { name: '重置（只读）', exact: true })).toBeVisible();
  // The sandbox says plainly that it is one: in the site header and in every embedded app.
  await expect(page.getByRole('banner').getByText(`${zh.sandboxBadge} · ${zh.sandboxBadgeDetail}`)).toBeVisible();
  await expect(embed(page, 0).getByText(`${zh.sandboxBadge}: ${zh.sandboxBadgeDetail}`)).toBeVisible();
});

test('a learner does every step in order and sees each reset revoke the old token', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openReady(page);

  // Step 1: 从顶部导航栏，选择 [用户资料] → 设置
  const step1 = embed(page, 0);
  await step1.getByRole('button', { name: zh.userProfile }).click();
  await step1.getByRole('menu').getByRole('menuitem', { name: zh.settings }).click();
  await expect(step1.getByRole('heading', { name: zh.settings })).toBeVisible();

  // Step 2: 在 技术 下，选择 API
  const step2 = embed(page, 1);
  await expect(step2.getByRole('heading', { name: zh.technical })).toBeVisible();
  await step2.getByRole('button', { name: zh.api, exact: true }).click();
  await expect(step2.getByRole('heading', { name: zh.api, exact: true })).toBeVisible();

  // Step 3: 在右上角，选择 启用旧版令牌 — it disappears and the card appears, in every embed.
  const step3 = embed(page, 2);
  await expect(tryPanel(page).getByText(zh.enableFirst)).toBeVisible();
  await step3.getByRole('button', { name: zh.enableLegacyTokens }).click();
  await expect(step3.getByRole('button', { name: zh.enableLegacyTokens })).toHaveCount(0);
  await expect(step3.getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
  await expect(step2.getByRole('button', { name: zh.enableLegacyTokens })).toHaveCount(0);
  await expect(embed(page, 3).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
  await expect(tryPanel(page).getByText(zh.enableFirst)).toHaveCount(0);
  expect(await tryRequest(page, zh.currentReadWrite)).toBe(200);

  // Step 4: 【更多】 → 重置（读/写）, confirmed in a dialog.
  const before = (await pageApi<Credentials>(page, '/api/sandbox/legacy-tokens/credentials')).body;
  const step4 = embed(page, 3);
  await step4.getByRole('button', { name: zh.more }).click();
  await step4.getByRole('menuitem', { name: zh.resetReadWrite }).click();
  const dialog = step4.getByRole('dialog', { name: zh.confirmResetTitle(zh.readWrite) });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: zh.confirmReset }).click();
  await expect(dialog).toBeHidden();
  await expect(step4.getByRole('status').filter({ hasText: '先前的身份验证令牌值将不再通过授权检查' })).toContainText(
    '请务必将新的身份验证令牌值添加到任何现有集成中',
  );
  const afterReadWrite = (await pageApi<Credentials>(page, '/api/sandbox/legacy-tokens/credentials')).body;
  expect(afterReadWrite.readWrite.authToken).not.toBe(before.readWrite.authToken);
  expect(afterReadWrite.readWrite.previousAuthToken).toBe(before.readWrite.authToken);
  expect(afterReadWrite.readOnly.authToken).toBe(before.readOnly.authToken);
  expect(afterReadWrite.accountSid).toBe(before.accountSid);
  expect(await tryRequest(page, zh.previousReadWrite)).toBe(401);
  await expect(tryPanel(page).locator('pre.body')).toContainText('no longer passes authorization');
  expect(await tryRequest(page, zh.currentReadWrite)).toBe(200);

  // The same for 重置（只读）; read-only still cannot write.
  await step4.getByRole('button', { name: zh.more }).click();
  await step4.getByRole('menuitem', { name: zh.resetReadOnly }).click();
  await step4
    .getByRole('dialog', { name: zh.confirmResetTitle(zh.readOnly) })
    .getByRole('button', { name: zh.confirmReset })
    .click();
  await expect(step4.getByRole('status').filter({ hasText: zh.resetDone(zh.readOnly) })).toBeVisible();
  expect(await tryRequest(page, zh.previousReadOnly)).toBe(401);
  expect(await tryRequest(page, zh.currentReadOnly)).toBe(200);
  expect(await tryRequest(page, zh.currentReadOnly, { method: 'POST', resource: 'ActionInquiries' })).toBe(403);
  expect(await tryRequest(page, zh.currentReadWrite, { method: 'POST', resource: 'ActionInquiries' })).toBe(201);

  // Step 5: select the card → 概览 (with the API 版本 drop-down) and API 凭证.
  const step5 = embed(page, 4);
  await step5.getByRole('button', { name: zh.legacyAccountTokens }).click();
  await expect(step5.getByRole('tab', { name: zh.overview })).toHaveAttribute('aria-selected', 'true');
  const overview = step5.getByRole('tabpanel', { name: zh.overview });
  await expect(overview).toContainText('2024年3月18日');
  const version = overview.getByLabel(zh.apiVersion);
  await expect(version.locator('option')).toHaveText([/^12/, /^13/, /^14/, /^15/, /^16/]);
  await expect(version.locator('option:not([disabled])')).toHaveText([/^13/, /^14/, /^15/, /^16/]);
  const upgradeButton = overview.getByRole('button', { name: zh.upgradeApiVersion });
  await expect(upgradeButton).toBeDisabled();
  await version.selectOption('15');
  // Choosing only selects; cancelling the confirmation keeps version 12.
  await upgradeButton.click();
  const upgrade = step5.getByRole('dialog', { name: zh.confirmUpgradeTitle(12, 15) });
  await expect(upgrade).toContainText('现有的 API 调用中断');
  await upgrade.getByRole('button', { name: zh.cancel }).click();
  await expect(upgradeButton).toBeFocused();
  expect((await pageApi<{ apiVersion: number }>(page, '/api/sandbox/legacy-tokens')).body.apiVersion).toBe(12);
  await upgradeButton.click();
  await upgrade.getByRole('button', { name: zh.confirmUpgrade }).click();
  await expect(step5.getByRole('status').filter({ hasText: zh.upgradeDone(15) })).toBeVisible();
  // The upgrade button is disabled until another version is chosen, so focus goes to the screen's heading.
  await expect(upgradeButton).toBeDisabled();
  await expect(step5.getByRole('heading', { name: zh.legacyAccountTokens })).toBeFocused();
  await expect(version.locator('option')).toHaveText([/^15/, /^16/]);
  await expect(version.locator('option:not([disabled])')).toHaveText([/^16/]);
  await expect(version).toHaveValue('15');

  await step5.getByRole('tab', { name: zh.apiCredentials }).click();
  const credentials = step5.getByRole('tabpanel', { name: zh.apiCredentials });
  const current = (await pageApi<Credentials>(page, '/api/sandbox/legacy-tokens/credentials')).body;
  await expect(credentials).toContainText(current.accountSid);
  const readWriteName = `${zh.authToken}（${zh.readWrite}）`;
  await expect(credentials).not.toContainText(current.readWrite.authToken);
  await expect(credentials).not.toContainText(current.readOnly.authToken);
  const view = credentials.getByRole('button', { name: `${zh.view} ${readWriteName}` });
  await view.click();
  await expect(view).toHaveAttribute('aria-pressed', 'true');
  await expect(credentials).toContainText(current.readWrite.authToken);
  await expect(credentials).not.toContainText(current.readOnly.authToken);
  await credentials.getByRole('button', { name: `${zh.copy} ${zh.accountSid}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(current.accountSid);
  await credentials.getByRole('button', { name: `${zh.copy} ${readWriteName}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(current.readWrite.authToken);

  // A reload finds the same sandbox: enabled, version 15, the same credentials.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready');
  await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toContainText(
    `${zh.apiVersion}: 15`,
  );
  expect((await pageApi<Credentials>(page, '/api/sandbox/legacy-tokens/credentials')).body).toEqual(current);
  expect(await tryRequest(page, zh.previousReadWrite)).toBe(401);
});

test('the root leads to the English guide (the default locale) and /partner/zh to the zh guide', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`${EN_GUIDE_PATH}/?$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await page.goto('/partner/zh/');
  await expect(page).toHaveURL(new RegExp(`${GUIDE_PATH}/?$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
