/**
 * What the page says matches the sandbox it describes, in both languages: progress after a
 * scenario, every widget back at its step's first screen after "reset sandbox", the integration
 * red at once in a scenario after a reset (and right after a reset in the page), and no "changes
 * of its own" warning over a scenario nobody touched.
 */
import { embed, expect, GUIDED_MESSAGES, guideStep, openReady, resetSandbox, test, tryPanel } from './fixtures.ts';
import {
  BOTH_LOCALES,
  send,
  consoleStatus,
  controls,
  expectIntegration,
  integration,
  openSupportTools,
  testIn,
} from './support-helpers.ts';

for (const { locale, guide, t, p, c } of BOTH_LOCALES) {
  const g = GUIDED_MESSAGES[locale];
  test.describe(locale, () => {
    // One guide load: the scenario's progress is checked first, and "reset sandbox" then brings every
    // widget back from that scenario (each guide load costs seconds of CPU).
    testIn('zh', locale)(
      'after a scenario, progress counts the steps that lead to what the sandbox shows; "reset sandbox" brings every widget back to its step’s first screen, with its mark; its notice lasts until the next change: "Catch me up" clears it',
      async ({ page }) => {
        await test.step('after a scenario, progress counts the steps that lead to what the sandbox shows', async () => {
          await openReady(page, `${guide}?scenario=after-read-write-reset`);
          await expect(consoleStatus(page)).toHaveText(c.scenarioLoaded(c.scenarios['after-read-write-reset'].title));
          await expect(page.getByText(g.progressText(4, 5))).toBeVisible();
          for (const step of [1, 2, 3, 4]) await expect(guideStep(page, step)).toHaveAttribute('done', '');
          await expect(guideStep(page, 5)).not.toHaveAttribute('done', '');
        });
        await test.step('"reset sandbox" brings every widget back to its step’s first screen, with its mark; its notice lasts until the next change: "Catch me up" clears it', async () => {
          const step1 = embed(page, 0);
          await step1.getByRole('button', { name: t.userProfile }).click();
          await step1.getByRole('menuitem', { name: t.settings }).click();
          await expect(step1.getByRole('heading', { name: t.settings })).toBeVisible();
          const step2 = embed(page, 1);
          await step2.getByRole('button', { name: t.api, exact: true }).click();
          await expect(step2.getByRole('heading', { name: t.api, exact: true })).toBeVisible();

          await resetSandbox(page, t);
          await expect(guideStep(page, 1).getByText(g.notDone)).toBeVisible();
          await expect(step1.getByRole('heading', { name: t.settings })).toHaveCount(0);
          // Marked "here" again: the [User profile] menu button.
          await expect(step1.locator('.highlighted')).toHaveCount(1);
          await expect(step1.locator('.highlighted').getByRole('button', { name: t.userProfile })).toBeVisible();
          await expect(step2.getByRole('heading', { name: t.settings })).toBeVisible();
          await expect(step2.getByRole('button', { name: t.api, exact: true })).toHaveClass(/highlighted/);

          // The reset's notice stays until the next change, here "Catch me up" (same page: a guide load saved).
          await expect(consoleStatus(page)).toHaveText(t.resetSandboxDone);
          await guideStep(page, 4).getByRole('button', { name: g.catchMeUp }).click();
          await expect(page.getByText(g.progressText(3, 5))).toBeVisible();
          await expect(consoleStatus(page)).toHaveText('');
        });
      },
    );

    // One guide load: step 5 is done on the scenario's card, then the try-request panel's answer goes
    // stale on a reset in step 4 (each guide load costs seconds of CPU).
    testIn('en', locale)(
      'step 5 is done only when its points are: the card opened, then API Version and API Credentials; an answer older than the last change to the tokens says so, and sends again',
      async ({ page }) => {
        await test.step('step 5 is done only when its points are: the card opened, then API Version and API Credentials', async () => {
          await openReady(page, `${guide}?scenario=enabled`);
          await expect(page.getByText(g.progressText(3, 5))).toBeVisible();
          const step5 = guideStep(page, 5);
          await step5.getByRole('button', { name: t.legacyAccountTokens }).click();
          await expect(step5.getByRole('tab', { name: t.overview })).toHaveAttribute('aria-selected', 'true');
          await step5.getByRole('tab', { name: t.apiCredentials }).click();
          await expect(step5.getByRole('tab', { name: t.apiCredentials })).toHaveAttribute('aria-selected', 'true');
          await expect(step5.getByText(g.notDone, { exact: true })).toBeVisible();
          await expect(page.getByText(g.progressText(3, 5))).toBeVisible();
          await step5.getByRole('tab', { name: t.overview }).click();
          await step5.getByLabel(t.apiVersion).selectOption('15');
          await step5.getByRole('button', { name: t.upgradeApiVersion }).click();
          await step5.getByRole('dialog').getByRole('button', { name: t.confirmUpgrade }).click();
          await expect(step5.getByText(g.done, { exact: true })).toBeVisible();
          await expect(page.getByText(g.progressText(4, 5))).toBeVisible();
        });
        await test.step('an answer older than the last change to the tokens says so, and sends again', async () => {
          expect(await send(page, t, t.currentReadWrite)).toBe(200);
          const exchange = tryPanel(page).locator('[data-exchange]');
          await expect(tryPanel(page).getByText(t.answerPredatesChange)).toHaveCount(0);
          const app = embed(page, 3);
          await app.getByRole('button', { name: t.more }).click();
          await app.getByRole('menuitem', { name: t.resetReadWrite }).click();
          await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).click();
          await expect(tryPanel(page).getByText(t.answerPredatesChange)).toBeVisible();
          await expect(exchange).toHaveAttribute('data-stale', '');
          await tryPanel(page).getByRole('button', { name: t.sendAgain }).click();
          await expect(exchange).toHaveAttribute('data-exchange', '2');
          await expect(exchange).not.toHaveAttribute('data-stale');
          await expect(tryPanel(page).getByText(t.answerPredatesChange)).toHaveCount(0);
          await expect(tryPanel(page).locator('[data-status]')).toHaveAttribute('data-status', '200');
        });
      },
    );

    // The integration is checked on the first scenario's load, which is then left alone (each guide
    // load costs seconds of CPU).
    testIn('en', locale)(
      'a scenario after a reset shows the integration red at once, with the token from before the reset; a scenario loaded and left alone is not the reader’s changes: another one loads without a warning',
      async ({ page }) => {
        await test.step('a scenario after a reset shows the integration red at once, with the token from before the reset', async () => {
          await openReady(page, `${guide}?scenario=after-read-write-reset`);
          await openSupportTools(page);
          await expectIntegration(page, 'failing 401');
          await expect(integration(page).getByText(p.staleCopy)).toBeVisible();
        });
        await test.step('a scenario loaded and left alone is not the reader’s changes: another one loads without a warning', async () => {
          await openReady(page, `${guide}?scenario=enabled`);
          await expect(consoleStatus(page)).toHaveText(c.scenarioLoaded(c.scenarios.enabled.title));
          await openReady(page, `${guide}?scenario=upgraded`);
          await expect(consoleStatus(page)).toHaveText(c.scenarioLoaded(c.scenarios.upgraded.title));
          await expect(page.getByRole('dialog')).toHaveCount(0);
          // Once the reader changes it, loading another asks first.
          await embed(page, 3).getByRole('button', { name: t.more }).click();
          await embed(page, 3).getByRole('menuitem', { name: t.resetReadOnly }).click();
          await embed(page, 3).getByRole('dialog').getByRole('button', { name: t.confirmReset }).click();
          await expect(
            embed(page, 3)
              .getByRole('status')
              .filter({ hasText: t.resetDone(t.readOnly) }),
          ).toBeVisible();
          await openReady(page, `${guide}?scenario=enabled`);
          await expect(controls(page).getByRole('dialog')).toContainText(c.confirmReplaces);
        });
      },
    );

    testIn('zh', locale)(
      'a reset in the page turns the integration red at once, without "check now"',
      async ({ page }) => {
        await openReady(page, `${guide}?scenario=enabled`);
        await openSupportTools(page);
        await expectIntegration(page, 'healthy 200');
        // The next scheduled call is 5 s away; the reset itself makes it call.
        await integration(page).evaluate(
          (element) => ((element as HTMLElement & { interval: number }).interval = 3600),
        );
        const app = embed(page, 3);
        await app.getByRole('button', { name: t.more }).click();
        await app.getByRole('menuitem', { name: t.resetReadWrite }).click();
        await app.getByRole('dialog').getByRole('button', { name: t.confirmReset }).click();
        await expectIntegration(page, 'failing 401');
      },
    );
  });
}
