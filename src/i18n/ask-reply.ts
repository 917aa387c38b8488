/**
 * The words of the `?ask=` replies and `.md` pages that are not quoted from the content: refusals,
 * usage, limits, "Page Not Found", and the one-line notes that stand for widgets in markdown.
 */
import { byLocale } from '../contract/locale.ts';
import en from './en/ask-reply.ts';
import zh, { type AskReplyMessages } from './zh/ask-reply.ts';

export type { AskReplyMessages } from './zh/ask-reply.ts';

export const ASK_REPLY_MESSAGES = byLocale<AskReplyMessages>({ zh, en });
