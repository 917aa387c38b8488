/**
 * The sandbox tools: each one calls the session's own sandbox through its settings or partner API
 * (sandbox-session.ts) and answers with what changed, in the guide's words (words.ts), plus the
 * API's JSON as structured content. Auth Tokens are masked unless `reveal` asks for them.
 */
import { STATUS_CODES } from 'node:http';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import {
  maskToken,
  type CredentialView,
  resolveLocale,
  type LogEntry,
  type ReasonCode,
  type SandboxView,
  type ScenarioName,
} from '../../src/contract/index.ts';
import type { SessionSandbox, SettingsAnswer } from './sandbox-session.ts';
import {
  accessLevelInput,
  apiVersionInput,
  localeInput,
  partnerMethodInput,
  partnerResourceInput,
  scenarioInput,
} from './schemas.ts';
import { wordsFor, type Words } from './words.ts';

type Reply = CallToolResult;

const text = (lines: Array<string | false | null | undefined>, structured?: object, isError = false): Reply => ({
  content: [{ type: 'text', text: lines.filter(Boolean).join('\n') }],
  ...(structured ? { structuredContent: structured as Record<string, unknown> } : {}),
  ...(isError ? { isError: true } : {}),
});

/** The view with every Auth Token masked, unless revealed. */
function shownView(view: SandboxView, reveal: boolean): SandboxView {
  if (reveal || !view.credentials) return view;
  const mask = (credential: CredentialView) => ({
    ...credential,
    authToken: maskToken(credential.authToken),
    previousAuthToken: credential.previousAuthToken === null ? null : maskToken(credential.previousAuthToken),
  });
  const { credentials } = view;
  return {
    ...view,
    credentials: { ...credentials, readWrite: mask(credentials.readWrite), readOnly: mask(credentials.readOnly) },
  };
}

/** The sandbox as the app shows it: the account, then the token card and API Credentials. */
function describe(view: SandboxView, words: Words, reveal: boolean): string[] {
  const { app } = words;
  const shown = shownView(view, reveal);
  const lines = [
    `${view.account.name} · ${app.labelled(app.accountSid, view.account.sid)}`,
    view.account.legacyTokensEnabled ? app.legacyEnabled : app.legacyDisabled,
  ];
  if (!view.legacyToken || !shown.credentials) return [...lines, app.noTokensYet];
  const card = view.legacyToken;
  const versions = card.upgradeTargets.length
    ? app.labelled(app.upgradeApiVersion, app.list(...card.upgradeTargets.map(String)))
    : app.newestVersion;
  lines.push(
    app.labelled(
      app.legacyAccountTokens,
      `${card.name} · ${app.labelled(app.createdDate, card.createdAt.slice(0, 10))}`,
    ),
    app.labelled(app.overview, `${app.labelled(app.apiVersion, String(card.apiVersion))} · ${versions}`),
    app.labelled(app.apiCredentials, ''),
  );
  for (const level of ['readWrite', 'readOnly'] as const) {
    const credential = shown.credentials[level];
    const reset = app.labelled(app.lastReset, credential.lastResetAt ?? app.never);
    lines.push(`  ${app.labelled(app.authTokenOf(words.level(level)), credential.authToken)} · ${reset}`);
  }
  lines.push(reveal ? words.mcp.revealed : words.mcp.masked);
  return lines;
}

/** A settings API error as an MCP tool error: the API's own message, and the guide's hint. */
function refused(answer: SettingsAnswer<unknown>, hint?: string): Reply {
  const body = answer.body as { Message?: string; Errors?: unknown };
  return text([`HTTP ${answer.status}: ${body.Message ?? ''}`, hint], body, true);
}

export function registerSandboxTools(server: McpServer, sandbox: SessionSandbox): void {
  const wordsOf = (locale: string | undefined) => wordsFor(resolveLocale(locale));

  server.registerTool(
    'read_sandbox',
    {
      title: 'Read the sandbox',
      description:
        "This MCP session's own sandbox as the app shows it: the account, legacy tokens, the Legacy Account Tokens card (Overview) and API Credentials. Auth Tokens are masked unless reveal is true.",
      inputSchema: {
        reveal: z.boolean().default(false).describe('Show the Auth Tokens whole (needed to call the partner API).'),
        locale: localeInput,
      },
      annotations: { readOnlyHint: true },
    },
    async ({ reveal, locale }) => {
      const answer = await sandbox.view();
      const view = answer.body as SandboxView;
      return text(describe(view, wordsOf(locale), reveal), shownView(view, reveal));
    },
  );

  server.registerTool(
    'enable_legacy_tokens',
    {
      title: 'Enable Legacy Tokens',
      description: 'Step 3 of the guide: select Enable Legacy Tokens (Settings › Technical › API).',
      inputSchema: { locale: localeInput },
    },
    async ({ locale }) => {
      const words = wordsOf(locale);
      const answer = await sandbox.enable();
      if (!answer.ok) return refused(answer, words.mcp.alreadyEnabled(words.app.enableLegacyTokens));
      const view = answer.body as SandboxView;
      return text(
        [
          words.mcp.enabled(words.app.legacyAccountTokens, words.app.enableLegacyTokens),
          ...describe(view, words, false),
        ],
        shownView(view, false),
      );
    },
  );

  server.registerTool(
    'reset_token',
    {
      title: 'Reset an Auth Token',
      description:
        'Step 4 and the Menu reference: [More] → Reset (Read/Write) or Reset (Read-Only). A new Auth Token is generated; the previous one no longer passes authorization checks.',
      inputSchema: { level: accessLevelInput, locale: localeInput },
    },
    async ({ level, locale }) => {
      const words = wordsOf(locale);
      const before = (await sandbox.view()).body as SandboxView;
      const answer = await sandbox.resetToken(level);
      if (!answer.ok) return refused(answer, words.app.enableFirst);
      const view = answer.body as SandboxView;
      const previous = before.credentials?.[level].authToken;
      const current = view.credentials![level].authToken;
      return text(
        [
          words.app.resetDone(words.level(level)),
          previous && words.mcp.previousToken(maskToken(previous)),
          words.mcp.newToken(maskToken(current)),
          words.mcp.masked,
        ],
        shownView(view, false),
      );
    },
  );

  server.registerTool(
    'upgrade_api_version',
    {
      title: 'Upgrade the API version',
      description:
        'Step 5, Overview page: the API Version drop-down. Only newer versions are offered; an upgrade cannot be undone.',
      inputSchema: { version: apiVersionInput, locale: localeInput },
    },
    async ({ version, locale }) => {
      const words = wordsOf(locale);
      const answer = await sandbox.upgrade(version);
      if (!answer.ok) return refused(answer, answer.status === 404 ? words.app.enableFirst : words.app.apiVersionHelp);
      return text(
        [words.app.upgradeDone(version), words.app.confirmUpgradeBody],
        shownView(answer.body as SandboxView, false),
      );
    },
  );

  server.registerTool(
    'load_scenario',
    {
      title: 'Start from a scenario',
      description:
        'Start over from a named state (the console\'s "Start from a scenario"), with a new Account SID and tokens.',
      inputSchema: { name: scenarioInput, locale: localeInput },
    },
    async ({ name, locale }) => {
      const words = wordsOf(locale);
      const answer = await sandbox.loadScenario(name);
      if (!answer.ok) return refused(answer);
      const view = answer.body as SandboxView;
      const { title, description } = words.scenario(name as ScenarioName);
      return text(
        [words.mcp.scenarioLoaded(title, description, view.account.sid), ...describe(view, words, false)],
        shownView(view, false),
      );
    },
  );

  server.registerTool(
    'reset_sandbox',
    {
      title: 'Reset sandbox',
      description: 'Back to the initial state: legacy tokens not enabled, every credential new.',
      inputSchema: { locale: localeInput },
      annotations: { destructiveHint: true },
    },
    async ({ locale }) => {
      const words = wordsOf(locale);
      const view = (await sandbox.reset()).body as SandboxView;
      return text([words.app.resetSandboxDone, ...describe(view, words, false)], shownView(view, false));
    },
  );

  server.registerTool(
    'call_partner_api',
    {
      title: 'Try a request',
      description:
        "Call the session sandbox's stand-in for https://api.impact.com/Mediapartners/{AccountSID}/… with HTTP Basic credentials (Account SID : Auth Token). Answers the status, the sandbox's reason (why) and the body. Nothing leaves this server.",
      inputSchema: {
        method: partnerMethodInput,
        resource: partnerResourceInput,
        accountSid: z.string().max(64).optional().describe("The Account SID (default: the sandbox's own)."),
        authToken: z
          .string()
          .max(256)
          .optional()
          .describe(
            'The Auth Token to send as the password (read_sandbox with reveal: true shows them); omit to send no credentials.',
          ),
        body: z
          .record(z.string(), z.unknown())
          .optional()
          .describe('A JSON body for POST or PUT (CampaignId, OrderId, Amount, Note).'),
        irVersion: apiVersionInput.optional().describe('Send IR-Version to answer as another API version.'),
        locale: localeInput,
      },
    },
    async ({ method, resource, accountSid, authToken, body, irVersion, locale }) => {
      const words = wordsOf(locale);
      const sid = accountSid ?? ((await sandbox.view()).body as SandboxView).account.sid;
      const answer = await sandbox.callPartnerApi({ method, resource, accountSid: sid, authToken, body, irVersion });
      const statusText = answer.statusText || STATUS_CODES[answer.status] || '';
      const why = words.support.reasons[answer.reason as ReasonCode];
      return text(
        [
          `HTTP ${answer.status} ${statusText}`,
          why && `${words.support.why}${why} (${answer.reason})`,
          '',
          answer.body,
        ],
        { ...answer, statusText },
      );
    },
  );

  server.registerTool(
    'read_request_log',
    {
      title: 'Read the request log',
      description:
        'Every partner API call (status, reason, which token, masked) and every sandbox action, oldest first.',
      inputSchema: {
        last: z.number().int().min(1).max(100).default(20).describe('How many of the newest entries to show.'),
        locale: localeInput,
      },
      annotations: { readOnlyHint: true },
    },
    async ({ last, locale }) => {
      const words = wordsOf(locale);
      const { entries } = (await sandbox.log()).body as { entries: LogEntry[] };
      const shown = entries.slice(-last);
      const line = (entry: LogEntry) =>
        entry.kind === 'request'
          ? `${entry.at} ${entry.method} ${entry.path} → ${entry.status} ${entry.reason}${entry.token ? ` (${words.level(entry.token.level)} ${entry.token.masked}${entry.token.current ? '' : `, reset ${entry.token.revokedAt}`})` : ''}`
          : `${entry.at} ${entry.action}${entry.level ? ` ${words.level(entry.level)}` : ''}${entry.version ? ` ${entry.version}` : ''}${entry.scenario ? ` ${entry.scenario}` : ''}`;
      return text(shown.length ? shown.map(line) : [words.mcp.logEmpty], { entries: shown });
    },
  );
}
