/**
 * The concepts of the `?ask=` lookups: the things, actions and traits the pages talk about, each
 * with its words in both languages, so that 重置, reset, resetting and a mixed "reset 之后" are
 * one concept. Whether a question is answered is decided on these (src/ask/engine/), so this list
 * is reviewed by hand: its words come from the pages, from the app's labels (which the glossary
 * adds from ./sandbox.ts) and from the everyday words people use for the same things (API key,
 * 三个点, 对接, …); never from test questions.
 *
 * English words are matched by their stem (reset, resets, resetting are one), except in an
 * `exact` concept; Chinese words by the longest match. A phrase (several words) wins over its
 * parts and implies them: 旧版令牌 is legacy + token.
 */

import type { PerLanguage } from '../types.ts';

/** A concept's words in each of the site's languages (a field per locale: `en`, `zh`, …). */
export interface Concept extends PerLanguage<string[]> {
  /** Language-neutral key. */
  key: string;
  /**
   * thing: what a question is about (token, version, integration); act: what it asks to do
   * (reset, enable, create), which the passage that answers must say too; trait: the rest.
   */
  kind: 'thing' | 'act' | 'trait';
  /** Other concepts a passage may say instead (old ↔ legacy or previous; change ↔ upgrade or reset). */
  coveredBy?: string[];
  /**
   * The concepts it is one of several choices with: "should our reporting script use the
   * read/write token?" is answered by the advice to use the Read-Only one.
   */
  alternatives?: string[];
  /** Concepts this one also means, as parts (auth token → token). */
  implies?: string[];
  /** Match the English words as written, not by stem (created ≠ create). */
  exact?: boolean;
}

import { CONCEPT_ACTS } from './concepts-actions.ts';
import { CONCEPT_TRAITS } from './concepts-traits.ts';
import { CONCEPTS_ELSEWHERE } from './concepts-elsewhere.ts';

export const CONCEPTS: readonly Concept[] = [
  // Things.
  { key: 'token', kind: 'thing', en: ['token', 'key'], zh: ['令牌', '密钥', '秘钥'] },
  { key: 'legacy', kind: 'trait', en: ['legacy'], zh: ['旧版', '老版'] },
  {
    key: 'previous',
    kind: 'trait',
    en: ['previous', 'former', 'original'],
    zh: ['先前', '之前的', '原来的', '原来', '原先', '原本', '原有的', '以前的'],
  },
  // "Old" is legacy (old tokens) or previous (the old value after a reset): either passage covers it.
  {
    key: 'old',
    kind: 'trait',
    en: ['old', 'older'],
    zh: ['旧', '旧的', '老的', '老', '旧版本'],
    coveredBy: ['legacy', 'previous'],
  },
  { key: 'april-2025', kind: 'trait', en: ['april 2025', 'april'], zh: ['2025 年 4 月', '4 月'] },
  {
    key: 'created',
    kind: 'trait',
    en: ['created', 'made', 'issued'],
    zh: ['创建的', '建的', '创建于', '生成的'],
    exact: true,
  },
  { key: 'api', kind: 'thing', en: ['api'], zh: ['接口'] },
  { key: 'access', kind: 'trait', en: ['access'], zh: ['访问'] },
  { key: 'auth', kind: 'trait', en: ['auth', 'authentication'], zh: ['身份验证', '验证', '认证'] },
  // What people call an API key is the Auth Token, the secret an integration sends.
  {
    key: 'auth-token',
    kind: 'thing',
    en: ['authentication token', 'auth key', 'api key', 'secret key'],
    zh: ['验证令牌', '认证令牌', 'API 密钥'],
    implies: ['auth', 'token'],
  },
  {
    key: 'account-sid',
    kind: 'thing',
    en: ['sid', 'account id'],
    zh: ['帐户 SID', '账号 SID', '帐号 SID'],
    implies: ['account'],
  },
  { key: 'account', kind: 'thing', en: ['account'], zh: ['账户', '帐户', '账号', '帐号'] },
  { key: 'credentials', kind: 'thing', en: ['credential', 'creds', 'login details'], zh: ['凭证', '凭据'] },
  {
    key: 'read-write',
    kind: 'thing',
    en: ['read write', 'read and write', 'write', 'write access', 'rw', 'r/w'],
    zh: ['读写', '可写', '写入', '写'],
    alternatives: ['read-only'],
  },
  {
    key: 'read-only',
    kind: 'thing',
    en: ['read only', 'readonly', 'ro', 'r/o'],
    zh: ['只读'],
    alternatives: ['read-write'],
  },
  {
    key: 'read-data',
    kind: 'trait',
    en: [
      'read data',
      'reads data',
      'only reads data',
      'only read',
      'just read',
      'pull data',
      'fetch data',
      'get data',
      'reporting',
      'pull report',
      'read report',
    ],
    zh: ['只读取数据', '读取数据', '读数据', '拉数据', '拉取数据', '取数据', '获取数据', '查数据'],
    implies: ['data'],
  },
  { key: 'data', kind: 'thing', en: ['data'], zh: ['数据'] },
  { key: 'version', kind: 'thing', en: ['version'], zh: ['版本'] },
  {
    key: 'integration',
    kind: 'thing',
    en: [
      'integration',
      'app',
      'application',
      'script',
      'connector',
      'dashboard',
      'tool',
      'bot',
      'plugin',
      'third party tool',
      'third party app',
    ],
    zh: ['集成', '对接', '应用程序', '脚本', '工具', '插件', '第三方工具', '第三方应用', '第三方平台'],
  },
  { key: 'portal', kind: 'thing', en: ['portal'], zh: ['门户', '门户网站'] },
  {
    key: 'integrations-portal',
    kind: 'thing',
    en: ['integrations portal', 'integration portal'],
    zh: ['集成门户'],
    implies: ['integration', 'portal'],
  },
  {
    key: 'docs',
    kind: 'thing',
    en: ['documentation', 'docs', 'doc', 'reference', 'reference documentation'],
    zh: ['文档', '参考文档', '说明文档'],
  },
  { key: 'guide', kind: 'thing', en: ['guide', 'tutorial'], zh: ['指南', '教程'] },
  {
    key: 'navigation-bar',
    kind: 'thing',
    en: [
      'top navigation bar',
      'navigation bar',
      'nav bar',
      'navbar',
      'top bar',
      'header',
      'top nav',
      'nav',
      'navigation',
    ],
    zh: ['顶部导航栏', '导航栏', '顶栏', '顶部导航', '导航'],
  },
  // Settings is grouped under headings; "Under Technical" names the one the API page is in.
  {
    key: 'section',
    kind: 'thing',
    en: ['section', 'category', 'heading', 'group'],
    zh: ['分类', '类别', '栏目', '分组', '板块', '类目'],
    coveredBy: ['technical'],
  },
  { key: 'top-right', kind: 'trait', en: ['top right', 'top right corner', 'upper right'], zh: ['右上角', '右上方'] },
  // People call any control a button: the More icon too.
  { key: 'button', kind: 'thing', en: ['button', 'btn'], zh: ['按钮', '按键'], coveredBy: ['icon'] },
  { key: 'card', kind: 'thing', en: ['card', 'tile'], zh: ['卡片'] },
  { key: 'token-card', kind: 'thing', en: ['token card'], zh: ['令牌卡片'], implies: ['token', 'card'] },
  { key: 'icon', kind: 'thing', en: ['icon'], zh: ['图标'] },
  {
    key: 'dots',
    kind: 'thing',
    en: ['three dots', 'dots', 'ellipsis', 'kebab'],
    zh: ['三个点', '三点', '省略号'],
    coveredBy: ['more'],
  },
  {
    key: 'menu',
    kind: 'thing',
    en: ['menu', 'drop down', 'dropdown', 'drop down menu'],
    zh: ['下拉菜单', '菜单', '下拉列表', '下拉框', '下拉', '菜单项'],
  },
  { key: 'menu-reference', kind: 'thing', en: ['menu reference'], zh: ['菜单参考'], implies: ['menu'] },
  {
    key: 'information',
    kind: 'trait',
    en: ['information', 'info', 'details', 'detail'],
    zh: ['信息', '详情', '详细信息'],
  },
  { key: 'value', kind: 'trait', en: ['value'], zh: ['值'] },
  { key: 'new', kind: 'trait', en: ['new', 'fresh'], zh: ['新', '新的'] },
  {
    key: 'people',
    kind: 'thing',
    en: [
      'people',
      'person',
      'colleague',
      'coworker',
      'teammate',
      'team',
      'staff',
      'agency',
      'contractor',
      'vendor',
      'third party',
      'freelancer',
      'developer',
      'dev',
      'engineer',
      'everyone',
      'everybody',
    ],
    zh: [
      '人员',
      '人',
      '同事',
      '团队',
      '别人',
      '他人',
      '外包',
      '第三方',
      '开发者',
      '程序员',
      '供应商',
      '所有人',
      '每个人',
    ],
  },
  {
    key: 'technical-contact',
    kind: 'thing',
    en: ['technical contact', 'tech contact', 'contact person'],
    zh: ['技术联系人', '联系人'],
    implies: ['contact'],
  },
  {
    key: 'security-issue',
    kind: 'trait',
    en: ['security issue', 'security incident', 'breach'],
    zh: ['安全问题', '安全事件'],
    implies: ['security'],
  },
  {
    key: 'scope',
    kind: 'trait',
    en: ['scope', 'narrowest', 'least privilege', 'privilege', 'permission'],
    zh: ['范围', '最窄', '最小权限', '权限'],
  },

  // Actions (./concepts-actions.ts): the passage that answers must say the same action.
  ...CONCEPT_ACTS,

  // Traits (./concepts-traits.ts), and the link a passage gives.
  ...CONCEPT_TRAITS,
  // A passage that links somewhere has this key too (src/ask/engine/engine-index.ts).
  { key: 'link', kind: 'thing', en: ['link', 'url', 'website', 'web address'], zh: ['链接', '网址', '网站', '地址'] },
  // Subjects the pages do not cover (./concepts-elsewhere.ts).
  ...CONCEPTS_ELSEWHERE,
];
