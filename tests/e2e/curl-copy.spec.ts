/** Selecting the curl command on screen and copying it gives the runnable command (the real token), in both languages. */
import { expect, openReady, pageApi, tryPanel } from './fixtures.ts';
import { BOTH_LOCALES, testIn } from './support-helpers.ts';

for (const { locale, guide, t } of BOTH_LOCALES) {
  testIn('zh', locale)(
    `${locale}: a copy of the shown (masked) curl command carries the real token`,
    async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openReady(page, `${guide}?scenario=enabled`);
      const token = (
        await pageApi<{ readWrite: { authToken: string } }>(page, '/api/sandbox/legacy-tokens/credentials')
      ).body.readWrite.authToken;
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
    },
  );
}
