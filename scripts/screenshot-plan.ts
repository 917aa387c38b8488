/**
 * What `npm run screenshots` takes: every guide step's widget, in every locale, at desktop and
 * phone width, named by page, step and locale
 * (screenshots/manage-legacy-api-tokens-as-a-partner/step-3.en.desktop.png).
 */
import type { BrowserContextOptions } from '@playwright/test';
import { loadContentPages } from '../src/ask/content.ts';
import type { Locale } from '../src/contract/index.ts';

export const SCREENSHOT_VIEWPORTS: Record<'desktop' | 'phone', BrowserContextOptions> = {
  desktop: { viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 2 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
};

export interface PageShots {
  /** The page's path on the site. */
  path: string;
  locale: Locale;
  /** The folder its PNGs go in: the page's own slug (the same in every locale). */
  slug: string;
  /** Its steps, in order. */
  steps: number[];
  /** The extra views a step's points show (step 5: its token page's Overview and API Credentials). */
  views: Record<number, StepView[]>;
}

/** A token page tab a step's points lead to, by the action that marks the point. */
export type StepView = 'overview' | 'api-credentials';
const POINT_VIEWS: Record<string, StepView> = { 'change-version': 'overview', 'view-credentials': 'api-credentials' };

/** The pages that have guide steps (`<Sandbox step="N" …>`), each with its steps. */
export function screenshotPlan(): PageShots[] {
  return loadContentPages()
    .map((page) => ({
      path: page.path,
      locale: page.data.locale,
      slug: page.path.split('/').pop()!,
      steps: [...page.body.matchAll(/<Sandbox\b[^>]*\bstep="(\d+)"/g)].map((match) => Number(match[1])),
      views: Object.fromEntries(
        [...page.body.matchAll(/<Sandbox\b[^>]*\bstep="(\d+)"[^>]*\bpoints="([^"]*)"/g)].map((match) => [
          Number(match[1]),
          [...new Set(match[2]!.split(/\s+/).flatMap((point) => POINT_VIEWS[point] ?? []))].sort(),
        ]),
      ),
    }))
    .filter((page) => page.steps.length > 0);
}

export function screenshotFile(
  page: PageShots,
  step: number,
  viewport: keyof typeof SCREENSHOT_VIEWPORTS,
  view?: StepView,
): string {
  return `${page.slug}/step-${step}${view ? `-${view}` : ''}.${page.locale}.${viewport}.png`;
}
