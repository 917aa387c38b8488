/**
 * The console's support tools' strings, per locale: scenarios (each with its one-line
 * description), share links and the dialog that confirms loading either. Both locales travel in
 * the console tools' own chunk (loaded when the console is near); the request log reads the
 * scenario titles from here too. Typed: a scenario missing in one locale is a type error.
 */
import { byLocale } from '../contract/locale.ts';
import en from './en/support-console.ts';
import zh, { type ConsoleMessages } from './zh/support-console.ts';

export type { ConsoleMessages } from './zh/support-console.ts';

export const CONSOLE_MESSAGES = byLocale<ConsoleMessages>({ zh, en });
