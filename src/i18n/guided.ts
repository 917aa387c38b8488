/**
 * The guided steps' words (the bar above each step's widget, the progress indicator), per
 * locale. Labels of the app itself come from ./sandbox.ts.
 */
import { byLocale } from '../contract/locale.ts';
import en from './en/guided.ts';
import zh, { type GuidedMessages } from './zh/guided.ts';

export type { GuidedMessages } from './zh/guided.ts';

export const GUIDED_MESSAGES = byLocale<GuidedMessages>({ zh, en });
