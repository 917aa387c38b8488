/** SUPPORT_PAGE_MESSAGES's en table (./support-page.ts). */
import type { SupportPageMessages } from '../zh/support-page.ts';

const en: SupportPageMessages = {
  tryWithTokens: 'Try a request with these tokens ↓',
  backToStep: '↑ Back to the step',
  supportTools: 'Support tools: live integration and request log',
  supportToolsIntro:
    'For demonstrating a reset: an integration that holds a copy of a token and calls the API every few seconds, and a timeline of every request. They start when opened.',
  integrationNowFailing: 'The live integration now fails ({status}).',
  integrationNowHealthy: 'The live integration is healthy again ({status}).',
  showIntegration: 'Show the integration',
};

export default en;
