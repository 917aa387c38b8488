/**
 * What `npm run screenshots` takes: every guide step's widget, in every locale, at desktop and
 * phone width, named by page, step and locale
 * (screenshots/manage-legacy-api-tokens-as-a-partner/step-3.en.desktop.png).
 */
import type { BrowserContextOptions } from '@playwright/test';
import { loadContentPages } from '../src/ask/content.ts';
import type { SourcePage } from '../src/ask/source.ts';
import type { Locale } from '../src/contract/index.ts';
import { elementsNamed, readMdx } from '../src/page-mdx.ts';

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
const POINT_VIEWS: Record<string, StepView> = {
  'choose-version': 'overview',
  'change-version': 'overview',
  'view-credentials': 'api-credentials',
};

/** A page's steps and their extra views, from its `<Sandbox step="N" points="…">` elements (src/page-mdx.ts). */
export function pageShots(page: SourcePage): PageShots {
  const steps = elementsNamed(readMdx(page.body), 'Sandbox').flatMap(({ attributes }) =>
    attributes.step ? [{ step: Number(attributes.step.value), points: attributes.points?.value ?? '' }] : [],
  );
  return {
    path: page.path,
    locale: page.data.locale,
    slug: page.path.split('/').pop()!,
    steps: steps.map(({ step }) => step),
    views: Object.fromEntries(
      steps
        .filter(({ points }) => points.trim() !== '')
        .map(({ step, points }) => [
          step,
          [...new Set(points.split(/\s+/).flatMap((point) => POINT_VIEWS[point] ?? []))].sort(),
        ]),
    ),
  };
}

/** The pages that have guide steps, each with its steps. */
export function screenshotPlan(): PageShots[] {
  return loadContentPages()
    .map(pageShots)
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
