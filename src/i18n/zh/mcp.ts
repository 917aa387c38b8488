/** MCP_MESSAGES's zh table, the source locale's: every other locale's is typed against it (./mcp.ts). */

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

export default zh;
