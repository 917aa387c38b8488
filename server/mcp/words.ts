/**
 * What the MCP tools say, per locale, in the guide's words: the app's labels and confirmations
 * from the widgets' own tables (src/i18n/), so an agent reads what a reader of the page sees,
 * and the few sentences no widget says (src/i18n/mcp.ts).
 */
import type { AccessLevel, Locale, ScenarioName } from '../../src/contract/index.ts';
import { MCP_MESSAGES } from '../../src/i18n/mcp.ts';
import { SANDBOX_MESSAGES } from '../../src/i18n/sandbox.ts';
import { CONSOLE_MESSAGES } from '../../src/i18n/support-console.ts';
import { SUPPORT_MESSAGES } from '../../src/i18n/support.ts';

/** Every table a tool reply draws on, for one locale. */
export function wordsFor(locale: Locale) {
  return {
    app: SANDBOX_MESSAGES[locale],
    support: SUPPORT_MESSAGES[locale],
    scenario: (name: ScenarioName) => CONSOLE_MESSAGES[locale].scenarios[name],
    mcp: MCP_MESSAGES[locale],
    level: (level: AccessLevel) =>
      level === 'readWrite' ? SANDBOX_MESSAGES[locale].readWrite : SANDBOX_MESSAGES[locale].readOnly,
  };
}

export type Words = ReturnType<typeof wordsFor>;
