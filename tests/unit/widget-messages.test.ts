/**
 * The widgets' labels are ordinary modules, one per locale (src/i18n/<locale>/widgets.ts, loaded
 * by src/sandbox/messages.ts): every locale has one, holding exactly its tables.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/contract/index.ts';
import { GUIDED_MESSAGES } from '../../src/i18n/guided.ts';
import { SANDBOX_MESSAGES } from '../../src/i18n/sandbox.ts';
import { CONSOLE_MESSAGES } from '../../src/i18n/support-console.ts';
import { PANEL_MESSAGES } from '../../src/i18n/support-panels.ts';
import { SUPPORT_MESSAGES } from '../../src/i18n/support.ts';

describe.each(LOCALES)('the %s widget labels', (locale) => {
  it('are that locale’s tables, the same the pages use', async () => {
    const chunk = await import(`../../src/i18n/${locale}/widgets.ts`);
    expect(chunk.sandbox).toEqual(SANDBOX_MESSAGES[locale]);
    expect(chunk.guided).toEqual(GUIDED_MESSAGES[locale]);
    expect(chunk.support).toEqual(SUPPORT_MESSAGES[locale]);
    expect(chunk.console).toEqual(CONSOLE_MESSAGES[locale]);
    expect(chunk.panels).toEqual(PANEL_MESSAGES[locale]);
  });
});
