/** What the support tools' e2e tests share: both locales' pages and labels, and the console's parts. */
import type { Locator, Page } from '@playwright/test';
import { CONSOLE_MESSAGES, type ConsoleMessages } from '../../src/i18n/support-console.ts';
import { PANEL_MESSAGES, type PanelMessages } from '../../src/i18n/support-panels.ts';
import { SUPPORT_MESSAGES, type SupportMessages } from '../../src/i18n/support.ts';
import type { SandboxMessages } from '../../src/i18n/sandbox.ts';
import {
  en,
  EN_GUIDE_PATH,
  EN_SANDBOX_PATH,
  expect,
  GUIDE_PATH,
  test,
  tryRequest,
  zh,
  ZH_SANDBOX_PATH,
} from './fixtures.ts';

export interface LocaleUnderTest {
  locale: 'zh' | 'en';
  guide: string;
  sandbox: string;
  t: SandboxMessages;
  s: SupportMessages;
  p: PanelMessages;
  c: ConsoleMessages;
}

export const BOTH_LOCALES: LocaleUnderTest[] = [
  {
    locale: 'zh',
    guide: GUIDE_PATH,
    sandbox: ZH_SANDBOX_PATH,
    t: zh,
    s: SUPPORT_MESSAGES.zh,
    p: PANEL_MESSAGES.zh,
    c: CONSOLE_MESSAGES.zh,
  },
  {
    locale: 'en',
    guide: EN_GUIDE_PATH,
    sandbox: EN_SANDBOX_PATH,
    t: en,
    s: SUPPORT_MESSAGES.en,
    p: PANEL_MESSAGES.en,
    c: CONSOLE_MESSAGES.en,
  },
];

/**
 * `test` in `chosen`'s pass of a loop over BOTH_LOCALES (or LOCALES); in the other pass it defines nothing. A
 * behaviour that is the same in both languages runs once (each spec's tests take the two in turn,
 * so both languages' labels are still read there, and guide-drift and the walk-through read every
 * label of the guide in each): a browser test costs seconds of CPU, and `npm test` has a budget.
 */
export function testIn(chosen: LocaleUnderTest['locale'], locale: string): typeof test {
  return chosen === locale ? test : ((() => undefined) as unknown as typeof test);
}

export const STATIC_ORIGIN = `http://127.0.0.1:${process.env.E2E_STATIC_PORT ?? 4398}`;

export const controls = (page: Page): Locator => page.locator('impact-sandbox-controls');

/** The guide console's closed "support tools" disclosure (the integration and the log): opens it. */
export async function openSupportTools(page: Page): Promise<void> {
  const disclosure = page.locator('details.support-tools');
  if (!(await disclosure.evaluate((node) => (node as HTMLDetailsElement).open))) {
    await disclosure.locator('summary').click();
  }
  await expect(disclosure).toHaveAttribute('open', '');
}
export const integration = (page: Page): Locator => page.locator('impact-integration');
export const requestLog = (page: Page): Locator => page.locator('impact-request-log');

/** The console's status line (what a scenario, a share link or a reset did). */
export const consoleStatus = (page: Page): Locator => controls(page).getByRole('status');

/** The integration's health and last status as the element marks them, e.g. `failing 401`. */
export async function expectIntegration(page: Page, state: string): Promise<void> {
  await expect(integration(page).locator('[data-health]')).toHaveAttribute('data-health', state.split(' ')[0]!);
  if (state.includes(' '))
    await expect(integration(page).locator('[data-health]')).toHaveAttribute('data-status', state.split(' ')[1]!);
}

/** A message with a placeholder as a pattern: the text around it, anything in its place. */
export function messagePattern(message: (value: never) => string): RegExp {
  const [before = '', after = ''] = message('\u0000' as never).split('\u0000');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escape(before)}.+${escape(after)}`);
}

/** Sends from the try-request panel in the page's language; returns the status shown. */
export function send(
  page: Page,
  t: SandboxMessages,
  credential: string,
  options: { method?: string; resource?: string } = {},
): Promise<number> {
  return tryRequest(page, credential, { ...options, t });
}
