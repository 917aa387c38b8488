/** Nothing reaches impact.com: the fixtures fail any test that tries; these try on purpose. */
import { embed, expect, GUIDE_PATH, openReady, test, tryPanel, zh } from './fixtures.ts';

// One guide load for all (each costs seconds of CPU): the refused request changes nothing in the
// sandbox; the reveal and the reset follow the masked view, and the console check covers them all.
test('nothing reaches impact.com, and tokens are masked and never written to the console', async ({
  page,
  impactRequests,
  workerNetworkRequests,
  pageErrors,
}) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  await openReady(page);
  await test.step('a request to a real impact.com host is refused by the page and never leaves', async () => {
    // The page's Content-Security-Policy allows only its own origin, so the browser refuses before
    // the request reaches the network or even the sandbox's worker (whose own 421 guard is unit-tested).
    const outcome = await page.evaluate(async () => {
      const refused = new Promise<string>((resolve) =>
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve(`${event.effectiveDirective} ${event.blockedURI}`),
          { once: true },
        ),
      );
      const fetched = await fetch(
        'https://api.impact.com/Mediapartners/IRSANDBOX000000000000000000000001/Campaigns.json',
      ).then(
        (response) => `answered ${response.status}`,
        (error: Error) => error.name,
      );
      return { fetched, refused: await refused };
    });
    expect(outcome).toEqual({
      fetched: 'TypeError',
      refused: expect.stringMatching(/^connect-src https:\/\/api\.impact\.com/),
    });
    expect(impactRequests).toEqual([]);
    // Chromium reports the refusal on the console: expected here, and only here.
    const isRefusal = (error: string) => error.includes('api.impact.com') && error.includes('Content Security Policy');
    await expect.poll(() => pageErrors.filter(isRefusal).length).toBeGreaterThan(0);
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !isRefusal(error)));

    // The watch over the service worker's own network traffic is not blind: a page's `.md` file,
    // which the worker fetches itself (to answer with "Page Not Found" when there is none), is seen.
    const probe = `${GUIDE_PATH}.md?probe`;
    const passedThrough = await page.evaluate(async (url) => (await fetch(url)).status, probe);
    expect(passedThrough).toBe(200);
    await expect.poll(() => workerNetworkRequests.some((url) => url.endsWith(probe))).toBe(true);
  });

  await test.step('tokens are masked by default and never written to the console; a token revealed in one widget starts masked again once another widget resets it', async () => {
    await embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens }).click();
    // Read the credentials only once the page shows they exist.
    await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
    const view = await page.evaluate(async () => (await fetch('/api/sandbox')).json());
    const tokens = [view.credentials.readWrite.authToken, view.credentials.readOnly.authToken];
    const app = embed(page, 4);
    await app.getByRole('button', { name: zh.legacyAccountTokens }).click();
    await app.getByRole('tab', { name: zh.apiCredentials }).click();
    const panel = app.getByRole('tabpanel', { name: zh.apiCredentials });
    await expect(panel).toContainText(view.credentials.accountSid);
    for (const token of tokens) await expect(panel).not.toContainText(token);
    await tryPanel(page).getByRole('button', { name: zh.send }).click();
    await expect(tryPanel(page).locator('[data-status]')).toHaveAttribute('data-status', '200');
    await expect(tryPanel(page)).not.toContainText(tokens[0]);

    const name = `${zh.authToken}（${zh.readWrite}）`;
    await app.getByRole('button', { name: `${zh.view} ${name}` }).click();
    const before = (await page.evaluate(async () => (await fetch('/api/sandbox')).json())).credentials.readWrite
      .authToken;
    await expect(app.getByRole('tabpanel', { name: zh.apiCredentials })).toContainText(before);

    await embed(page, 3).getByRole('button', { name: zh.more }).click();
    await embed(page, 3).getByRole('menuitem', { name: zh.resetReadWrite }).click();
    await embed(page, 3).getByRole('dialog').getByRole('button', { name: zh.confirmReset }).click();
    await expect(
      embed(page, 3)
        .getByRole('status')
        .filter({ hasText: zh.resetDone(zh.readWrite) }),
    ).toBeVisible();
    const after = (await page.evaluate(async () => (await fetch('/api/sandbox')).json())).credentials.readWrite
      .authToken;
    expect(after).not.toBe(before);
    await expect(app.getByRole('button', { name: `${zh.view} ${name}` })).toHaveAttribute('aria-pressed', 'false');
    await expect(app.getByRole('tabpanel', { name: zh.apiCredentials })).not.toContainText(after);
    const shown = [...tokens, after];
    expect(logged.filter((line) => shown.some((token) => line.includes(token)))).toEqual([]);
  });
});
