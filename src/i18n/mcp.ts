/**
 * What the MCP server's sandbox tools and prompt say (server/mcp/), per locale: only the few
 * sentences no widget says; the app's labels and confirmations come from the widgets' own tables.
 */
import type { Locale } from '../contract/index.ts';

const zh = {
  enabled: (card: string, button: string) => `已选择“${button}”：该按钮已消失，并出现了“${card}”卡片。`,
  alreadyEnabled: (button: string) => `旧版令牌已经启用，“${button}”按钮已不再显示。`,
  masked: '身份验证令牌已遮盖。需要完整值时，用 reveal: true 调用 read_sandbox。',
  revealed: '身份验证令牌以完整值显示：请像对待真实令牌一样保管它们。',
  previousToken: (masked: string) => `先前的身份验证令牌 ${masked} 不再通过授权检查（401 revoked-token）。`,
  newToken: (masked: string) => `新的身份验证令牌：${masked}`,
  scenarioLoaded: (title: string, description: string, sid: string) =>
    `已从场景“${title}”重新开始：${description} 新的账户 SID：${sid}。`,
  logEmpty: '请求日志为空。',
  /** The prompt that walks an agent through the guide: one line per step, naming the tool for it. */
  walkthrough: (page: string, l: StepLabels) => [
    `请按照指南“${page}”（先用 read_page 阅读它）在你自己的沙盒中逐步操作，每一步都说明应用中发生了什么：`,
    `1–2. ${l.userProfile} → ${l.settings}，在“${l.technical}”下选择 ${l.api}：用 read_sandbox 查看沙盒。`,
    `3. 选择“${l.enableLegacyTokens}”：enable_legacy_tokens。随后出现“${l.legacyAccountTokens}”卡片。`,
    `4. 【${l.more}】→“${l.resetReadWrite}”：先用 read_sandbox（reveal: true）记下旧的身份验证令牌，再调用 reset_token（level: "readWrite"）；用 call_partner_api 分别以旧令牌和新令牌调用 Campaigns，旧令牌应得到 401，新令牌得到 200。`,
    `5. “${l.overview}”页面：upgrade_api_version 升级 ${l.apiVersion}；“${l.apiCredentials}”页面：read_sandbox。`,
    '最后用 read_request_log 总结发生的请求；需要时用 reset_sandbox 重新开始。',
  ],
};

/** The app's labels the walkthrough names. */
export type StepLabels = Record<
  | 'userProfile'
  | 'settings'
  | 'technical'
  | 'api'
  | 'enableLegacyTokens'
  | 'legacyAccountTokens'
  | 'more'
  | 'resetReadWrite'
  | 'overview'
  | 'apiVersion'
  | 'apiCredentials',
  string
>;

export type McpMessages = typeof zh;

const en: McpMessages = {
  enabled: (card: string, button: string) => `${button} selected: the button disappeared and a ${card} card appeared.`,
  alreadyEnabled: (button: string) => `Legacy tokens are already enabled; the ${button} button is gone.`,
  masked: 'Auth Tokens are masked. Call read_sandbox with reveal: true when you need the whole values.',
  revealed: 'Auth Tokens are shown whole: keep them as you would real ones.',
  previousToken: (masked: string) =>
    `The previous Auth Token ${masked} no longer passes authorization checks (401 revoked-token).`,
  newToken: (masked: string) => `New Auth Token: ${masked}`,
  scenarioLoaded: (title: string, description: string, sid: string) =>
    `Started over from the scenario "${title}": ${description} New Account SID: ${sid}.`,
  logEmpty: 'The request log is empty.',
  walkthrough: (page: string, l: StepLabels) => [
    `Follow the guide "${page}" (read it first with read_page) step by step in your own sandbox, and say after each step what changed in the app:`,
    `1–2. ${l.userProfile} → ${l.settings}, then ${l.api} under ${l.technical}: look at the sandbox with read_sandbox.`,
    `3. Select ${l.enableLegacyTokens}: enable_legacy_tokens. A ${l.legacyAccountTokens} card appears.`,
    `4. [${l.more}] → ${l.resetReadWrite}: note the old Auth Token with read_sandbox (reveal: true), then reset_token with level "readWrite"; call Campaigns with call_partner_api using the old token and then the new one: the old one gets 401, the new one 200.`,
    `5. On the ${l.overview} page, upgrade the ${l.apiVersion} with upgrade_api_version; on the ${l.apiCredentials} page, read the credentials with read_sandbox.`,
    'Finish with read_request_log to sum up the requests; reset_sandbox starts over when needed.',
  ],
};

export const MCP_MESSAGES: Record<Locale, McpMessages> = { zh, en };
