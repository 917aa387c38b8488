/**
 * Touch targets on a phone (a coarse pointer): every control in the widgets and the site header
 * is at least 44×44 px, the platforms' own guidance (WCAG's 24 px is the floor everywhere). Links
 * inside running text are exempt, as WCAG exempts them.
 */
import type { Page } from '@playwright/test';
import {
  embed,
  expect,
  GUIDE_PATHS,
  GUIDED_MESSAGES,
  guideStep,
  openReady,
  SANDBOX_MESSAGES,
  test,
} from './fixtures.ts';
import { PHONE } from './phone-device.ts';
import { TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { PAGE_ACTIONS_MESSAGES } from '../../src/i18n/page-actions.ts';
import { openSupportTools } from './support-helpers.ts';

test.use(PHONE);

const MIN = 44;

/** Every visible control on the page (shadow roots included) smaller than 44×44 px, by its name and size. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const found: string[] = [];
    const visible = (node: Element) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && node.checkVisibility({ visibilityProperty: true });
    };
    /** A link in running text (a sentence around it): WCAG's inline exception. */
    const inSentence = (node: Element) => {
      if (getComputedStyle(node).display !== 'inline') return false;
      const block = node.parentElement;
      return !!block && (block.textContent ?? '').trim().length > (node.textContent ?? '').trim().length + 1;
    };
    const walk = (root: Document | ShadowRoot) => {
      for (const node of root.querySelectorAll('*')) {
        if (node.shadowRoot) walk(node.shadowRoot);
        const control = node.matches(
          'button, a[href], select, textarea, summary, input:not([type="hidden"]), [role="tab"], [role="menuitem"]',
        );
        if (!control || !visible(node) || node.closest('.skip-link')) continue;
        if (node.matches('a') && inSentence(node)) continue;
        // A radio or a checkbox is pressed through its label, which wraps it.
        const target =
          node.matches('input[type="radio"], input[type="checkbox"]') && node.closest('label')
            ? node.closest('label')!
            : node;
        const box = target.getBoundingClientRect();
        if (box.width < min - 0.5 || box.height < min - 0.5) {
          const name = (node.getAttribute('aria-label') ?? target.textContent ?? '')
            .trim()
            .replace(/\s+/g, ' ')
            .slice(0, 40);
          found.push(`${node.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
      }
    };
    walk(document);
    return [...new Set(found)];
  }, MIN);
}

// The two written languages (the pseudo-locale's strings are longer on purpose).
for (const locale of TRANSLATED_LOCALES) {
  const t = SANDBOX_MESSAGES[locale];
  const g = GUIDED_MESSAGES[locale];

  test(`${locale}: on a touch screen every control in the widgets and the header is at least 44×44 px`, async ({
    page,
  }) => {
    await openReady(page, GUIDE_PATHS[locale]);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await openSupportTools(page);
    const seen: string[] = await smallTargets(page);
    // Step 2's Settings screen (the "API" link); step 5 caught up: the API page, the token card's
    // More menu, its page (Back to API, the tabs, the API Version drop-down) and its credentials.
    await embed(page, 1).getByRole('button', { name: t.userProfile }).tap();
    await embed(page, 1).getByRole('menuitem', { name: t.settings }).tap();
    await expect(embed(page, 1).getByRole('button', { name: t.api, exact: true })).toBeVisible();
    seen.push(...(await smallTargets(page)));
    const step5 = guideStep(page, 5);
    await step5.scrollIntoViewIfNeeded();
    await step5.getByRole('button', { name: g.catchMeUp }).tap();
    const app = step5.locator('impact-sandbox');
    await app.getByRole('button', { name: t.more }).tap();
    await expect(app.getByRole('menuitem', { name: t.resetReadWrite })).toBeVisible();
    seen.push(...(await smallTargets(page)));
    await page.keyboard.press('Escape');
    await app.getByRole('button', { name: t.legacyAccountTokens }).tap();
    await expect(app.getByRole('button', { name: t.backToApi })).toBeVisible();
    seen.push(...(await smallTargets(page)));
    await app.getByRole('tab', { name: t.apiCredentials }).tap();
    await expect(app.getByRole('button', { name: new RegExp(`^${t.copy}`) }).first()).toBeVisible();
    seen.push(...(await smallTargets(page)));
    expect([...new Set(seen)]).toEqual([]);
  });
}

test('before the page actions menu loads, its stand-in link is a full touch target', async ({ page, context }) => {
  // The menu loads when the page is idle: hold its chunk back, as a slow phone does.
  await context.route('**/impact-page-actions.*.js', () => {});
  await page.goto(GUIDE_PATHS.en);
  await expect(page.getByRole('link', { name: PAGE_ACTIONS_MESSAGES.en.viewMarkdown })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
});
