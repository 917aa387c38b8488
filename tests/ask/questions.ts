/**
 * The `?ask=` question set: questions about the two content pages (the zh guide and the
 * keep-secure page), in Chinese and in English, with the section and a verbatim fact a right
 * answer must carry; and questions the content cannot answer, which must be refused.
 *
 * There is no English page: English questions are answered from the Chinese page through the
 * glossary, so their facts are Chinese content substrings (preferred) or the app's English UI
 * labels (src/i18n/sandbox.ts, SANDBOX_MESSAGES.en).
 *
 * Facts are copied from the pages' plain text (markdown emphasis removed), e.g. the guide's
 * `选择 **启用旧版令牌**` reads `选择 启用旧版令牌`.
 */
import { ZH_GUIDE_PATH } from '../../src/site.ts';

export const GUIDE = ZH_GUIDE_PATH;
export const KEEP_SECURE =
  '/other/zh/reference-documentation/api-access-tokens-and-changelog/keep-your-access-tokens-secure';

/** The guide's sections (the text before the first heading is named after the page title). */
const GUIDE_TOP = '作为合作伙伴管理旧版 API 令牌';
const STEPS = '管理访问令牌';
const MENU = '菜单参考';
/** The keep-secure page has no headings: everything is under its title. */
const SECURE = '保护您的访问令牌安全';

export interface AskCase {
  question: string;
  language: 'zh' | 'en';
  /** The page the question is asked on (`<page>?ask=`); the guide when omitted. */
  askedOn?: string;
  /** Omitted for questions that must be refused. */
  expect?: {
    /** HTML path of the page that answers. */
    page: string;
    /** The section an excerpt must name (an excerpt's section may add a suffix such as ' › 步骤 3'). */
    section: string;
    /** A short substring the answer text must contain, verbatim from the content (or an English UI label). */
    fact: string;
  };
}

const guide = (section: string, fact: string) => ({ page: GUIDE, section, fact });
const secure = (fact: string) => ({ page: KEEP_SECURE, section: SECURE, fact });

const ZH_ANSWERABLE: AskCase[] = [
  // What a legacy token is.
  { question: '什么是旧版 API 令牌？', language: 'zh', expect: guide(GUIDE_TOP, '2025 年 4 月') },
  { question: '哪些 API 令牌会被视为旧版令牌？', language: 'zh', expect: guide(GUIDE_TOP, '2025 年 4 月之前创建') },
  // Enabling legacy tokens: 设置 → 技术 → API → 启用旧版令牌.
  { question: '如何启用旧版令牌？', language: 'zh', expect: guide(STEPS, '选择 启用旧版令牌') },
  { question: '在哪里可以找到 API 设置页面？', language: 'zh', expect: guide(STEPS, '技术下，选择 API') },
  { question: '启用旧版令牌按钮在页面的什么位置？', language: 'zh', expect: guide(STEPS, '右上角') },
  { question: '选择启用旧版令牌按钮之后会发生什么？', language: 'zh', expect: guide(STEPS, '旧版账户令牌') },
  // Account SID / Auth Token on the API 凭证 page.
  { question: '在哪里可以找到账户 SID 和身份验证令牌？', language: 'zh', expect: guide(STEPS, 'API 凭证') },
  { question: '如何复制只读令牌的值？', language: 'zh', expect: guide(STEPS, '复制') },
  { question: '在 API 凭证页面上可以看到哪些令牌值？', language: 'zh', expect: guide(STEPS, '读写和只读令牌值') },
  // Token card, 概览, API 版本.
  { question: '如何查看 API 令牌的信息？', language: 'zh', expect: guide(STEPS, '选择令牌卡片') },
  { question: '如何升级 API 令牌的版本？', language: 'zh', expect: guide(STEPS, 'API 版本') },
  { question: '在概览页面可以做什么？', language: 'zh', expect: guide(STEPS, '有关令牌的信息') },
  // The 更多 icon and its menu.
  { question: '令牌卡片上的更多图标有什么作用？', language: 'zh', expect: guide(STEPS, '下拉菜单') },
  { question: '更多菜单中有哪些管理选项？', language: 'zh', expect: guide(MENU, '重置') },
  // Resetting and its consequence.
  { question: '如何重置只读令牌？', language: 'zh', expect: guide(MENU, '重置只读令牌') },
  { question: '重置读/写令牌后会发生什么？', language: 'zh', expect: guide(MENU, '不再通过授权检查') },
  {
    question: '重置令牌后，先前的身份验证令牌值还能通过授权检查吗？',
    language: 'zh',
    expect: guide(MENU, '不再通过授权检查'),
  },
  { question: '重置令牌之后需要更新现有集成吗？', language: 'zh', expect: guide(MENU, '添加到任何现有集成中') },
  { question: '重置只读令牌时身份验证令牌值会改变吗？', language: 'zh', expect: guide(MENU, '身份验证令牌值将更改') },
  // The Integrations portal.
  { question: '在哪里可以查看 API 参考文档和集成指南？', language: 'zh', expect: guide(GUIDE_TOP, '集成门户') },
  // Keeping tokens secure (asked on the keep-secure page, and on the guide).
  { question: '为什么要定期轮换令牌？', language: 'zh', askedOn: KEEP_SECURE, expect: secure('按计划重置') },
  { question: '令牌可能泄露时该怎么办？', language: 'zh', askedOn: KEEP_SECURE, expect: secure('立刻重置') },
  { question: '只读取数据的集成应该使用哪种令牌？', language: 'zh', expect: secure('只读令牌') },
  { question: '应该如何存放账户 SID 和身份验证令牌？', language: 'zh', expect: secure('加密') },
  { question: '为什么要保持技术联系人信息最新？', language: 'zh', askedOn: KEEP_SECURE, expect: secure('安全问题') },
];

const EN_ANSWERABLE: AskCase[] = [
  { question: 'What is a legacy API token?', language: 'en', expect: guide(GUIDE_TOP, '2025 年 4 月') },
  { question: 'How do I enable legacy tokens?', language: 'en', expect: guide(STEPS, 'Enable Legacy Tokens') },
  { question: 'How do I get to the API page in Settings?', language: 'en', expect: guide(STEPS, '技术下，选择 API') },
  {
    question: 'What happens after I select Enable Legacy Tokens?',
    language: 'en',
    expect: guide(STEPS, '旧版账户令牌'),
  },
  { question: 'Where do I find the Account SID and Auth Token?', language: 'en', expect: guide(STEPS, 'API 凭证') },
  { question: 'Where can I copy the read-only token value?', language: 'en', expect: guide(STEPS, '复制') },
  { question: 'How do I upgrade the API version of a token?', language: 'en', expect: guide(STEPS, 'API 版本') },
  { question: 'What does the More icon on the token card do?', language: 'en', expect: guide(STEPS, '下拉菜单') },
  { question: 'How do I reset the read-only token?', language: 'en', expect: guide(MENU, '重置只读令牌') },
  {
    question: 'What happens after I reset the read/write token?',
    language: 'en',
    expect: guide(MENU, '不再通过授权检查'),
  },
  {
    question: 'Does the previous Auth Token value still pass authorization checks after a reset?',
    language: 'en',
    expect: guide(MENU, '不再通过授权检查'),
  },
  {
    question: 'Where can I find the API reference documentation?',
    language: 'en',
    expect: guide(GUIDE_TOP, '集成门户'),
  },
  {
    question: 'Why should I rotate tokens regularly?',
    language: 'en',
    askedOn: KEEP_SECURE,
    expect: secure('按计划重置'),
  },
  { question: 'What should I do if a token may have leaked?', language: 'en', expect: secure('立刻重置') },
  {
    question: 'Which token should an integration that only reads data use?',
    language: 'en',
    askedOn: KEEP_SECURE,
    expect: secure('只读令牌'),
  },
  { question: 'Why should I keep the technical contact up to date?', language: 'en', expect: secure('安全问题') },
];

/** Things neither page says anything about. */
const REFUSED: AskCase[] = [
  { question: '合作伙伴的佣金是如何计算的？', language: 'zh' },
  { question: '如何删除我的 impact.com 账户？', language: 'zh' },
  { question: '如何修改我的登录密码？', language: 'zh' },
  { question: '如何配置 Webhook 来接收转化通知？', language: 'zh' },
  { question: '使用 impact.com API 需要付费吗？价格是多少？', language: 'zh' },
  { question: '创建范围访问令牌时可以选择哪些权限范围？', language: 'zh' },
  { question: 'API 每分钟的请求速率限制是多少？', language: 'zh', askedOn: KEEP_SECURE },
  { question: 'How are my commissions paid out?', language: 'en' },
  { question: 'How do I change my password?', language: 'en' },
  { question: 'Which programming languages does the impact.com SDK support?', language: 'en' },
  { question: 'How do I set up webhooks for new conversions?', language: 'en' },
  { question: 'How much does API access cost?', language: 'en' },
  { question: 'What is the API rate limit per minute?', language: 'en', askedOn: KEEP_SECURE },
  { question: 'Which scopes can I choose when creating a scoped access token?', language: 'en' },
  // Near misses: on-topic words, but the pages never say how (found by review; each was once answered wrongly).
  { question: 'How do I create a new API token?', language: 'en' },
  { question: '如何创建新的 API 令牌？', language: 'zh' },
  { question: 'How do I disable legacy tokens?', language: 'en' },
  { question: '如何禁用旧版令牌？', language: 'zh' },
  { question: 'How do I reset the Account SID?', language: 'en' },
  { question: '重置账户 SID 会怎样？', language: 'zh' },
  { question: 'How do I contact support?', language: 'en' },
  { question: '如何联系客服？', language: 'zh' },
  { question: 'How do I delete a token?', language: 'en' },
  { question: '如何删除令牌？', language: 'zh' },
];

export const QUESTIONS: AskCase[] = [...ZH_ANSWERABLE, ...EN_ANSWERABLE, ...REFUSED];
