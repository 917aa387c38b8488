import { byLocale } from '../contract/locale.ts';
import en from './en/guide-check.ts';
import zh from './zh/guide-check.ts';

/** Words a guide emphasises that are not controls of the app (a hint's lead, a section's name). */
export const GUIDE_EMPHASIS_NOT_UI = byLocale<ReadonlySet<string>>({ zh, en });
