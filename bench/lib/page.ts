/** In-page probes: when the sandbox starts, and the harness that moves the widgets out of view. */
import type { Page } from '@playwright/test';
import { BenchError, GUIDE_PATH } from './config.ts';

export const READY_TIMEOUT_MS = 30_000;

/**
 * Measurement harness: on the real page the first widget sits ~600 px from the top, i.e. within
 * boot's 600 px rootMargin on any screen, so the sandbox always loads at once. To measure the
 * lazy path ("before the sandbox is needed", then scroll to a widget), this pushes the whole
 * page 5000 px down before boot runs. Nothing else changes.
 */
export const PUSH_DOWN_PX = 5000;
export function pushContentDown(pixels: number): void {
  if (window !== window.top) return;
  const apply = () => {
    if (!document.documentElement) return false;
    document.documentElement.style.setProperty('padding-top', `${pixels}px`, 'important');
    return true;
  };
  if (apply()) return;
  const observer = new MutationObserver(() => {
    if (apply()) observer.disconnect();
  });
  observer.observe(document, { childList: true });
}

export interface Recorder {
  waitingAt: number | null;
  readyAt: number | null;
  failedAt: number | null;
  /** Whether a service worker controlled the page when it started (i.e. a warm load). */
  controlledAtStart: boolean;
}

/** Runs in the page before its scripts: timestamps (performance.now()) of `data-sandbox` changes. */
export function installRecorder(): void {
  if (window !== window.top) return;
  const recorder: Recorder = {
    waitingAt: null,
    readyAt: null,
    failedAt: null,
    controlledAtStart: Boolean(navigator.serviceWorker?.controller),
  };
  (window as unknown as { __bench: Recorder }).__bench = recorder;
  const check = () => {
    const state = document.documentElement?.dataset.sandbox;
    const now = performance.now();
    if (state === 'waiting' && recorder.waitingAt === null) recorder.waitingAt = now;
    if (state === 'ready' && recorder.readyAt === null) recorder.readyAt = now;
    if (state === 'failed' && recorder.failedAt === null) recorder.failedAt = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sandbox'] });
}

export async function sandboxState(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.dataset.sandbox ?? '(none)');
}

export async function waitForSandbox(page: Page): Promise<void> {
  await page.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.sandbox ?? ''), null, {
    timeout: READY_TIMEOUT_MS,
    polling: 50,
  });
  if ((await sandboxState(page)) === 'failed') {
    const message = await page.evaluate(
      () => document.querySelector('impact-sandbox')?.shadowRoot?.textContent?.trim().slice(0, 300) ?? '',
    );
    throw new BenchError(`the sandbox failed to start (data-sandbox="failed"): ${message}`);
  }
}

/**
 * Opens the guide. A page already showing the guide navigates to it again with a query string:
 * a new history entry (no scroll restoration) reached straight from a controlled page, like an
 * in-site link (a same-tab visit, the way readers move through the site).
 */
export async function openGuide(
  page: Page,
  origin: string,
  waitUntil: 'commit' | 'load',
  path: string = GUIDE_PATH,
): Promise<void> {
  const again = page.url() !== 'about:blank';
  await page.goto(`${origin}${path}${again ? `?bench=${Date.now()}` : ''}`, { waitUntil });
}
