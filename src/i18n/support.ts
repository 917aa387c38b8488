/**
 * The try-request panel's support strings, per locale: the runnable curl command and the reasons
 * the sandbox gives (the partner API's own error bodies stay English, as the real
 * API's do; these explain them in the page's language). Typed: a scenario or reason code
 * missing in one locale is a type error. The widgets get one locale at a time, in that locale's
 * label chunk (src/i18n/<locale>/widgets.ts).
 */
import { byLocale } from '../contract/locale.ts';
import en from './en/support.ts';
import zh, { type SupportMessages } from './zh/support.ts';

export type { SupportMessages } from './zh/support.ts';

export const SUPPORT_MESSAGES = byLocale<SupportMessages>({ zh, en });
