/**
 * Share links: the whole sandbox in the address's fragment, opened in a fresh browser after a
 * confirm; a truncated or tampered link changes nothing; links stay short with a full log.
 */
import type { Browser, Page } from '@playwright/test';
import {
  MAX_LOG_ENTRIES,
  MAX_SHARE_LINK_CHARS,
  partnerApiPath,
  type LogEntry,
  type SandboxView,
} from '../../src/contract/index.ts';
import { decodeShared, encodeShared, sharedInFragment, shareUrl } from '../../src/sandbox/support/share-link.ts';
import { expect, openReady, pageApi, test } from './fixtures.ts';
import { BOTH_LOCALES, consoleStatus, controls, send, type LocaleUnderTest, testIn } from './support-helpers.ts';

async function copyShareLink(page: Page, c: LocaleUnderTest['c']): Promise<string> {
  await controls(page).getByRole('button', { name: c.copyShareLink }).click();
  const field = controls(page).getByRole('textbox', { name: c.shareLink });
  await expect(field).toHaveValue(/#sandbox=/);
  return field.inputValue();
}

/** A browser with nothing of the first one: its own storage and service worker. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

const view = async (page: Page) => (await pageApi<SandboxView>(page, '/api/sandbox')).body;
const log = async (page: Page) => (await pageApi<{ entries: LogEntry[] }>(page, '/api/sandbox/log')).body.entries;

for (const { locale, sandbox, t, c } of BOTH_LOCALES) {
  test.describe(`${locale}`, () => {
    testIn('en', locale)(
      'a share link reproduces the sandbox in a fresh browser after a confirm',
      async ({ page, context, browser }) => {
        // A full Chromium lets a click write the clipboard by default; the tests' headless shell needs the grant.
        await context.grantPermissions(['clipboard-write']);
        await openReady(page, `${sandbox}?scenario=after-read-write-reset`);
        expect(await send(page, t, t.previousReadWrite)).toBe(401);
        expect(await send(page, t, t.currentReadWrite)).toBe(200);
        const link = await copyShareLink(page, c);
        await expect(consoleStatus(page)).toHaveText(c.shareCopied(link.length));
        expect(link.length).toBeLessThanOrEqual(MAX_SHARE_LINK_CHARS);
        const shared = await view(page);

        const other = await freshPage(browser);
        try {
          await openReady(other, link);
          const dialog = controls(other).getByRole('dialog', { name: c.confirmShareTitle });
          await expect(dialog).toContainText(shared.account.sid);
          await dialog.getByRole('button', { name: c.openShared }).click();
          await expect(consoleStatus(other)).toHaveText(c.shareLoaded);
          expect(other.url()).not.toContain('#');
          const opened = await view(other);
          expect(opened.account).toEqual(shared.account);
          expect(opened.credentials).toEqual(shared.credentials);
          expect(opened.legacyToken).toEqual(shared.legacyToken);
          // The timeline travels too, up to the link's making; opening the link follows it.
          const carried = ((await decodeShared(sharedInFragment(new URL(link).hash)!)) as { log: LogEntry[] }).log;
          expect(carried.map((entry) => entry.kind)).toContain('request');
          const entries = await log(other);
          const opening = entries.findIndex((entry) => entry.kind === 'action' && entry.action === 'share-link');
          expect(entries.slice(0, opening)).toEqual(carried);
          expect((await log(page)).slice(0, carried.length)).toEqual(carried);
          // The token reset before the link was made still fails in the other browser.
          expect(await send(other, t, t.previousReadWrite)).toBe(401);
        } finally {
          await other.context().close();
        }
      },
    );

    testIn('zh', locale)('a truncated or tampered link gets a notice and loses nothing', async ({ page }) => {
      await openReady(page, `${sandbox}?scenario=enabled`);
      const link = await copyShareLink(page, c);
      const before = await view(page);

      await openReady(page, link.slice(0, -40));
      await expect(consoleStatus(page)).toHaveText(c.badShareLink);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      expect(await view(page)).toEqual(before);

      // Well-formed but not a sandbox: refused by the same validation as a saved state.
      const forged = shareUrl(
        page.url(),
        await encodeShared({ accountSid: 'IRSANDBOX-forged', legacyTokensEnabled: true }),
      );
      await openReady(page, forged);
      await controls(page)
        .getByRole('dialog', { name: c.confirmShareTitle })
        .getByRole('button', { name: c.openShared })
        .click();
      await expect(consoleStatus(page)).toHaveText(c.badShareLink);
      const after = await view(page);
      expect(after.account).toEqual(before.account);
      expect(after.credentials).toEqual(before.credentials);
    });
  });
}

test('with a full log the link stays under the limit and still opens', async ({ page, browser }) => {
  // A full log's worth of calls, then a second browser: more than 30 s on a busy 2-core machine.
  test.slow();
  const { sandbox, t, c } = BOTH_LOCALES[0]!;
  await openReady(page, `${sandbox}?scenario=enabled`);
  const { account, credentials } = await view(page);
  // A full log: every entry a partner API call with a token. Sent from a page the worker answers
  // that has no widgets (llms.txt), so no console draws the log a hundred times over (about 7 of
  // this test's 11 CPU-s); the sandbox's page then opens on the full log.
  await page.goto('/llms.txt');
  await page.evaluate(
    async ({ url, authorization, count }) => {
      for (let i = 0; i < count; i++) await fetch(url, { headers: { Authorization: authorization } });
    },
    {
      url: partnerApiPath(account.sid, 'Campaigns.json'),
      authorization: `Basic ${Buffer.from(`${account.sid}:${credentials!.readWrite.authToken}`).toString('base64')}`,
      count: MAX_LOG_ENTRIES,
    },
  );
  await openReady(page, sandbox);
  expect(await log(page)).toHaveLength(MAX_LOG_ENTRIES);
  const link = await copyShareLink(page, c);
  expect(link.length).toBeLessThanOrEqual(MAX_SHARE_LINK_CHARS);

  const other = await freshPage(browser);
  try {
    await openReady(other, link);
    await controls(other)
      .getByRole('dialog', { name: c.confirmShareTitle })
      .getByRole('button', { name: c.openShared })
      .click();
    await expect(consoleStatus(other)).toHaveText(c.shareLoaded);
    expect((await view(other)).credentials).toEqual(credentials);
    expect(await send(other, t, t.currentReadWrite)).toBe(200);
  } finally {
    await other.context().close();
  }
});
