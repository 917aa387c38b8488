/** `npm run screenshots` covers every guide step of every locale, at both widths, under stable names. */
import { expect, it } from 'vitest';
import { screenshotFile, screenshotPlan, SCREENSHOT_VIEWPORTS } from '../../scripts/screenshot-plan.ts';
import { TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { GUIDE_PATHS } from '../../src/site.ts';

it('plans a PNG per step, locale and width, named by page, step and locale', () => {
  const plan = screenshotPlan();
  expect(plan.map((page) => page.path).sort()).toEqual(Object.values(GUIDE_PATHS).sort());
  const files = plan.flatMap((page) =>
    page.steps.flatMap((step) =>
      Object.keys(SCREENSHOT_VIEWPORTS).flatMap((viewport) =>
        [undefined, ...(page.views[step] ?? [])].map((view) =>
          screenshotFile(page, step, viewport as keyof typeof SCREENSHOT_VIEWPORTS, view),
        ),
      ),
    ),
  );
  // Five steps, plus step 5's two points (Overview with API Version, API Credentials), per locale and width.
  expect(files).toHaveLength(TRANSLATED_LOCALES.length * 7 * 2);
  for (const locale of TRANSLATED_LOCALES)
    for (const viewport of ['desktop', 'phone']) {
      expect(files).toContain(`manage-legacy-api-tokens-as-a-partner/step-5-overview.${locale}.${viewport}.png`);
      expect(files).toContain(`manage-legacy-api-tokens-as-a-partner/step-5-api-credentials.${locale}.${viewport}.png`);
    }
  expect(files).toContain('manage-legacy-api-tokens-as-a-partner/step-3.en.desktop.png');
  expect(files).toContain('manage-legacy-api-tokens-as-a-partner/step-5.zh.phone.png');
  expect(new Set(files).size).toBe(files.length);
});
