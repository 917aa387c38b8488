/** The labels around the widgets: the header, the two-pane layout, the full sandbox and 404 pages. */
import { byLocale } from '../contract/locale.ts';
import en from './en/site.ts';
import zh, { type SiteMessages } from './zh/site.ts';

export type { SiteMessages } from './zh/site.ts';

export const SITE_MESSAGES = byLocale<SiteMessages>({ zh, en });
