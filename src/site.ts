/** Site-wide facts: the guide's real paths (host aside) and the labels around the widgets. */
import type { Locale } from './sandbox/strings.ts';

export const ZH_GUIDE_PATH =
  '/partner/zh/nin-xiang-liao-jie-shen-me/account-management/account-settings/api-tokens/manage-legacy-api-tokens-as-a-partner';

export const ZH_SANDBOX_PATH = '/partner/zh/sandbox';

/** Short addresses that lead to the guide: Astro writes them as redirect pages, `npm start` answers 302. */
export const REDIRECTS: Record<string, string> = {
  '/': ZH_GUIDE_PATH,
  '/partner/zh': ZH_GUIDE_PATH,
};

/**
 * The guide and the full sandbox for a locale. Only zh exists so far; an English page falls
 * back to them until its own (under /partner/what-would-you-like-to-learn-about/…) is added.
 */
export function sitePaths(locale: Locale): { guide: string; sandbox: string } {
  const paths: Partial<Record<Locale, { guide: string; sandbox: string }>> = {
    zh: { guide: ZH_GUIDE_PATH, sandbox: ZH_SANDBOX_PATH },
  };
  return paths[locale] ?? { guide: ZH_GUIDE_PATH, sandbox: ZH_SANDBOX_PATH };
}

/** zh pages live under a `/zh/` segment; English, the default locale, has none. */
export function localeFromPath(pathname: string): Locale {
  return /(^|\/)zh(\/|$)/.test(pathname) ? 'zh' : 'en';
}

export const SITE_STRINGS = {
  zh: {
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
  },
  en: {
    siteName: 'impact.com Help Center · interactive guide',
    skipToContent: 'Skip to content',
    sandboxConsole: 'Sandbox console',
    sandboxConsoleIntro: 'Everything here is simulated; no real account is touched.',
    fullSandbox: 'Full sandbox',
    guide: 'Guide',
    sandboxPageTitle: 'Sandbox: legacy API tokens',
    sandboxPageIntro: 'The whole simulated partner platform, for free play. Its state is kept in this browser and survives a reload.',
    backToGuide: 'Back to the guide',
    embedCaption: 'Sandbox',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address.',
  },
} as const satisfies Record<Locale, Record<string, string>>;
