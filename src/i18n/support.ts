/**
 * SUPPORT_MESSAGES: both locales' tables, for pages built by Astro and for tests. The browser loads
 * only the page's own locale (src/sandbox/support/messages.ts), one chunk per locale.
 */
import type { Locale } from '../contract/index.ts';
import { en } from './support.en.ts';
import { zh, type SupportMessages } from './support.zh.ts';

export type { SupportMessages };
export const SUPPORT_MESSAGES: Record<Locale, SupportMessages> = { zh, en };
