/** SITE_MESSAGES's en table (./site.ts). */
import type { Locale, TranslatedLocale } from '../../contract/index.ts';
import type { SiteMessages } from '../zh/site.ts';

const en: SiteMessages = {
  siteName: 'impact.com Help Center · interactive guide',
  skipToContent: 'Skip to content',
  sandboxConsole: 'Sandbox console',
  sandboxConsoleIntro: 'Everything here is simulated; no real account is touched.',
  fullSandbox: 'Full sandbox',
  guide: 'Guide',
  sandboxPageTitle: 'Sandbox: legacy API tokens',
  sandboxPageIntro:
    'The whole simulated partner platform, for free play. Its state is kept in this browser and survives a reload.',
  backToGuide: 'Back to the guide',
  embedCaption: 'Sandbox',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address.',
  notFoundNearest: 'Perhaps you meant',
  notFoundHome: 'Start from the guide',
  guideIn: 'The guide in English',
  languageName: 'English',
  languageNames: { zh: 'Chinese', en: 'English' } satisfies Record<TranslatedLocale, string> as Partial<
    Record<Locale, string>
  >,
  readIn: (language: string) => `Read this page in ${language}`,
  languageSwitch: 'Language',
};

export default en;
