/**
 * The bilingual glossary behind English questions on Chinese pages. Product terms come from the
 * widgets' own label tables (src/i18n/sandbox.ts), so 启用旧版令牌 ↔ Enable Legacy Tokens is
 * spelled in one place; GENERAL_TERMS (src/i18n/vocabulary.ts) adds the everyday words of the guide that are no UI label.
 */
import { SANDBOX_MESSAGES } from '../i18n/sandbox.ts';
import { GENERAL_TERMS } from '../i18n/vocabulary.ts';

/** The labels of the simulated app that the guide names. */
export const PRODUCT_LABEL_KEYS = [
  'userProfile',
  'settings',
  'technical',
  'api',
  'enableLegacyTokens',
  'createAccessToken',
  'legacyAccountTokens',
  'more',
  'resetReadWrite',
  'resetReadOnly',
  'overview',
  'apiCredentials',
  'apiVersion',
  'upgradeApiVersion',
  'accountSid',
  'authToken',
  'readWrite',
  'readOnly',
] as const satisfies readonly (keyof (typeof SANDBOX_MESSAGES)['zh'])[];

export interface GlossaryEntry {
  en: string;
  zh: string;
  /** True for the app's own labels (shown in bold in English answers). */
  label: boolean;
}

function buildGlossary(): GlossaryEntry[] {
  const entries: GlossaryEntry[] = PRODUCT_LABEL_KEYS.map((key) => ({
    en: SANDBOX_MESSAGES.en[key],
    zh: SANDBOX_MESSAGES.zh[key],
    label: true,
  }));
  for (const [enForms, zh] of GENERAL_TERMS) for (const en of enForms) entries.push({ en, zh, label: false });
  return entries;
}

export const GLOSSARY: readonly GlossaryEntry[] = buildGlossary();

/** Chinese terms the tokenizer keeps whole (Intl.Segmenter splits e.g. 重置 into 重|置). */
export const ZH_TERMS: readonly string[] = [...new Set(GLOSSARY.map((entry) => entry.zh))]
  .filter((term) => /\p{Script=Han}/u.test(term))
  .sort((a, b) => b.length - a.length);

/** Longest English phrases first, so "enable legacy tokens" wins over "enable". */
const ENGLISH_PATTERNS = [...GLOSSARY]
  .sort((a, b) => b.en.length - a.en.length)
  .map((entry) => ({
    zh: entry.zh,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])${entry.en.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    ),
  }));

/** English text with every glossary phrase replaced by its Chinese term; other words stay. */
export function translateToChinese(text: string): string {
  let result = ` ${text.normalize('NFKC').toLowerCase()} `;
  for (const { zh, pattern } of ENGLISH_PATTERNS) result = result.replace(pattern, ` ${zh} `);
  return result;
}
