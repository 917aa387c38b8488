/** MCP_MESSAGES's en table (./mcp.ts). */
import type { McpMessages, StepLabels } from '../zh/mcp.ts';

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

export default en;
