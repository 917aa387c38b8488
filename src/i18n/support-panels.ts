/**
 * PANEL_MESSAGES: both locales' tables, for pages built by Astro and for tests. The browser loads
 * only the page's own locale (src/sandbox/support/messages.ts), one chunk per locale.
 */
import type { Locale } from '../contract/index.ts';
import { en } from './support-panels.en.ts';
import { zh, type PanelMessages } from './support-panels.zh.ts';

export type { PanelMessages };
export const PANEL_MESSAGES: Record<Locale, PanelMessages> = { zh, en };
