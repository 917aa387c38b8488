/** The sandbox as support staff use it: shared across embeds and tabs, persistent, resettable, recoverable. */
import {
  embed,
  expect,
  GUIDE_PATH,
  openReady,
  pageApi,
  seedSavedState,
  SITE_MESSAGES,
  test,
  tryPanel,
  tryRequest,
  zh,
  ZH_SANDBOX_PATH,
} from './fixtures.ts';
import { spawnServer } from './server-process.ts';

// The reset runs on the two pages' sandbox (tokens enabled, one reset): a guide load saved.
test('two pages of one browser stay one sandbox, without a reload; reset sandbox returns to the initial state after confirmation', async ({
  page,
  context,
}) => {
  await openReady(page);
  const other = await context.newPage();
  await openReady(other);
  await expect(embed(other, 2).getByRole('button', { name: zh.enableLegacyTokens })).toBeVisible();

  await embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens }).click();
  await expect(embed(other, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
  await expect(embed(other, 2).getByRole('button', { name: zh.enableLegacyTokens })).toHaveCount(0);

  // A reset in the other tab revokes the token this tab's panel still offers as "current".
  const before = (await pageApi<{ readWrite: { authToken: string } }>(page, '/api/sandbox/legacy-tokens/credentials'))
    .body;
  await embed(other, 3).getByRole('button', { name: zh.more }).click();
  await embed(other, 3).getByRole('menuitem', { name: zh.resetReadWrite }).click();
  await embed(other, 3).getByRole('dialog').getByRole('button', { name: zh.confirmReset }).click();
  await expect(tryPanel(page).getByRole('radio', { name: zh.previousReadWrite })).toBeEnabled();
  const after = (
    await pageApi<{ readWrite: { authToken: string; previousAuthToken: string } }>(
      page,
      '/api/sandbox/legacy-tokens/credentials',
    )
  ).body;
  expect(after.readWrite.previousAuthToken).toBe(before.readWrite.authToken);
  expect(await tryRequest(page, zh.previousReadWrite)).toBe(401);
  expect(await tryRequest(page, zh.currentReadWrite)).toBe(200);

  // Reset sandbox: cancel keeps the sandbox, confirm brings back the initial state (a new SID).
  // Back in the first tab (a background tab draws no frames, so its dialog never settles).
  await page.bringToFront();
  await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
  const sid = (await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid;
  const controls = page.locator('impact-sandbox-controls');
  await controls.getByRole('button', { name: zh.resetSandbox }).click();
  const dialog = controls.getByRole('dialog', { name: zh.resetSandboxTitle });
  await dialog.getByRole('button', { name: zh.cancel }).click();
  await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();

  await controls.getByRole('button', { name: zh.resetSandbox }).click();
  await dialog.getByRole('button', { name: zh.resetSandbox }).click();
  await expect(controls.getByRole('status')).toHaveText(zh.resetSandboxDone);
  await expect(embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens })).toBeVisible();
  await expect(controls).toContainText(zh.legacyDisabled);
  expect((await pageApi<{ sid: string }>(page, '/api/sandbox/account')).body.sid).not.toBe(sid);
  await expect(tryPanel(page).getByText(zh.enableFirst)).toBeVisible();
  await expect(embed(other, 2).getByRole('button', { name: zh.enableLegacyTokens })).toBeVisible();
});

test('a corrupt saved state is recovered with a notice, never a blank page', async ({ page, context }) => {
  await seedSavedState(context, '{"schemaVersion": 1, "accountSid": "oops"');
  await openReady(page);
  const alert = page.locator('impact-sandbox-controls').getByRole('alert');
  await expect(alert).toContainText(zh.recoveredCorrupt);
  await expect(embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens })).toBeVisible();
  // The notice stays across a reload until it is dismissed.
  await page.reload();
  await expect(alert).toContainText(zh.recoveredCorrupt);
  await alert.getByRole('button', { name: zh.dismiss }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.locator('impact-sandbox-controls').getByRole('button', { name: zh.resetSandbox })).toBeFocused();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready');
  await expect(alert).toHaveCount(0);
  await embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens }).click();
  await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
  // The request that writes the state may still be finishing: poll, never read once.
  const saved = async () =>
    (await pageApi<{ legacyTokensEnabled: boolean }>(page, '/api/sandbox/snapshot')).body.legacyTokensEnabled;
  await expect.poll(saved).toBe(true);
});

test('a saved state from an older version is replaced with a notice', async ({ page, context }) => {
  await seedSavedState(context, JSON.stringify({ schemaVersion: 0, tokens: [] }));
  await openReady(page);
  await expect(page.locator('impact-sandbox-controls').getByRole('alert')).toContainText(zh.recoveredOutdated);
});

test('a test can start from any exact state', async ({ page, context }) => {
  const state = {
    schemaVersion: 1,
    accountSid: `IRSANDBOX${'A'.repeat(24)}1`,
    accountName: 'Seeded partner',
    legacyTokensEnabled: true,
    legacyToken: {
      name: 'Legacy Account Token',
      createdAt: '2024-03-18T10:42:00.000Z',
      apiVersion: 16,
      readWrite: {
        authToken: `sandbox~${'RW'.repeat(12)}`,
        lastResetAt: '2026-01-02T03:04:05.000Z',
        revoked: [{ authToken: `sandbox~${'OLD'.repeat(8)}`, revokedAt: '2026-01-02T03:04:05.000Z' }],
      },
      readOnly: { authToken: `sandbox~${'RO'.repeat(12)}`, lastResetAt: null, revoked: [] },
    },
    actionInquiries: [],
    nextActionInquiryId: 1001,
    recovery: null,
  };
  await seedSavedState(context, JSON.stringify(state));
  await openReady(page);
  await expect(page.locator('impact-sandbox-controls').getByRole('alert')).toHaveCount(0);
  const app = embed(page, 4);
  await app.getByRole('button', { name: zh.legacyAccountTokens }).click();
  await expect(app.getByLabel(zh.apiVersion)).toBeDisabled();
  await expect(app.getByRole('button', { name: zh.upgradeApiVersion })).toHaveCount(0);
  await expect(app.getByText(zh.newestVersion)).toBeVisible();
  await expect(app.getByRole('tabpanel', { name: zh.overview })).toContainText('2026年1月2日');
  await app.getByRole('tab', { name: zh.apiCredentials }).click();
  await expect(app.getByRole('tabpanel', { name: zh.apiCredentials })).toContainText(state.accountSid);
  await app.getByRole('button', { name: `${zh.view} ${zh.authToken}（${zh.readOnly}）` }).click();
  await expect(app.getByRole('tabpanel', { name: zh.apiCredentials })).toContainText(
    state.legacyToken.readOnly.authToken,
  );
  expect(await tryRequest(page, zh.previousReadWrite)).toBe(401);
  await expect(tryPanel(page).locator('pre.body')).toContainText('was reset at 2026-01-02T03:04:05.000Z');
});

test('the full-page sandbox runs the whole app', async ({ page }) => {
  await openReady(page, ZH_SANDBOX_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE_MESSAGES.zh.sandboxPageTitle);
  const app = embed(page, 0);
  await app.getByRole('button', { name: zh.userProfile }).click();
  await app.getByRole('menuitem', { name: zh.settings }).click();
  await app.getByRole('button', { name: zh.api, exact: true }).click();
  await app.getByRole('button', { name: zh.enableLegacyTokens }).click();
  await app.getByRole('button', { name: zh.legacyAccountTokens }).click();
  await expect(app.getByRole('tablist', { name: zh.tokenPages })).toBeVisible();
  expect(await tryRequest(page, zh.currentReadOnly, { resource: 'Campaigns/12001' })).toBe(200);
});

test('the page reads completely without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GUIDE_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('作为合作伙伴管理旧版 API 令牌');
  await expect(page.locator('article > ol > li')).toHaveCount(5);
  for (const text of ['[用户资料] → 设置', '启用旧版令牌', '旧版账户令牌', 'API 版本', '账户 SID', '身份验证令牌']) {
    await expect(page.locator('article').getByText(text, { exact: false }).first()).toBeVisible();
  }
  await page.locator('summary', { hasText: '菜单参考' }).click();
  await expect(page.getByRole('cell', { name: '重置（读/写）', exact: true })).toBeVisible();
  await expect(page.getByText(zh.noScript).first()).toBeVisible();
  await context.close();
});

// On a server of its own (its one shared sandbox is what the page writes to), so it runs beside
// the other tests instead of alone at the end of the run.
test('outside a secure context the widgets fall back to the server sandbox, say so, and follow changes from other devices', async ({
  browser,
}) => {
  const server = await spawnServer({ env: { ALLOWED_HOSTS: 'lan-sandbox.test' } });
  // A hostname other than localhost over plain http is not a secure context: no service worker.
  // The workers' browser maps lan-sandbox.test to this machine (playwright.config.ts).
  const context = await browser.newContext();
  // Another device on the network (a learner's phone beside the presenter's laptop): a browser of its own.
  const otherDevice = await browser.newContext();
  const lanOrigin = `http://lan-sandbox.test:${server.port}`;
  try {
    const page = await context.newPage();
    await openReady(page, `${lanOrigin}${GUIDE_PATH}`);
    const other = await otherDevice.newPage();
    await openReady(other, `${lanOrigin}${GUIDE_PATH}`);
    await expect(embed(other, 2).getByRole('button', { name: zh.enableLegacyTokens })).toBeVisible();
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await expect(page.locator('impact-sandbox-controls')).toContainText(zh.serverMode);
    await embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens }).click();
    await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
    // The other device shows it without a reload (the server sends no notices: its page reads the sandbox again while seen).
    await expect(embed(other, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible({
      timeout: 15_000,
    });
    await expect(embed(other, 2).getByRole('button', { name: zh.enableLegacyTokens })).toHaveCount(0);
    // The change landed in the server's own sandbox, the one curl sees.
    const account = await (await fetch(`${server.origin}/api/sandbox/account`)).json();
    expect(account.legacyTokensEnabled).toBe(true);
    expect(await tryRequest(page, zh.currentReadWrite)).toBe(200);
  } finally {
    await otherDevice.close();
    await context.close();
    server.kill();
  }
});
