/**
 * The `?ask=` dev set: the questions the engine is tuned on, about the two content pages (the
 * guide and "keep your access tokens secure", each in zh and en) and questions the pages cannot
 * answer, which must be refused. The held-out set (./held-out.ts) is graded the same way
 * (./grade.ts) and is never tuned on.
 *
 * An English question is answered from the English page, a Chinese one from the Chinese page; a
 * mixed zh/en question (labelled zh) from either. Each answerable question names the page kind
 * and the section an excerpt must come from, and the facts its answer must hold (each fact a list
 * of alternatives, case-insensitive, copied from the page's plain text: the guide's
 * `选择 **启用旧版令牌**` reads `选择 启用旧版令牌`).
 *
 * Written from the examples and from imagined users (plain, colloquial, with typos,
 * mixing zh and en); never from the held-out set.
 */
import type { Locale } from '../../src/contract/index.ts';
import type { GradedQuestion, PageKind, Style } from './grade.ts';
import { PAGES } from './grade.ts';

export const GUIDE = PAGES.guide.zh;
export const KEEP_SECURE = PAGES.security.zh;
export const EN_GUIDE = PAGES.guide.en;
export const EN_KEEP_SECURE = PAGES.security.en;

/** The sections an answer can come from, named per page language. */
export const SECTIONS = {
  /** The text before the first heading, named after the page title. */
  top: { zh: '作为合作伙伴管理旧版 API 令牌', en: 'Manage legacy API tokens as a partner' },
  steps: { zh: '管理访问令牌', en: 'Manage access tokens' },
  menu: { zh: '菜单参考', en: 'Menu reference' },
  /** The keep-secure page has no headings: everything is under its title. */
  practices: { zh: '保护您的访问令牌安全', en: 'Keep your access tokens secure' },
} as const satisfies Record<string, Record<Locale, string>>;
export type Section = keyof typeof SECTIONS;

export interface AskCase extends GradedQuestion {
  /** The page the question is asked on (`<page>?ask=`); the guide in the question's language when omitted. */
  askedOn?: string;
  /** Answerable questions: the section an excerpt must name (its section may add ' › 步骤 3'). */
  section?: Section;
}

type Fact = string | string[];
const facts = (list: Fact[]) => list.map((fact) => (Array.isArray(fact) ? fact : [fact]));
const pageOf = (section: Section): PageKind => (section === 'practices' ? 'security' : 'guide');

function answerCase(language: Locale, style: Style, question: string, section: Section, list: Fact[]): AskCase {
  return { question, language, style, expect: 'answer', page: pageOf(section), section, facts: facts(list) };
}

const zh = (question: string, section: Section, ...list: Fact[]) => answerCase('zh', 'plain', question, section, list);
const en = (question: string, section: Section, ...list: Fact[]) => answerCase('en', 'plain', question, section, list);
/** A question asked on another page than the guide. */
const on = (askedOn: string, testCase: AskCase): AskCase => ({ ...testCase, askedOn });
const styled = (style: Style, testCase: AskCase): AskCase => ({ ...testCase, style });

const ZH_ANSWERABLE: AskCase[] = [
  // What a legacy token is.
  zh('什么是旧版 API 令牌？', 'top', '2025 年 4 月'),
  zh('哪些 API 令牌会被视为旧版令牌？', 'top', '2025 年 4 月之前创建'),
  // Enabling legacy tokens: 设置 → 技术 → API → 启用旧版令牌.
  zh('如何启用旧版令牌？', 'steps', '选择 启用旧版令牌'),
  zh('在哪里可以找到 API 设置页面？', 'steps', '技术下，选择 API'),
  zh('从哪里进入 API 设置页面？', 'steps', '技术下，选择 API'),
  zh('启用旧版令牌按钮在页面的什么位置？', 'steps', '右上角'),
  zh('选择启用旧版令牌按钮之后会发生什么？', 'steps', '旧版账户令牌'),
  // Account SID / Auth Token on the API 凭证 page.
  zh('在哪里可以找到账户 SID 和身份验证令牌？', 'steps', 'API 凭证'),
  zh('如何复制只读令牌的值？', 'steps', '复制'),
  zh('在 API 凭证页面上可以看到哪些令牌值？', 'steps', '读写和只读令牌值'),
  // Token card, 概览, API 版本.
  zh('如何查看 API 令牌的信息？', 'steps', '选择令牌卡片'),
  zh('如何升级 API 令牌的版本？', 'steps', 'API 版本'),
  zh('如何更改 API 版本？', 'steps', 'API 版本'),
  zh('在概览页面可以做什么？', 'steps', '有关令牌的信息'),
  // The 更多 icon and its menu.
  zh('令牌卡片上的更多图标有什么作用？', 'steps', '下拉菜单'),
  zh('更多菜单中有哪些管理选项？', 'menu', '重置'),
  // Resetting and its consequence.
  zh('如何重置只读令牌？', 'menu', '重置只读令牌'),
  zh('重置读/写令牌后会发生什么？', 'menu', '不再通过授权检查'),
  zh('重置令牌后，先前的身份验证令牌值还能通过授权检查吗？', 'menu', '不再通过授权检查'),
  zh('重置令牌之后需要更新现有集成吗？', 'menu', '添加到任何现有集成中'),
  zh('重置令牌之后我的集成需要做什么？', 'menu', '添加到任何现有集成中'),
  zh('重置只读令牌时身份验证令牌值会改变吗？', 'menu', '身份验证令牌值将更改'),
  // The Integrations portal.
  zh('在哪里可以查看 API 参考文档和集成指南？', 'top', '集成门户'),
  // Keeping tokens secure (asked on the keep-secure page, and on the guide).
  on(KEEP_SECURE, zh('为什么要定期轮换令牌？', 'practices', '按计划重置')),
  on(KEEP_SECURE, zh('令牌可能泄露时该怎么办？', 'practices', '立刻重置')),
  zh('只读取数据的集成应该使用哪种令牌？', 'practices', '只读令牌'),
  zh('应该如何存放账户 SID 和身份验证令牌？', 'practices', '加密'),
  on(KEEP_SECURE, zh('为什么要保持技术联系人信息最新？', 'practices', '安全问题')),
  zh('启用令牌之后应该马上做什么？', 'practices', '立即重置一次'),
  zh('不再使用的令牌应该怎么处理？', 'practices', '停用或删除'),
  zh('可以和谁共享身份验证令牌？', 'practices', '获得授权的人员'),
];

const ZH_EVERYDAY: AskCase[] = [
  styled('colloquial', zh('旧版令牌是啥？', 'top', '2025 年 4 月')),
  styled('colloquial', zh('啥样的令牌算旧版的？', 'top', '2025 年 4 月')),
  styled('colloquial', zh('我的令牌是 2024 年建的，算旧版吗？', 'top', '2025 年 4 月')),
  styled('colloquial', zh('我的身份验证令牌在哪儿看？', 'steps', 'API 凭证')),
  styled('colloquial', zh('账户 SID 去哪找啊', 'steps', 'API 凭证')),
  styled('colloquial', zh('启用旧版令牌的按钮怎么不见了？', 'steps', '消失')),
  styled('colloquial', zh('点了启用旧版令牌之后按钮就没了，正常吗', 'steps', '消失')),
  styled('colloquial', zh('重置读写令牌以后旧的令牌还能用吗？', 'menu', '不再通过授权检查')),
  styled('colloquial', zh('令牌重置完，原来那个还有效吗', 'menu', '不再通过授权检查')),
  styled('colloquial', zh('api文档去哪看', 'top', '集成门户')),
  styled('colloquial', zh('集成指南在哪儿能找到？', 'top', '集成门户')),
  styled('colloquial', zh('想升级一下 API 版本，咋弄？', 'steps', 'API 版本')),
  styled('colloquial', zh('令牌泄露了咋办', 'practices', '立刻重置')),
  styled('colloquial', zh('令牌多久轮换一次？', 'practices', '按计划重置')),
  styled('colloquial', zh('凭证要怎么保存才安全？', 'practices', '加密')),
  styled('colloquial', zh('为啥要更新技术联系人信息', 'practices', '安全问题')),
  styled('colloquial', zh('令牌卡片上那三个点是干嘛的？', 'steps', '下拉菜单')),
  styled('colloquial', zh('更多菜单里都有啥选项', 'menu', '重置')),
  styled('colloquial', zh('只是拉数据的对接用哪个令牌好？', 'practices', '只读令牌')),
  styled('colloquial', zh('重置完令牌，集成那边要改啥？', 'menu', '添加到任何现有集成中')),
  styled('typo', zh('帐户 SID 在哪里找？', 'steps', 'API 凭证')),
  styled('typo', zh('如何启用旧版令排？', 'steps', '启用旧版令牌')),
  styled('typo', zh('重置只读领牌后会怎样？', 'menu', '不再通过授权检查')),
];

/** Chinese questions with English product words: answered in Chinese (from either page). */
const MIXED: AskCase[] = [
  ['auth token 在哪复制', 'steps', ['API 凭证', 'API Credentials'], ['复制', 'copy']],
  ['legacy token 怎么启用？', 'steps', ['启用旧版令牌', 'Enable Legacy Tokens']],
  ['怎么 reset read-only token？', 'menu', ['重置只读令牌', 'Reset the read-only token']],
  ['Account SID 在哪里？', 'steps', ['API 凭证', 'API Credentials']],
  ['API version 怎么升级', 'steps', ['API 版本', 'API Version']],
  ['token 泄漏了怎么办', 'practices', ['立刻重置', 'reset it at once']],
  ['reset 之后旧 token 还能用吗', 'menu', ['不再通过授权检查', 'no longer pass authorization']],
  ['Integrations portal 是干什么的？', 'top', ['API 参考文档', 'API reference documentation']],
  ['read only token 适合什么样的集成', 'practices', ['只读取数据', 'only reads data']],
  ['More 图标在哪', 'steps', ['令牌卡片', 'token card']],
  ['Enable Legacy Tokens 按钮在哪', 'steps', ['右上角', 'top-right corner']],
  ['access token 应该怎么存放', 'practices', ['加密', 'encrypt']],
].map(([question, section, ...list]) => ({
  ...answerCase('zh', 'mixed', question as string, section as Section, list as Fact[]),
}));

const EN_ANSWERABLE: AskCase[] = [
  en('What is a legacy API token?', 'top', 'April 2025'),
  en('Which API tokens are considered legacy?', 'top', 'April 2025'),
  en('How do I enable legacy tokens?', 'steps', 'Enable Legacy Tokens'),
  en('How do I get to the API page in Settings?', 'steps', 'Under Technical, select API'),
  en('What happens after I select Enable Legacy Tokens?', 'steps', 'Legacy Account Tokens'),
  en('Where do I find the Account SID and Auth Token?', 'steps', 'API Credentials'),
  en('Where can I copy the read-only token value?', 'steps', 'copy'),
  en('How do I upgrade the API version of a token?', 'steps', 'API Version'),
  en('What does the More icon on the token card do?', 'steps', 'drop-down menu'),
  en('Which options does the More menu have?', 'menu', 'Reset (Read/Write)'),
  en('How do I reset the read-only token?', 'menu', 'Reset (Read-Only)'),
  en('What happens after I reset the read/write token?', 'menu', 'no longer pass authorization checks'),
  en(
    'Does the previous Auth Token value still pass authorization checks after a reset?',
    'menu',
    'no longer pass authorization checks',
  ),
  en('Do I need to update my integrations after resetting a token?', 'menu', 'add the new Auth Token value'),
  en('Where can I find the API reference documentation?', 'top', 'Integrations portal'),
  on(EN_KEEP_SECURE, en('Why should I rotate tokens regularly?', 'practices', 'on a schedule')),
  en('What should I do if a token may have leaked?', 'practices', 'reset it at once'),
  on(EN_KEEP_SECURE, en('Which token should an integration that only reads data use?', 'practices', 'Read-Only token')),
  en('Why should I keep the technical contact up to date?', 'practices', 'security issue'),
  en('How should I store the Account SID and Auth Token?', 'practices', 'encrypt'),
  en('What should I do with tokens I no longer use?', 'practices', 'disable or delete'),
  en('Who may I share my Auth Token with?', 'practices', 'authorized people'),
];

const EN_EVERYDAY: AskCase[] = [
  styled('colloquial', en('Which tokens counts as legacy?', 'top', 'April 2025')),
  styled('colloquial', en('I made my token in 2024, is it a legacy one?', 'top', 'April 2025')),
  styled('colloquial', en("where's my auth token?", 'steps', 'API Credentials')),
  styled('colloquial', en('The Enable Legacy Tokens button is gone, what happened?', 'steps', 'disappear')),
  styled('colloquial', en('my old token stopped working after a reset, why?', 'menu', 'no longer pass authorization')),
  styled(
    'colloquial',
    en('what do I have to do with my integrations after a reset?', 'menu', 'add the new Auth Token'),
  ),
  styled('colloquial', en('hey, where are the API docs?', 'top', 'Integrations portal')),
  styled('colloquial', en('how do I get to the API settings?', 'steps', 'Technical')),
  styled('colloquial', en('token got leaked, what now?', 'practices', 'reset it at once')),
  styled('colloquial', en('how often should i rotate tokens', 'practices', 'on a schedule')),
  styled(
    'colloquial',
    en('what should I do right after enabling legacy tokens?', 'practices', 'right after you enable it'),
  ),
  styled('colloquial', en("what's the three dots thing on the token card for?", 'steps', 'drop-down menu')),
  styled('colloquial', en('where do I change the API version?', 'steps', 'API Version')),
  styled('colloquial', en("can I upgrade my token's API version?", 'steps', 'API Version')),
  styled('colloquial', en('should my reporting script just use the read-only token?', 'practices', 'Read-Only token')),
  styled('colloquial', en('best way to keep my API credentials safe?', 'practices', 'encrypt')),
  styled('typo', en('how do i rset the read only token', 'menu', 'Reset (Read-Only)')),
  styled('typo', en('where do I find the acount SID?', 'steps', 'API Credentials')),
  styled('typo', en('how to enabel legacy tokens', 'steps', 'Enable Legacy Tokens')),
  styled('typo', en('what happens if I reset the read/wirte token?', 'menu', 'no longer pass authorization')),
  styled('typo', en('how do I upgrad the API verison', 'steps', 'API Version')),
  styled('typo', en('why rotate tokens reguarly?', 'practices', 'on a schedule')),
  styled('typo', en('Where can I coppy the auth token?', 'steps', 'API Credentials')),
  styled('typo', en('what is a legasy token', 'top', 'April 2025')),
  styled('typo', en('How do I reset the read only tokne?', 'menu', 'Reset (Read-Only)')),
];

function refuse(
  language: Locale,
  refuseKind: 'near-miss' | 'off-topic',
  question: string,
  style: Style = 'plain',
  askedOn?: string,
): AskCase {
  return { question, language, style, expect: 'refuse', refuseKind, ...(askedOn ? { askedOn } : {}) };
}

/** Things neither page says anything about. */
const OFF_TOPIC: AskCase[] = [
  refuse('zh', 'off-topic', '合作伙伴的佣金是如何计算的？'),
  refuse('zh', 'off-topic', '如何删除我的 impact.com 账户？'),
  refuse('zh', 'off-topic', '如何修改我的登录密码？'),
  refuse('zh', 'off-topic', '如何配置 Webhook 来接收转化通知？'),
  refuse('zh', 'off-topic', '使用 impact.com API 需要付费吗？价格是多少？'),
  refuse('zh', 'off-topic', '今天天气怎么样？', 'colloquial'),
  refuse('zh', 'off-topic', '佣金咋提现啊', 'colloquial'),
  refuse('en', 'off-topic', 'How are my commissions paid out?'),
  refuse('en', 'off-topic', 'How do I change my password?'),
  refuse('en', 'off-topic', 'Which programming languages does the impact.com SDK support?'),
  refuse('en', 'off-topic', 'How do I set up webhooks for new conversions?'),
  refuse('en', 'off-topic', 'How much does API access cost?'),
  refuse('en', 'off-topic', 'how do i bake sourdough bread', 'colloquial'),
  refuse('en', 'off-topic', 'can i export my reports to csv?', 'colloquial'),
];

/** Near misses: this product and the pages' words, but the pages never say it. */
const NEAR_MISS: AskCase[] = [
  refuse('zh', 'near-miss', '创建范围访问令牌时可以选择哪些权限范围？'),
  refuse('zh', 'near-miss', 'API 每分钟的请求速率限制是多少？', 'plain', KEEP_SECURE),
  refuse('en', 'near-miss', 'What is the API rate limit per minute?', 'plain', EN_KEEP_SECURE),
  refuse('en', 'near-miss', 'Which scopes can I choose when creating a scoped access token?'),
  refuse('en', 'near-miss', 'How do I create a new API token?'),
  refuse('zh', 'near-miss', '如何创建新的 API 令牌？'),
  refuse('zh', 'near-miss', '创建 API 令牌'),
  refuse('en', 'near-miss', 'How do I disable legacy tokens?'),
  refuse('zh', 'near-miss', '如何禁用旧版令牌？'),
  refuse('zh', 'near-miss', '怎么关掉旧版令牌', 'colloquial'),
  refuse('en', 'near-miss', 'How do I reset the Account SID?'),
  refuse('zh', 'near-miss', '重置账户 SID 会怎样？'),
  refuse('en', 'near-miss', 'How do I contact support?'),
  refuse('zh', 'near-miss', '如何联系客服？'),
  refuse('en', 'near-miss', 'How do I delete a token?'),
  refuse('zh', 'near-miss', '如何删除令牌？'),
  refuse('en', 'near-miss', 'Can I downgrade the API version?'),
  refuse('zh', 'near-miss', '可以把 API 版本降级吗？'),
  refuse('en', 'near-miss', 'Do legacy tokens expire?'),
  refuse('zh', 'near-miss', '旧版令牌会过期吗？'),
  refuse('en', 'near-miss', 'How many legacy tokens can I have?'),
  refuse('zh', 'near-miss', '我最多能有几个旧版令牌？', 'colloquial'),
  refuse('en', 'near-miss', 'How do I rename a token?'),
  refuse('zh', 'near-miss', '怎么修改技术联系人？'),
  refuse('en', 'near-miss', 'Which API version is the newest?'),
  refuse('en', 'near-miss', 'how do i get a new account sid', 'colloquial'),
  refuse('en', 'near-miss', 'Where can I see my API call history?'),
  refuse('zh', 'near-miss', '在哪里查看 API 调用日志？'),
  refuse('en', 'near-miss', 'how do i creat a new tokn', 'typo'),
];

const a = (language: Locale, style: Style, question: string, section: Section, ...list: Fact[]) =>
  answerCase(language, style, question, section, list);
const r = (language: Locale, style: Style, question: string, refuseKind: 'near-miss' | 'off-topic' = 'near-miss') =>
  refuse(language, refuseKind, question, style);

/** A second round, written after the first engine changes to see how it does on questions it was not built on. */
const SECOND_ROUND: AskCase[] = [
  a('en', 'plain', 'Where is the API section in settings?', 'steps', 'Technical'),
  a('en', 'plain', 'How can I see my Account SID?', 'steps', 'API Credentials'),
  a('en', 'plain', 'Is a token I created in March 2025 a legacy token?', 'top', 'April 2025'),
  a('en', 'plain', 'What does Enable Legacy Tokens do?', 'steps', 'Legacy Account Tokens'),
  a('en', 'colloquial', "Where's the More icon?", 'steps', 'token card'),
  a('en', 'plain', 'What options are in the drop-down menu on the token card?', 'menu', 'Reset (Read/Write)'),
  a('en', 'plain', 'How do I get a new auth token?', 'menu', 'Reset'),
  a('en', 'plain', 'Will resetting the token break my integration?', 'menu', [
    'no longer pass authorization',
    'add the new Auth Token value',
  ]),
  a('en', 'plain', 'Does resetting change the Auth Token?', 'menu', 'Auth Token value will change'),
  a('en', 'plain', 'After resetting, where do I put the new Auth Token?', 'menu', 'existing integrations'),
  a('en', 'plain', 'Where can I upgrade the API version?', 'steps', 'API Version'),
  a('en', 'plain', 'How do I view information about my token?', 'steps', 'token card'),
  a('en', 'plain', 'Where are API reference docs and integration guides?', 'top', 'Integrations portal'),
  a('en', 'plain', 'Should I share my Auth Token with my whole team?', 'practices', 'authorized people'),
  a('en', 'plain', 'Do I need to encrypt my credentials?', 'practices', 'encrypt'),
  a('en', 'plain', 'What token should I use for a read-only integration?', 'practices', 'Read-Only token'),
  a('en', 'colloquial', 'My token might be compromised. What should I do?', 'practices', 'reset it at once'),
  a('en', 'plain', 'Should I reset my token after enabling legacy tokens?', 'practices', 'right after you enable it'),
  a('en', 'plain', 'How do I keep my API tokens secure?', 'practices', [
    'encrypt',
    'schedule',
    'authorized',
    'Read-Only',
    'reset',
  ]),
  a('en', 'colloquial', 'why do I need a technical contact?', 'practices', 'security issue'),
  a('en', 'colloquial', 'how often do I need to reset my auth token?', 'practices', 'on a schedule'),
  a('en', 'typo', 'were do I find the api credentails page', 'steps', 'API Credentials'),
  a('en', 'typo', 'how do i enabel the legacy tokns', 'steps', 'Enable Legacy Tokens'),
  a('en', 'typo', 'waht happens when I reset the read only token', 'menu', 'no longer pass authorization'),
  a('en', 'colloquial', 'ok so I reset my token and now my integration is broken??', 'menu', [
    'add the new Auth Token value',
    'no longer pass authorization',
  ]),
  a('en', 'colloquial', "can't find my auth token anywhere", 'steps', 'API Credentials'),
  a('en', 'colloquial', 'legacy tokens = tokens made before when?', 'top', 'April 2025'),
  a('zh', 'plain', 'API 设置在哪里？', 'steps', '技术下，选择 API'),
  a('zh', 'plain', '怎么查看账户 SID？', 'steps', 'API 凭证'),
  a('zh', 'plain', '2025年3月创建的令牌是旧版令牌吗？', 'top', '2025 年 4 月'),
  a('zh', 'plain', '启用旧版令牌之后会出现什么？', 'steps', '旧版账户令牌'),
  a('zh', 'plain', '更多图标在哪里？', 'steps', '令牌卡片'),
  a('zh', 'plain', '下拉菜单里有哪些选项？', 'menu', '重置'),
  a('zh', 'plain', '重置令牌会影响现有集成吗？', 'menu', ['添加到任何现有集成中', '不再通过授权检查']),
  a('zh', 'plain', '重置后身份验证令牌会变吗？', 'menu', '身份验证令牌值将更改'),
  a('zh', 'plain', '在哪里升级 API 版本？', 'steps', 'API 版本'),
  a('zh', 'plain', 'API 参考文档在哪里？', 'top', '集成门户'),
  a('zh', 'colloquial', '身份验证令牌可以发给同事吗？', 'practices', '获得授权的人员'),
  a('zh', 'plain', '凭证需要加密吗？', 'practices', '加密'),
  a('zh', 'plain', '只读集成用什么令牌？', 'practices', '只读令牌'),
  a('zh', 'colloquial', '令牌可能被泄露了，怎么处理？', 'practices', '立刻重置'),
  a('zh', 'plain', '为什么要设置技术联系人？', 'practices', '安全问题'),
  a('zh', 'mixed', '我想看下 token 的信息，点哪里？', 'steps', ['令牌卡片', 'token card']),
  a('zh', 'colloquial', '重置了令牌以后集成连不上了咋回事', 'menu', ['不再通过授权检查', '添加到任何现有集成中']),
  a('zh', 'colloquial', '老版本的令牌怎么管理', 'steps', '更多'),
  a('zh', 'typo', '如何启用旧版领牌', 'steps', '启用旧版令牌'),
  a('zh', 'mixed', 'Read/Write token 重置后旧值还能用吗', 'menu', ['不再通过授权检查', 'no longer pass authorization']),
  a('zh', 'mixed', 'legacy token 是什么意思', 'top', ['2025 年 4 月', 'April 2025']),
  a('zh', 'mixed', 'API Credentials 页面在哪', 'steps', ['API 凭证', 'API Credentials']),
  r('en', 'plain', 'How do I generate a new Account SID?'),
  r('en', 'plain', 'Can I set an expiration date on my token?'),
  r('en', 'plain', 'How do I create a second legacy token?'),
  r('en', 'plain', 'Where can I see when my token was last used?'),
  r('en', 'plain', 'Can I restrict a legacy token to certain IP addresses?'),
  r('en', 'plain', 'How do I switch from legacy tokens to the new access tokens?'),
  r('en', 'plain', 'What happens to my legacy tokens after April 2025?'),
  r('en', 'plain', 'Can I undo a token reset?'),
  r('en', 'plain', 'Is there a limit on how many times I can reset a token?'),
  r('en', 'plain', 'How do I delete the Legacy Account Tokens card?'),
  r('zh', 'plain', '旧版令牌什么时候会停用？'),
  r('zh', 'plain', '如何给令牌设置过期时间？'),
  r('zh', 'colloquial', '能不能恢复重置前的令牌？'),
  r('zh', 'plain', '如何查看 API 调用次数？'),
  r('zh', 'plain', '怎么把旧版令牌迁移到新的访问令牌？'),
  r('zh', 'plain', '重置令牌需要管理员权限吗？'),
  r('en', 'plain', 'Who can reset the token in my account?'),
  r('en', 'plain', 'Does the read-only token expire?'),
  r('en', 'plain', 'How do I change the Account SID?'),
  r('en', 'plain', 'How long does a reset take to take effect?'),
  r('en', 'plain', 'How do I add a new user to my account?', 'off-topic'),
  r('zh', 'plain', '怎么申请成为合作伙伴？', 'off-topic'),
  r('en', 'plain', "What is impact.com's phone number?", 'off-topic'),
  r('zh', 'plain', '如何查看我的佣金报表？', 'off-topic'),
];

/** A third round, written the same way after the second. */
const THIRD_ROUND: AskCase[] = [
  a('en', 'colloquial', 'What counts as a legacy API token?', 'top', 'April 2025'),
  a('en', 'plain', 'Are tokens created after April 2025 legacy?', 'top', 'April 2025'),
  a('en', 'plain', 'Where do I go to enable legacy tokens?', 'steps', ['Enable Legacy Tokens', 'top-right']),
  a('en', 'plain', 'Which menu do I open to get to the API settings?', 'steps', ['User profile', 'Settings']),
  a('en', 'colloquial', 'What do I click after Settings?', 'steps', 'Technical'),
  a('en', 'plain', 'Where is the Enable Legacy Tokens button located?', 'steps', 'top-right'),
  a('en', 'plain', 'Why did the Enable Legacy Tokens button disappear?', 'steps', 'Once you select this button'),
  a('en', 'plain', 'What appears after I enable legacy tokens?', 'steps', 'Legacy Account Tokens'),
  a('en', 'plain', 'How do I open the menu for my legacy token?', 'steps', 'More'),
  a('en', 'plain', 'What can I do from the More menu?', 'menu', 'Reset'),
  a('en', 'plain', 'How do I reset my read/write token?', 'menu', 'Reset (Read/Write)'),
  a('en', 'plain', 'What happens to the old Auth Token when I reset?', 'menu', 'no longer pass authorization'),
  a('en', 'plain', 'Do I have to update my integrations after a reset?', 'menu', [
    'add the new Auth Token value',
    'update every existing integration',
  ]),
  a('en', 'plain', 'Where can I view the Account SID and the Auth Token?', 'steps', 'API Credentials'),
  a('en', 'plain', 'How do I copy my Auth Token?', 'steps', 'API Credentials'),
  a('en', 'plain', 'Can I upgrade the API version of my legacy token?', 'steps', 'API Version'),
  a('en', 'plain', 'Where is the API Version drop-down?', 'steps', 'Overview'),
  a('en', 'plain', 'What is on the Overview page?', 'steps', 'information about the token'),
  a('en', 'plain', 'Where can I find integration guides?', 'top', 'Integrations portal'),
  a('en', 'plain', 'Where can I read best practices for token security?', 'top', 'keep your access tokens secure'),
  a('en', 'plain', 'How should I store my Auth Token?', 'practices', ['encrypt', 'authorized']),
  a('en', 'plain', 'Should I rotate my tokens?', 'practices', 'on a schedule'),
  a('en', 'plain', 'What should I do if my token was exposed?', 'practices', 'reset it at once'),
  a('en', 'plain', 'Which token should a reporting integration use if it only reads data?', 'practices', 'Read-Only'),
  a('en', 'colloquial', "What should I do with tokens I don't use anymore?", 'practices', 'disable or delete'),
  a('en', 'colloquial', 'Why keep technical contact info current?', 'practices', 'security issue'),
  a('en', 'typo', 'How do I rest my read-write token?', 'menu', 'Reset (Read/Write)'),
  a('en', 'typo', 'wher is the acount sid', 'steps', 'API Credentials'),
  a('en', 'typo', 'what hapens after reseting the auth token', 'menu', 'no longer pass authorization'),
  a('en', 'typo', 'how to upgarde api version', 'steps', 'API Version'),
  a('en', 'colloquial', 'reset my token, now getting 401 errors, why', 'menu', 'no longer pass authorization'),
  a('en', 'colloquial', 'where do i grab the auth token from', 'steps', 'API Credentials'),
  a('zh', 'plain', '哪些令牌属于旧版令牌？', 'top', '2025 年 4 月'),
  a('zh', 'plain', '从哪里打开 API 设置？', 'steps', '技术下'),
  a('zh', 'plain', '启用旧版令牌的按钮在哪？', 'steps', '右上角'),
  a('zh', 'plain', '点击启用旧版令牌后按钮为什么消失了？', 'steps', '消失'),
  a('zh', 'plain', '怎样重置读写令牌？', 'menu', '重置（读/写）'),
  a('zh', 'plain', '重置以后旧的身份验证令牌会失效吗？', 'menu', '不再通过授权检查'),
  a('zh', 'plain', '重置令牌后需要更新集成吗？', 'menu', ['添加到任何现有集成中', '更新所有现有集成']),
  a('zh', 'plain', '怎么复制身份验证令牌？', 'steps', 'API 凭证'),
  a('zh', 'colloquial', 'API 版本在哪里改？', 'steps', 'API 版本'),
  a('zh', 'plain', '概览页面上能看到什么？', 'steps', '有关令牌的信息'),
  a('zh', 'plain', '在哪能找到 API 参考文档？', 'top', '集成门户'),
  a('zh', 'plain', '令牌应该多久重置一次？', 'practices', '按计划重置'),
  a('zh', 'plain', '如果怀疑令牌泄露应该怎么做？', 'practices', '立刻重置'),
  a('zh', 'plain', '只读数据的集成该用哪个令牌？', 'practices', '只读令牌'),
  a('zh', 'plain', '凭证应该怎样存储？', 'practices', '加密'),
  a('zh', 'plain', '为什么技术联系人信息要保持最新？', 'practices', '安全问题'),
  a('zh', 'colloquial', '旧版令牌咋启用啊', 'steps', '启用旧版令牌'),
  a('zh', 'mixed', '我那个 SID 在哪看', 'steps', ['API 凭证', 'API Credentials']),
  a('zh', 'colloquial', '重置完之前的令牌是不是就不能用了', 'menu', '不再通过授权检查'),
  a('zh', 'mixed', 'Auth Token 重置后要做什么', 'menu', ['添加到任何现有集成中', 'add the new Auth Token value']),
  a('zh', 'mixed', '怎么 upgrade API 版本', 'steps', ['API 版本', 'API Version']),
  a('zh', 'mixed', 'token card 在哪里', 'steps', ['令牌卡片', 'token card']),
  a('zh', 'mixed', 'legacy tokens 和 2025 年 4 月有什么关系', 'top', ['2025 年 4 月', 'April 2025']),
  a('zh', 'plain', '启用旧版令牌后会出现什么卡片？', 'steps', '旧版账户令牌'),
  r('en', 'plain', 'How do I rename my legacy token?'),
  r('en', 'plain', 'Can I have both legacy tokens and new access tokens?'),
  r('en', 'plain', 'How do I create an access token with specific scopes?'),
  r('en', 'plain', 'What is the difference between legacy tokens and OAuth?'),
  r('en', 'plain', 'How do I revoke a legacy token?'),
  r('en', 'plain', 'Does resetting the read-only token also reset the read/write token?'),
  r('en', 'plain', 'Can I see my old Auth Token after resetting?'),
  r('en', 'plain', 'Will my legacy tokens stop working after April 2025?'),
  r('en', 'plain', 'How do I find my API usage statistics?'),
  r('en', 'plain', 'Where do I download the API SDK?'),
  r('zh', 'plain', '旧版令牌可以降级 API 版本吗？'),
  r('zh', 'plain', '怎么给旧版令牌改名？'),
  r('zh', 'plain', '重置令牌会不会发邮件通知我？'),
  r('zh', 'plain', '旧版令牌会自动过期吗？'),
  r('zh', 'plain', '可以同时启用多个旧版令牌吗？'),
  r('zh', 'plain', 'API 版本有哪些？'),
  r('zh', 'plain', '怎么撤销一个旧版令牌？'),
  r('en', 'plain', 'How do I reset my impact.com password?', 'off-topic'),
  r('en', 'plain', 'What time zone does impact.com use?', 'off-topic'),
  r('zh', 'plain', '怎么修改账户邮箱？', 'off-topic'),
  r('zh', 'plain', '如何下载发票？', 'off-topic'),
];

/** A fourth round: bare keywords, long questions with context, polite forms, questions asked on the other page. */
const FOURTH_ROUND: AskCase[] = [
  a('en', 'colloquial', 'reset token', 'menu', ['Reset (Read/Write)', 'Reset (Read-Only)']),
  a('en', 'colloquial', 'account sid', 'steps', 'API Credentials'),
  a('zh', 'colloquial', '旧版令牌', 'top', '2025 年 4 月'),
  a('zh', 'colloquial', 'API 版本升级', 'steps', 'API 版本'),
  a('en', 'colloquial', 'legacy token definition', 'top', 'April 2025'),
  a(
    'en',
    'plain',
    "I'm building a dashboard that only pulls reports from impact.com. Which of my two tokens should it use?",
    'practices',
    'Read-Only',
  ),
  a(
    'en',
    'plain',
    'We had a contractor leave the company and they had our Auth Token. What should we do?',
    'practices',
    'reset',
  ),
  a('zh', 'colloquial', '我们的集成突然报 401 了，之前有人重置过令牌，怎么办？', 'menu', [
    '添加到任何现有集成中',
    '更新所有现有集成',
  ]),
  a(
    'en',
    'plain',
    'After I enable legacy tokens, is there anything I should do right away?',
    'practices',
    'Reset a token once right after you enable it',
  ),
  a('zh', 'plain', '请问在哪里可以复制账户 SID 呢？', 'steps', 'API 凭证'),
  a(
    'en',
    'plain',
    'Could you tell me where to find the API reference documentation, please?',
    'top',
    'Integrations portal',
  ),
  on(EN_KEEP_SECURE, a('en', 'plain', 'Where do I reset a token?', 'menu', 'Reset')),
  on(KEEP_SECURE, a('zh', 'plain', '如何重置令牌？', 'menu', ['重置（读/写）', '重置（只读）'])),
  a('en', 'plain', 'Is the Account SID shown on the API Credentials page?', 'steps', 'API Credentials'),
  a('zh', 'plain', 'API 凭证页面能复制令牌吗？', 'steps', '复制'),
  a('en', 'plain', 'Can I copy the read-only token from the Overview page?', 'steps', 'API Credentials'),
  a(
    'en',
    'plain',
    'Does the old token keep working for a while after a reset?',
    'menu',
    'no longer pass authorization',
  ),
  a(
    'en',
    'plain',
    'Why should an integration that only reads data use the Read-Only token?',
    'practices',
    'narrowest scope',
  ),
  a('en', 'plain', 'What is the Legacy Account Tokens card?', 'steps', 'Legacy Account Tokens'),
  a('zh', 'plain', '菜单参考里说了什么？', 'menu', '重置'),
  a('en', 'plain', 'What is the Integrations portal?', 'top', 'API reference documentation'),
  a('en', 'plain', 'What does the Reset (Read-Only) option do?', 'menu', [
    'Reset the read-only token',
    'A new API token will be generated',
  ]),
  a('en', 'typo', 'how do I fnd my auth tokn', 'steps', 'API Credentials'),
  a('en', 'typo', 'were is teh enable legacy token buton', 'steps', 'top-right'),
  a('en', 'typo', 'what hapen if i rest the auth token', 'menu', 'no longer pass authorization'),
  a('zh', 'typo', '怎么重置旧版另牌', 'menu', '重置'),
  a('zh', 'mixed', 'SID 和 Auth Token 在哪个页面', 'steps', ['API 凭证', 'API Credentials']),
  a('zh', 'mixed', 'reset 完 token 集成要更新吗', 'menu', [
    '添加到任何现有集成中',
    '更新所有现有集成',
    'add the new Auth Token',
  ]),
  a('zh', 'mixed', 'Read-Only token 是给什么集成用的', 'practices', ['只读取数据', 'only reads data']),
  a('zh', 'mixed', '怎么 enable legacy tokens', 'steps', ['启用旧版令牌', 'Enable Legacy Tokens']),
  a('en', 'colloquial', "yo where's the api stuff in settings", 'steps', 'Technical'),
  a('zh', 'colloquial', '令牌那个更多按钮找不到', 'steps', '令牌卡片'),
  a('en', 'colloquial', 'token leaked lol what do', 'practices', 'reset it at once'),
  a('zh', 'colloquial', '想轮换下令牌，有啥建议', 'practices', '按计划重置'),
  r('en', 'plain', 'How do I add another user to see the API credentials?'),
  r('en', 'plain', 'Can I choose which API version a token starts on?'),
  r('en', 'plain', "How do I set the token's permissions?"),
  r('en', 'plain', 'Where do I turn off a legacy token?'),
  r('zh', 'plain', '旧版令牌停用后还能重新启用吗？'),
  r('zh', 'plain', '账户 SID 泄露了怎么办？'),
  r('en', 'plain', 'How much does it cost to upgrade the API version?'),
  r('en', 'plain', 'What is the newest API version number?'),
  r('zh', 'plain', '令牌有长度限制吗？'),
  r('zh', 'plain', '重置令牌会影响账户 SID 吗？'),
  r('en', 'plain', 'Can I use the same token for multiple integrations?'),
  r('en', 'plain', 'How do I test a new API version before upgrading?'),
  r('zh', 'plain', '旧版令牌和新令牌哪个更安全？'),
  r('en', 'plain', 'How do I create a campaign?', 'off-topic'),
  r('zh', 'plain', '如何联系我的客户经理？', 'off-topic'),
  r('en', 'colloquial', "what's the weather like in Santa Barbara", 'off-topic'),
  r('zh', 'plain', '支持哪些支付方式？', 'off-topic'),
];

/** A fifth round, mostly built from the pages' own sentences, with near-misses made of their words. */
const FIFTH_ROUND: AskCase[] = [
  a('en', 'plain', 'When is an API token considered a legacy token?', 'top', 'April 2025'),
  a('en', 'plain', 'Where do I select Enable Legacy Tokens?', 'steps', 'top-right'),
  a('en', 'plain', 'What happens to the Enable Legacy Tokens button once I select it?', 'steps', 'disappear'),
  a('en', 'plain', 'How do I manage my legacy token?', 'steps', 'More'),
  a('en', 'plain', 'Where is the Menu reference?', 'steps', ['Menu reference', 'More']),
  a('en', 'plain', 'What management options are available for a legacy token?', 'menu', 'Reset'),
  a('en', 'plain', 'What happens when I reset the read-only token?', 'menu', 'A new API token will be generated'),
  a('en', 'plain', 'Does the Auth Token value change when I reset a token?', 'menu', 'Auth Token value will change'),
  a('en', 'plain', 'What do I need to add to my existing integrations after a reset?', 'menu', 'new Auth Token value'),
  a('en', 'plain', 'Which values can I copy on the API Credentials page?', 'steps', [
    'read-write and read-only token values',
    'Account SID',
  ]),
  a('en', 'plain', 'How do I view API token information?', 'steps', 'token card'),
  a('en', 'plain', 'Can I always upgrade the API version?', 'steps', 'may be able to upgrade'),
  a('en', 'plain', 'Where do I find the Integrations portal?', 'top', 'integrations'),
  a('en', 'plain', 'Who should be able to reach my Account SID and Auth Token?', 'practices', 'authorized people'),
  a('en', 'plain', 'Should credentials be encrypted in transit?', 'practices', 'in transit'),
  a('en', 'plain', 'What does least privilege mean for integrations?', 'practices', 'narrowest scope'),
  a('en', 'plain', 'When should I reset a token?', 'practices', [
    'right after you enable it',
    'at once',
    'on a schedule',
  ]),
  a('en', 'plain', 'Should I delete tokens I no longer use?', 'practices', 'disable or delete'),
  a('en', 'plain', 'Why does the technical contact need to be current?', 'practices', 'security issue'),
  a(
    'en',
    'colloquial',
    'so which of the two tokens is for integrations that just read stuff?',
    'practices',
    'Read-Only',
  ),
  a('en', 'colloquial', 'old token dead after reset?', 'menu', 'no longer pass authorization'),
  a('en', 'typo', 'how do I acess the api credentails', 'steps', 'API Credentials'),
  a('en', 'typo', 'wat is the Integratons portal for', 'top', 'API reference documentation'),
  a('en', 'typo', 'shoud i rotate my tokens', 'practices', 'on a schedule'),
  a('zh', 'plain', '什么时候创建的令牌算旧版令牌？', 'top', '2025 年 4 月'),
  a('zh', 'plain', '启用旧版令牌按钮选择后会怎样？', 'steps', '消失'),
  a('zh', 'plain', '怎样管理旧版令牌？', 'steps', '更多'),
  a('zh', 'plain', '重置只读令牌会生成新的 API 令牌吗？', 'menu', '将生成一个新的 API 令牌'),
  a('zh', 'plain', '重置后要把新的身份验证令牌值添加到哪里？', 'menu', '现有集成'),
  a('zh', 'plain', 'API 凭证页面上可以复制什么？', 'steps', '读写和只读令牌值'),
  a('zh', 'plain', '如何进入概览页面？', 'steps', '令牌卡片'),
  a('zh', 'plain', '集成门户是做什么的？', 'top', 'API 参考文档'),
  a('zh', 'plain', '账户 SID 和身份验证令牌应该存放在哪里？', 'practices', '获得授权的人员'),
  a('zh', 'plain', '凭证在传输时要加密吗？', 'practices', '传输时加密'),
  a('zh', 'plain', '什么是最小权限？', 'practices', '最窄范围'),
  a('zh', 'plain', '应该什么时候重置令牌？', 'practices', ['启用令牌后立即重置一次', '立刻重置', '按计划重置']),
  a('zh', 'plain', '不再使用的令牌要删除吗？', 'practices', '停用或删除'),
  a('zh', 'colloquial', '技术联系人信息过时了会有啥问题？', 'practices', '安全问题'),
  a('zh', 'colloquial', '刚开了旧版令牌，第一件事干啥', 'practices', '立即重置一次'),
  a('zh', 'mixed', 'API Version 下拉在哪', 'steps', ['概览', 'Overview']),
  a('zh', 'mixed', 'legacy token 的 Auth Token 在哪里复制', 'steps', ['API 凭证', 'API Credentials']),
  a('zh', 'mixed', 'token 要多久 rotate 一次', 'practices', ['按计划重置', 'on a schedule']),
  a('zh', 'typo', '怎么升级 APl 版本', 'steps', 'API 版本'),
  r('en', 'plain', 'What happens if I never reset my token?'),
  r('en', 'plain', 'How do I give a colleague access to the API Credentials page?'),
  r('en', 'plain', 'Which encryption algorithm should I use for my tokens?'),
  r('en', 'plain', 'How do I enable legacy tokens for a sub-account?'),
  r('en', 'plain', 'Can I reset both tokens at the same time?'),
  r('en', 'plain', 'Who is my technical contact?'),
  r('en', 'plain', 'How do I update my technical contact?'),
  r('zh', 'plain', '启用旧版令牌需要什么权限？'),
  r('zh', 'plain', '旧版令牌支持哪些 API 版本？'),
  r('zh', 'plain', '重置令牌后多久生效？'),
  r('zh', 'plain', '怎么找回重置前的身份验证令牌？'),
  r('zh', 'plain', '令牌泄露后 impact.com 会通知我吗？'),
  r('zh', 'colloquial', '旧版令牌啥时候下线？'),
  r('en', 'plain', 'How do I get an API key for the impact.com mobile app?', 'off-topic'),
  r('zh', 'plain', '如何设置双重身份验证？', 'off-topic'),
];

export const QUESTIONS: AskCase[] = [
  ...ZH_ANSWERABLE,
  ...ZH_EVERYDAY,
  ...MIXED,
  ...EN_ANSWERABLE,
  ...EN_EVERYDAY,
  ...OFF_TOPIC,
  ...NEAR_MISS,
  ...SECOND_ROUND,
  ...THIRD_ROUND,
  ...FOURTH_ROUND,
  ...FIFTH_ROUND,
];
