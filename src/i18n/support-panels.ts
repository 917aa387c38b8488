/**
 * The request log's and the live integration's strings, per locale. Typed: a log action or a
 * caller missing in one locale is a type error. They travel with those two panels' own chunk
 * (src/sandbox/support-panels.ts).
 */
import { byLocale } from '../contract/locale.ts';
import en from './en/support-panels.ts';
import zh, { type PanelMessages } from './zh/support-panels.ts';

export type { PanelMessages } from './zh/support-panels.ts';

export const PANEL_MESSAGES = byLocale<PanelMessages>({ zh, en });
