/**
 * Cumulative layout shift as a reader gets it: a PerformanceObserver counts every shift without
 * recent input from the first paint until the page has settled (the sandbox ready, every widget
 * drawn, the offers and panels near the viewport loaded).
 */
import type { Page } from '@playwright/test';
import { TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { expect, GUIDE_PATHS, pageApi, SANDBOX_PATHS } from './fixtures.ts';

/** Every page a reader lands on, in both languages. */
export const PAGES = TRANSLATED_LOCALES.flatMap((locale) => [
  { name: `${locale} guide`, path: GUIDE_PATHS[locale] },
  { name: `${locale} full sandbox`, path: SANDBOX_PATHS[locale] },
  {
    name: `${locale} token security page`,
    path:
      locale === 'en'
        ? '/other/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure'
        : '/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure',
  },
]);

const CLS_BUDGET = 0.05;

declare global {
  interface Window {
    __layoutShift?: { total: number; shifts: string[] };
  }
}

/** Starts counting before any page script runs (every navigation of the page's context). */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { total: 0, shifts: [] as string[] };
    window.__layoutShift = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        record.total += entry.value;
        const moved = (entry.sources ?? []).map((source) => {
          const node = source.node;
          const name =
            node instanceof Element
              ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`
              : (node?.nodeName ?? '?');
          return `${name} y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)}`;
        });
        record.shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until the page has settled: the sandbox ready (where it has one) and every widget drawn. */
async function settle(page: Page): Promise<void> {
  const hasSandbox = await page.evaluate(() => document.documentElement.dataset.sandbox !== undefined);
  if (hasSandbox) {
    await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready', { timeout: 15_000 });
  }
  await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter(
      (element): element is Element & { updateComplete: Promise<unknown> } =>
        element.localName.startsWith('impact-') && 'updateComplete' in element,
    );
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    // Two frames: what the last update drew has been laid out and reported.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function layoutShift(page: Page): Promise<{ total: number; shifts: string[] }> {
  return page.evaluate(() => window.__layoutShift ?? { total: 0, shifts: [] });
}

/** Cold (a fresh browser), warm (a reload) and after the reader's changes: each within the budget. */
export async function expectStill(page: Page, path: string) {
  await watchLayoutShift(page);
  const measure = async (when: string) => {
    await settle(page);
    const { total, shifts } = await layoutShift(page);
    expect(total, `${when}: ${shifts.join('\n')}`).toBeLessThanOrEqual(CLS_BUDGET);
  };
  await page.goto(path);
  await measure('cold');
  await page.reload();
  await measure('warm');
  if ((await page.locator('impact-sandbox').count()) === 0) return;
  // A returning reader's sandbox draws other screens (tokens, the request form) than a fresh one.
  expect((await pageApi(page, '/api/sandbox/legacy-tokens', { method: 'POST' })).status).toBe(201);
  await page.reload();
  await measure('after changes');
}
