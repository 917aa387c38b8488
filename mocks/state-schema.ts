/**
 * The shape of the sandbox's whole state (one partner account with its legacy token, its request
 * log and its rate-limit window), its validation, and the migration of older saved states.
 */
import * as v from 'valibot';
import { API_VERSIONS, isOneOf, SCENARIOS, type RecoveryReason, type ScenarioName } from '../src/contract/index.ts';
import { ACCOUNT_SID_PATTERN, AUTH_TOKEN_PATTERN, type RandomBytes } from './credentials.ts';
import { LogSchema } from './log.ts';

/**
 * Bumped whenever the saved shape changes so that the other version cannot read it. A state one
 * version older is migrated (version 1 had no log and no rate-limit window); a newer one is kept
 * untouched (isNewerState); anything else is replaced, with a notice. A field added with a value
 * to fill in when absent (`scenario`) needs no bump: an older state gets it (withScenario), and
 * an older version reading a newer state drops it (valibot's object keeps only known keys).
 */
export const STATE_SCHEMA_VERSION = 2;

/** Legacy means created before April 2025; the sandbox's token was created in March 2024. */
export const LEGACY_TOKEN_CREATED_AT = '2024-03-18T10:42:00.000Z';
export const LEGACY_TOKEN_NAME = 'Legacy Account Token';
export const SANDBOX_ACCOUNT_NAME = 'Sandbox Partner (fictional)';

/** How many revoked values per access level are kept, to explain why an old token fails. */
export const REVOKED_HISTORY = 5;
export const MAX_ACTION_INQUIRIES = 100;

const isoTimestamp = v.pipe(v.string(), v.isoTimestamp());
const authToken = v.pipe(v.string(), v.regex(AUTH_TOKEN_PATTERN, 'is not a sandbox Auth Token'));

const CredentialSchema = v.object({
  authToken,
  lastResetAt: v.nullable(isoTimestamp),
  revoked: v.pipe(v.array(v.object({ authToken, revokedAt: isoTimestamp })), v.maxLength(REVOKED_HISTORY)),
});

const ApiVersionSchema = v.picklist(API_VERSIONS.map((entry) => entry.version));

const ActionInquirySchema = v.object({
  Id: v.pipe(v.string(), v.regex(/^\d{1,12}$/)),
  CampaignId: v.pipe(v.string(), v.regex(/^\d{1,12}$/)),
  OrderId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  Amount: v.nullable(v.pipe(v.number(), v.minValue(0))),
  Note: v.pipe(v.string(), v.maxLength(500)),
  Status: v.picklist(['PENDING', 'APPROVED', 'REJECTED']),
  CreatedDate: isoTimestamp,
});

export const SandboxStateSchema = v.object({
  schemaVersion: v.literal(STATE_SCHEMA_VERSION),
  accountSid: v.pipe(v.string(), v.regex(ACCOUNT_SID_PATTERN, 'is not a sandbox Account SID')),
  accountName: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  legacyTokensEnabled: v.boolean(),
  legacyToken: v.object({
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
    createdAt: isoTimestamp,
    apiVersion: ApiVersionSchema,
    readWrite: CredentialSchema,
    readOnly: CredentialSchema,
  }),
  actionInquiries: v.pipe(v.array(ActionInquirySchema), v.maxLength(MAX_ACTION_INQUIRIES)),
  nextActionInquiryId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  log: LogSchema,
  nextLogId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The partner API's hourly window (kept in the state so a scenario can start rate-limited). */
  rateLimit: v.object({
    windowStartedAt: v.nullable(isoTimestamp),
    used: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  recovery: v.nullable(
    v.object({
      reason: v.picklist(['corrupt', 'outdated'] as const satisfies readonly RecoveryReason[]),
      at: isoTimestamp,
    }),
  ),
  /**
   * The scenario the sandbox was loaded from, until a change of its own (an action on its log:
   * enable, reset, upgrade, a share link's load, a sandbox reset) makes it something else; a
   * request to the partner API, the log's clearing or its oldest entries falling off do not.
   */
  scenario: v.nullable(v.picklist(SCENARIOS)),
});

export type SandboxState = v.InferOutput<typeof SandboxStateSchema>;
export type Credential = SandboxState['legacyToken']['readWrite'];
export type ActionInquiry = SandboxState['actionInquiries'][number];

export interface StateContext {
  randomBytes?: RandomBytes;
  now?: () => Date;
}

export type ParsedState = { ok: true; state: SandboxState } | { ok: false; reason: RecoveryReason; problems: string[] };

/** Validates untrusted saved or uploaded state; says why it was refused. */
export function parseState(input: unknown): ParsedState {
  input = withScenario(migrate(input));
  if (
    typeof input === 'object' &&
    input !== null &&
    'schemaVersion' in input &&
    input.schemaVersion !== STATE_SCHEMA_VERSION
  ) {
    return {
      ok: false,
      reason: 'outdated',
      problems: [`schemaVersion must be ${STATE_SCHEMA_VERSION}`],
    };
  }
  const result = v.safeParse(SandboxStateSchema, input);
  if (result.success) return { ok: true, state: result.output };
  return {
    ok: false,
    reason: 'corrupt',
    problems: result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}

/**
 * A state saved by a newer version of the site (a tab on a newer deploy): never replaced or
 * changed by this one, which cannot know its shape.
 */
export function isNewerState(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    'schemaVersion' in input &&
    typeof input.schemaVersion === 'number' &&
    input.schemaVersion > STATE_SCHEMA_VERSION
  );
}

/**
 * A state saved before the state kept its scenario: the scenario its log's newest action loaded,
 * as the view read it then (null if another action came after, or none is left), so nothing is lost.
 */
function withScenario(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || 'scenario' in input || !('log' in input)) return input;
  if (!Array.isArray(input.log)) return input;
  return { ...input, scenario: scenarioOfLog(input.log) };
}

function scenarioOfLog(log: unknown[]): ScenarioName | null {
  for (let index = log.length - 1; index >= 0; index--) {
    const entry = log[index] as { kind?: unknown; action?: unknown; scenario?: unknown } | null;
    if (entry?.kind !== 'action') continue;
    return entry.action === 'scenario' && isOneOf(SCENARIOS, entry.scenario) ? entry.scenario : null;
  }
  return null;
}

/** Version 1 had no request log and no rate-limit window: it gets empty ones, and nothing is lost. */
function migrate(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('schemaVersion' in input) || input.schemaVersion !== 1) {
    return input;
  }
  return { ...input, schemaVersion: 2, log: [], nextLogId: 1, rateLimit: { windowStartedAt: null, used: 0 } };
}
