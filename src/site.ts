/** Site-wide facts: the guide's real paths (host aside). */
import type { Locale } from './contract/index.ts';

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
