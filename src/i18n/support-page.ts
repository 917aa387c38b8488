/**
 * Support labels the pages render at build time (no widget carries them): on a phone, the links
 * from a guide step that changes tokens to the try-request panel, and back.
 */
import { byLocale } from '../contract/locale.ts';
import en from './en/support-page.ts';
import zh, { type SupportPageMessages } from './zh/support-page.ts';

export type { SupportPageMessages } from './zh/support-page.ts';

export const SUPPORT_PAGE_MESSAGES = byLocale<SupportPageMessages>({ zh, en });
