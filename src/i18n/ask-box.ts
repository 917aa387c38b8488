/** Every label of the `?ask=` box in the header, per locale. Base.astro reads the static ones at build time; the element (src/ask/elements/impact-ask/impact-ask.ts) the rest. */
import { byLocale } from '../contract/locale.ts';
import en from './en/ask-box.ts';
import zh, { type AskBoxMessages } from './zh/ask-box.ts';

export type { AskBoxMessages } from './zh/ask-box.ts';

export const ASK_BOX_MESSAGES = byLocale<AskBoxMessages>({ zh, en });
