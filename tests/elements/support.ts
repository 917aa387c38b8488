/**
 * Element tests run in Chromium (Vitest browser mode, `elements` project): each file mounts
 * elements into its own page, against the real handler set behind MSW's service worker with an
 * in-memory sandbox (so test files running side by side never share a sandbox).
 */
import axe from 'axe-core';
import type { LitElement } from 'lit';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Locator } from 'vitest/browser';
import { createHandlers } from '../../mocks/handlers.ts';
import { createMemoryStore } from '../../mocks/store.ts';
import { LOCALES, SETTINGS_ROUTES } from '../../src/contract/index.ts';
import { GUIDED_MESSAGES } from '../../src/i18n/guided.ts';
import { SANDBOX_MESSAGES } from '../../src/i18n/sandbox.ts';
import { CONSOLE_MESSAGES } from '../../src/i18n/support-console.ts';
import { PANEL_MESSAGES } from '../../src/i18n/support-panels.ts';
import { SUPPORT_MESSAGES } from '../../src/i18n/support.ts';
import { SandboxStore } from '../../src/sandbox/client-store.ts';
import { provideSandboxStore } from '../../src/sandbox/store-context.ts';

/** The file's page store, provided as the page provides its own (each test file runs in a page of its own). */
export const sandboxStore = provideSandboxStore(document.documentElement, new SandboxStore());

// The tables are at hand here: elements draw on their first update, as the tests expect.
for (const locale of LOCALES)
  sandboxStore.labels.provide(locale, {
    sandbox: SANDBOX_MESSAGES[locale],
    guided: GUIDED_MESSAGES[locale],
    support: SUPPORT_MESSAGES[locale],
    console: CONSOLE_MESSAGES[locale],
    panels: PANEL_MESSAGES[locale],
  });

/** A Storage stand-in: test files run side by side in one origin, so none may share localStorage. */
export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

export const zh = SANDBOX_MESSAGES.zh;
export const en = SANDBOX_MESSAGES.en;
export const zhSupport = SUPPORT_MESSAGES.zh;
export const zhPanels = PANEL_MESSAGES.zh;
export const zhConsole = CONSOLE_MESSAGES.zh;

// wcag22aa: target-size (every target at least 24×24 px or spaced as if it were).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Serves `/api/…` from the real handlers for the file's tests; every test starts on a fresh
 * sandbox (legacy tokens not enabled) that the page's store has loaded, with no guide progress.
 */
export function useSandboxBackend(): SetupWorker {
  const worker = setupWorker(...createHandlers({ store: createMemoryStore() }));
  // A request a test's elements still had on its way must not land in the next test's sandbox.
  const pending = new Set<string>();
  worker.events.on('request:start', ({ requestId }) => pending.add(requestId));
  worker.events.on('request:end', ({ requestId }) => pending.delete(requestId));
  beforeAll(async () => {
    // msw/vite serves the worker script (vitest.config.ts).
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledFrame: 'bypass' });
  });
  beforeEach(async () => {
    await expect.poll(() => pending.size).toBe(0);
    sandboxStore.progress.useStorage(memoryStorage());
    await api('POST', SETTINGS_ROUTES.reset);
    await sandboxStore.refresh();
  });
  afterEach(() => worker.resetHandlers());
  afterAll(() => worker.stop());
  return worker;
}

/** A request to the sandbox API that must succeed. */
export async function api(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `${method} ${path}: ${response.status}`).toBe(true);
  return response.json();
}

type ElementTag =
  | 'impact-sandbox'
  | 'impact-try-request'
  | 'impact-sandbox-controls'
  | 'impact-menu-button'
  | 'impact-guide-step'
  | 'impact-guide-progress'
  | 'impact-integration'
  | 'impact-request-log'
  | 'impact-scenario-offer'
  | 'impact-page-actions';

/** Adds the element to the page and waits for its first render. */
export async function mount<K extends ElementTag>(
  tag: K,
  attributes: Record<string, string> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await (element as LitElement).updateComplete;
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** axe over the element (its shadow tree included): no violations, and some rules did apply. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: AXE_TAGS } });
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(0);
}

/** The focused element, looking into shadow roots (document.activeElement stops at the host). */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until focus is on what the locator finds. */
export async function expectFocus(locator: Locator): Promise<void> {
  await expect.poll(() => focused() !== null && focused() === locator.query()).toBe(true);
}

/** A message with a placeholder (a time, a name) as a pattern: the text around it, anything in its place. */
export function messagePattern(message: (value: never) => string, anchored = false): RegExp {
  const [before = '', after = ''] = message('\u0000' as never).split('\u0000');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${anchored ? '^' : ''}${escape(before)}.+${escape(after)}`);
}
