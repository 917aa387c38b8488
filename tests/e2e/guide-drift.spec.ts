/**
 * For docs teams: the guide and the sandbox cannot drift apart unnoticed, in either direction,
 * in each locale. Guide → UI: every label a step names in bold or italics is found by role and
 * accessible name in that step's own widget, walking the step ("[User profile] → Settings": the
 * User profile button, then, once it is activated, the Settings menu item). UI → guide: every
 * button, menu item and tab of the token screens appears in the guide's steps or menu reference.
 * A failure names the page, the step (or screen), the label and the nearest label on the other side.
 */
import type { Locator } from '@playwright/test';
import { TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { SANDBOX_MESSAGES } from '../../src/i18n/sandbox.ts';
import { GUIDE_PATHS } from '../../src/site.ts';
import {
  ACTIVATABLE,
  coveredByGuide,
  findLabel,
  guideWords,
  labelsAtStep,
  loadGuideText,
  missingLabelMessage,
  parseAriaSnapshot,
  uncoveredControlMessage,
  type Named,
} from '../guide/drift.ts';
import { expect, openReady, resetSandbox, test } from './fixtures.ts';
import { hideTestOnlyLanguageLinks, placeholderOverflow } from './header-helpers.ts';

const shownIn = async (area: Locator): Promise<Named[]> => parseAriaSnapshot(await area.ariaSnapshot());
const stepApp = (page: import('@playwright/test').Page, step: number) =>
  page.locator(`impact-guide-step[step="${step}"] impact-sandbox`);

for (const locale of TRANSLATED_LOCALES) {
  const t = SANDBOX_MESSAGES[locale];
  const guide = loadGuideText(locale);

  /**
   * Waits for `label` in the step's app; if it never comes, fails with the message that names the
   * file and line, the step, the label and the nearest labels (not a bare "expected true").
   */
  const expectShown = async (app: Locator, label: string, step: number) => {
    await expect
      .poll(async () => {
        const shown = await shownIn(app);
        return findLabel(shown, label) ? 'shown' : missingLabelMessage(guide, step, label, shown);
      })
      .toBe('shown');
  };

  // Both directions on one guide load (each costs seconds of CPU): the walk through the steps, then
  // "Reset sandbox" back to the first screens for the token screens' controls. The guide is loaded
  // at 1280 px for the site header's check first (the same load), then the window is made the
  // tests' desktop size again for the drift checks.
  test(`${locale}: at 1280 px the header is one row; the guide and the sandbox name the same controls, in both directions`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openReady(page, GUIDE_PATHS[locale]);
    await test.step(`${locale}: at 1280 px the header is one row and the ask box shows its whole hint`, async () => {
      await hideTestOnlyLanguageLinks(page);
      const header = page.getByRole('banner');
      const parts = [
        header.locator('.site-name'),
        header.locator('.site-badge'),
        header.getByRole('navigation'),
        header.locator('label[for="impact-ask-input"]'),
        header.getByRole('searchbox'),
        header.getByRole('button'),
      ];
      const headerBox = (await header.boundingBox())!;
      // One row: every part's middle lies within the header's middle band.
      for (const part of parts) {
        const box = (await part.boundingBox())!;
        expect(Math.abs(box.y + box.height / 2 - (headerBox.y + headerBox.height / 2))).toBeLessThan(8);
      }
      expect(headerBox.height).toBeLessThanOrEqual(60);
      expect(await placeholderOverflow(page)).toBeLessThanOrEqual(0);
    });
    await page.setViewportSize({ width: 1400, height: 1000 });
    await test.step(`${locale}: every label the guide names is in the sandbox at its step, by role and name`, async () => {
      expect(guide.steps).toHaveLength(5);
      for (const step of guide.steps) {
        const app = stepApp(page, step.step);
        const labels = labelsAtStep(guide, step);
        expect(labels.length, `step ${step.step} names no label`).toBeGreaterThan(0);
        let advanced = false;
        for (const [index, label] of labels.entries()) {
          let shown = await shownIn(app);
          let match = findLabel(shown, label);
          if (!match && !advanced) {
            // The step's own subject first: the control the embed marks ("select the token card").
            advanced = true;
            await app.locator('.highlighted button, button.highlighted, .highlighted select').first().click();
            await expectShown(app, label, step.step);
            shown = await shownIn(app);
            match = findLabel(shown, label);
          }
          expect(match, missingLabelMessage(guide, step.step, label, shown)).toBeDefined();
          const next = labels[index + 1];
          if (next && match && ACTIVATABLE.has(match.role) && !findLabel(shown, next)) {
            await app.getByRole(match.role as 'button', { name: match.name, exact: true }).click();
            // Walking on: what the step names next appears once this control is used.
            await expectShown(app, next, step.step);
          }
        }
        await page.keyboard.press('Escape');
      }
    });

    await test.step(`${locale}: every button, menu item and tab of the token screens appears in the guide`, async () => {
      // Sandbox-only controls, which the help article has no reason to name:
      const SANDBOX_ONLY = new Set([
        t.backToApi, // the simulation's way back from the token page to the API page
        t.createAccessToken, // scoped access tokens: another article, outside this sandbox
      ]);
      await resetSandbox(page, t);
      await stepApp(page, 3).getByRole('button', { name: t.enableLegacyTokens }).click();
      const app = stepApp(page, 5);
      const content = app.locator('.content');
      await expect(app.getByRole('article', { name: t.legacyAccountTokens })).toBeVisible();
      const screens: Array<[string, () => Promise<void>]> = [
        ['the API page with legacy tokens enabled', async () => {}],
        [
          'the [More] menu',
          async () => {
            await app.getByRole('button', { name: t.more }).click();
            await expect(app.getByRole('menu')).toBeVisible();
          },
        ],
        [
          'the token page, Overview',
          async () => {
            await page.keyboard.press('Escape');
            await app.getByRole('button', { name: t.legacyAccountTokens }).click();
            await expect(app.getByRole('tabpanel', { name: t.overview })).toBeVisible();
          },
        ],
        [
          'the token page, API Credentials',
          async () => {
            await app.getByRole('tab', { name: t.apiCredentials }).click();
            await expect(app.getByRole('tabpanel', { name: t.apiCredentials })).toBeVisible();
          },
        ],
      ];
      const words = guideWords(guide);
      const checked = new Set<string>();
      for (const [screen, reach] of screens) {
        await reach();
        const controls = (await shownIn(content)).filter((entry) => ['button', 'menuitem', 'tab'].includes(entry.role));
        expect(controls.length, screen).toBeGreaterThan(0);
        for (const control of controls) {
          checked.add(control.name);
          if (SANDBOX_ONLY.has(control.name)) continue;
          expect(coveredByGuide(control.name, words), uncoveredControlMessage(guide, screen, control)).toBe(true);
        }
      }
      // Not vacuous: the menu's items, the tabs and the credentials' buttons were all looked at.
      expect([...checked]).toEqual(
        expect.arrayContaining([
          t.resetReadWrite,
          t.resetReadOnly,
          t.overview,
          t.apiCredentials,
          `${t.copy} ${t.accountSid}`,
        ]),
      );
    });
  });
}
