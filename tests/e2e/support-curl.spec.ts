/**
 * Selecting the curl command on screen and copying it gives the runnable command (the real token).
 * The try-request panel's curl command runs as shown: the test copies it, runs it with a real
 * shell against the e2e `npm start` server, and gets the status and body the page got (the
 * page keeps a copy of its sandbox there), a 401 after a reset included. On a static host the
 * panel says plainly that curl needs `npm start`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, openReady, pageApi, test, tryPanel } from './fixtures.ts';
import { BOTH_LOCALES, send, STATIC_ORIGIN, type LocaleUnderTest, testIn } from './support-helpers.ts';

const run = promisify(execFile);

/** Opens the curl section, waits until the server holds this sandbox, and copies the command. */
async function copiedCommand(page: Page, { t, s }: LocaleUnderTest): Promise<string> {
  const panel = tryPanel(page);
  const details = panel.locator('details.curl');
  if ((await details.getAttribute('open')) === null) await panel.getByText(t.equivalentCurl).click();
  await expect(panel.locator('[data-server-copy]')).toHaveAttribute('data-server-copy', 'synced');
  await expect(panel.getByText(s.curlMirrored)).toBeVisible();
  await panel.getByRole('button', { name: s.copyCommand }).click();
  await expect(panel.getByRole('status').filter({ hasText: s.commandCopied })).toBeAttached();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Runs the command in a shell, as a reader would paste it; returns the status and parsed body. */
async function runCurl(command: string): Promise<{ status: number; body: unknown }> {
  const { stdout } = await run('bash', ['-c', command]);
  const [head = '', ...rest] = stdout.split('\r\n\r\n');
  return { status: Number(/^HTTP\/[\d.]+ (\d{3})/.exec(head)?.[1]), body: JSON.parse(rest.join('\r\n\r\n')) };
}

/** On the guide: the reader selects the shown (masked) command and copies it; the copy has the real token. */
async function copyShown(page: Page, { guide, t }: LocaleUnderTest): Promise<void> {
  await openReady(page, `${guide}?scenario=enabled`);
  const token = (await pageApi<{ readWrite: { authToken: string } }>(page, '/api/sandbox/legacy-tokens/credentials'))
    .body.readWrite.authToken;
  const panel = tryPanel(page);
  await panel.getByRole('radio', { name: t.currentReadWrite }).check();
  await panel.getByText(t.equivalentCurl).click();
  const command = panel.locator('[data-curl]');
  await expect(command).toContainText('•');
  await expect(command).not.toContainText(token);
  // The reader selects the command's text on screen and copies it with the keyboard.
  await command.evaluate((pre) => {
    const range = document.createRange();
    range.selectNodeContents(pre);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('ControlOrMeta+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(token);
  expect(copied).not.toContain('•');
  expect(copied).toMatch(/^curl -i -X GET /);
}

const shownBody = async (page: Page) => JSON.parse((await tryPanel(page).locator('pre.body').textContent()) ?? '');

for (const l of BOTH_LOCALES) {
  const { locale, sandbox, t, s } = l;
  test.describe(`${locale}`, () => {
    // The guide's panel first, then the full sandbox's in the same browser (a warm load in place of
    // a cold one; the scenario left alone, so it loads again without a confirm).
    testIn('zh', locale)(
      'a copy of the shown (masked) curl command carries the real token; the copied curl command gets the same status and body as the page: 200, then 401 after a reset',
      async ({ page, context }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await test.step('a copy of the shown (masked) curl command carries the real token', () => copyShown(page, l));
        await openReady(page, `${sandbox}?scenario=enabled`);
        const token = (await page.evaluate(() => fetch('/api/sandbox').then((r) => r.json()))).credentials.readWrite
          .authToken;

        expect(await send(page, t, t.currentReadWrite)).toBe(200);
        const command = await copiedCommand(page, l);
        // Runs as shown: the real token, no placeholders; the display keeps it masked.
        expect(command).toContain(token);
        expect(command).not.toContain('$');
        await expect(tryPanel(page).locator('[data-curl]')).not.toContainText(token);
        const first = await runCurl(command);
        expect(first.status).toBe(200);
        expect(first.body).toEqual(await shownBody(page));

        // Reset the Read/Write token in the app: the same command now fails, as in the page.
        const app = page.locator('impact-sandbox');
        await app.getByRole('button', { name: t.userProfile }).click();
        await app.getByRole('menuitem', { name: t.settings }).click();
        await app.getByRole('button', { name: t.api, exact: true }).click();
        await app.getByRole('button', { name: t.more }).click();
        await app.getByRole('menuitem', { name: t.resetReadWrite }).click();
        await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).click();
        await expect(tryPanel(page).getByRole('radio', { name: t.previousReadWrite })).toBeEnabled();

        expect(await send(page, t, t.previousReadWrite)).toBe(401);
        const again = await copiedCommand(page, l);
        expect(again).toBe(command);
        const second = await runCurl(again);
        expect(second.status).toBe(401);
        expect(second.body).toEqual(await shownBody(page));
        expect(JSON.stringify(second.body)).toContain('was reset at');
      },
    );

    testIn('en', locale)('on a static host the panel says plainly that curl needs npm start', async ({ page }) => {
      await openReady(page, `${STATIC_ORIGIN}${sandbox}?scenario=enabled`);
      await tryPanel(page).getByText(t.equivalentCurl).click();
      await expect(tryPanel(page).locator('[data-server-copy]')).toHaveAttribute('data-server-copy', 'unavailable');
      await expect(tryPanel(page).getByText(s.curlNeedsServer)).toBeVisible();
    });
  });
}
