/** SITE_MESSAGES's zh table, the source locale's: every other locale's is typed against it (./site.ts). */
import type { Locale, TranslatedLocale } from '../../contract/index.ts';

const zh = {
  siteName: 'impact.com 帮助中心 · 交互式指南',
  skipToContent: '跳到正文',
  sandboxConsole: '沙盒控制台',
  sandboxConsoleIntro: '这里的一切都是模拟的，不会触及真实账户。',
  fullSandbox: '完整沙盒',
  guide: '指南',
  sandboxPageTitle: '沙盒：旧版 API 令牌',
  sandboxPageIntro: '完整的模拟合作伙伴平台，可自由操作。状态保存在本浏览器中，刷新页面后仍然保留。',
  backToGuide: '返回指南',
  embedCaption: '沙盒',
  notFoundTitle: '找不到页面',
  notFoundBody: '此地址没有页面。',
  /** The 404 page: the heading over the nearest existing pages (most of the address in common first). */
  notFoundNearest: '您要找的可能是',
  /** The 404 page: the heading over the links to each language's guide, each link in its own language. */
  notFoundHome: '从指南开始',
  /** This language's guide, as the 404 page links it (in this language, whatever the page's). */
  guideIn: '中文版指南',
  /** The language's own name, shown on the switch that leads to it. */
  languageName: '中文',
  /** The switch's tooltip, in the current page's language (its text is the other language's own name). */
  languageNames: { zh: '中文', en: '英文' } satisfies Record<TranslatedLocale, string> as Partial<
    Record<Locale, string>
  >,
  readIn: (language: string) => `用${language}阅读本页`,
  languageSwitch: '语言',
};

export type SiteMessages = typeof zh;

export default zh;
