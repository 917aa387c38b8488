/**
 * The page actions menu (`<impact-page-actions>`), per locale: what GitBook's readers find on every
 * page (copy it as Markdown, view it as Markdown, open it in an assistant, connect over MCP), and
 * the one-line "how to connect" shown when the MCP address is copied.
 */
import { byLocale } from '../contract/locale.ts';
import en from './en/page-actions.ts';
import zh, { type PageActionsMessages } from './zh/page-actions.ts';

export type { PageActionsMessages } from './zh/page-actions.ts';

export const PAGE_ACTIONS_MESSAGES = byLocale<PageActionsMessages>({ zh, en });
