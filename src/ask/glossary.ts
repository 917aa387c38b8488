/**
 * The bilingual glossary behind English questions on Chinese pages. Product terms come from the
 * widgets' own label tables (src/sandbox/strings.ts), so 启用旧版令牌 ↔ Enable Legacy Tokens is
 * spelled in one place; GENERAL_TERMS adds the everyday words of the guide that are no UI label.
 */
import { STRINGS } from '../sandbox/strings.ts';

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
] as const satisfies readonly (keyof typeof STRINGS.zh)[];

/** English words and phrases of the guide's subject that are not UI labels, with their zh form. */
const GENERAL_TERMS: ReadonlyArray<readonly [en: string[], zh: string]> = [
  [['token', 'tokens'], '令牌'],
  [['legacy', 'old', 'older'], '旧版'],
  [['legacy token', 'legacy tokens'], '旧版令牌'],
  [['api token', 'api tokens'], 'API 令牌'],
  [['access token', 'access tokens'], '访问令牌'],
  [['reset', 'resets', 'resetting', 'regenerate', 'regenerated'], '重置'],
  [['enable', 'enabled', 'enabling', 'turn on', 'activate'], '启用'],
  [['version', 'versions'], '版本'],
  [['upgrade', 'upgrading', 'upgraded'], '升级'],
  [['account', 'accounts'], '账户'],
  [['sid'], 'SID'],
  [['auth', 'authentication'], '身份验证'],
  [['credential', 'credentials'], '凭证'],
  [['authorization', 'authorisation', 'authorized'], '授权'],
  [['check', 'checks'], '检查'],
  [['pass', 'passes', 'passing'], '通过'],
  [['integration', 'integrations'], '集成'],
  [['portal'], '门户'],
  [['integrations portal'], '集成门户'],
  [['api reference', 'reference documentation'], 'API 参考文档'],
  [['guide', 'guides', 'integration guides'], '集成指南'],
  [['menu', 'dropdown', 'drop-down'], '下拉菜单'],
  [['menu reference'], '菜单参考'],
  [['icon'], '图标'],
  [['card'], '卡片'],
  [['navigation', 'navigation bar', 'top navigation'], '顶部导航栏'],
  [['top right', 'upper right', 'top-right'], '右上角'],
  [['read/write', 'read-write', 'read write'], '读写'],
  [['read-only', 'read only', 'readonly'], '只读'],
  [['copy'], '复制'],
  [['data'], '数据'],
  [['page', 'pages', 'screen'], '页面'],
  [['read data', 'reads data', 'only reads data', 'only read data', 'reading data'], '只读取数据'],
  [['view'], '查看'],
  [['value', 'values'], '值'],
  [['new'], '新'],
  [['previous', 'old value'], '先前'],
  [['april', 'april 2025'], '2025 年 4 月'],
  [['created', 'create'], '创建'],
  [['secure', 'security', 'safe', 'protect'], '安全'],
  [['share', 'sharing', 'shared'], '共享'],
  [['store', 'storing', 'stored'], '存放'],
  [['encrypt', 'encrypted', 'encryption'], '加密'],
  [['rotate', 'rotation', 'rotating'], '轮换'],
  [['regularly', 'schedule', 'periodically'], '定期'],
  [['least privilege', 'minimum permissions', 'least permissions'], '最小权限'],
  [['permission', 'permissions', 'scope'], '权限'],
  [['leak', 'leaked', 'compromised', 'exposed'], '泄露'],
  [['immediately', 'right away'], '立即'],
  [['deactivate', 'disable', 'unused'], '停用'],
  [['technical contact', 'technical contacts'], '技术联系人'],
  [['contact', 'contacts'], '联系'],
  [['up to date', 'up-to-date'], '最新'],
  [['information', 'info', 'details'], '信息'],
  [['overview page'], '概览'],
];

export interface GlossaryEntry {
  en: string;
  zh: string;
  /** True for the app's own labels (shown in bold in English answers). */
  label: boolean;
}

function buildGlossary(): GlossaryEntry[] {
  const entries: GlossaryEntry[] = PRODUCT_LABEL_KEYS.map((key) => ({ en: STRINGS.en[key], zh: STRINGS.zh[key], label: true }));
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
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${entry.en.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'),
  }));

/** English text with every glossary phrase replaced by its Chinese term; other words stay. */
export function translateToChinese(text: string): string {
  let result = ` ${text.normalize('NFKC').toLowerCase()} `;
  for (const { zh, pattern } of ENGLISH_PATTERNS) result = result.replace(pattern, ` ${zh} `);
  return result;
}
