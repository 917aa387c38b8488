/**
 * The sandbox's whole state: one partner account with its legacy token. Transitions are pure
 * functions, so the browser (localStorage), the Node server (memory) and tests share them.
 */
import * as v from 'valibot';
import {
  ACCESS_LEVELS,
  API_VERSIONS,
  type AccessLevel,
  type ApiVersion,
  type RecoveryReason,
} from '../src/contract/index.ts';
import { INITIAL_API_VERSION } from './api-versions.ts';
import {
  ACCOUNT_SID_PATTERN,
  AUTH_TOKEN_PATTERN,
  cryptoRandomBytes,
  generateAccountSid,
  generateAuthToken,
  type RandomBytes,
} from './credentials.ts';

/** Bumped whenever the saved shape changes; older saved states are replaced, with a notice. */
export const STATE_SCHEMA_VERSION = 1;

/** Legacy means created before April 2025; the sandbox's token was created in March 2024. */
export const LEGACY_TOKEN_CREATED_AT = '2024-03-18T10:42:00.000Z';
export const LEGACY_TOKEN_NAME = 'Legacy Account Token';
export const SANDBOX_ACCOUNT_NAME = 'Sandbox Partner (fictional)';

/** How many revoked values per access level are kept, to explain why an old token fails. */
const REVOKED_HISTORY = 5;
const MAX_ACTION_INQUIRIES = 100;

const isoTimestamp = v.pipe(v.string(), v.isoTimestamp());
const authToken = v.pipe(v.string(), v.regex(AUTH_TOKEN_PATTERN, 'is not a sandbox Auth Token'));

const CredentialSchema = v.object({
  authToken,
  lastResetAt: v.nullable(isoTimestamp),
  revoked: v.pipe(v.array(v.object({ authToken, revokedAt: isoTimestamp })), v.maxLength(REVOKED_HISTORY)),
});

export const ApiVersionSchema = v.picklist(API_VERSIONS.map((entry) => entry.version));

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
  recovery: v.nullable(
    v.object({
      reason: v.picklist(['corrupt', 'outdated'] as const satisfies readonly RecoveryReason[]),
      at: isoTimestamp,
    }),
  ),
});

export type SandboxState = v.InferOutput<typeof SandboxStateSchema>;
export type Credential = SandboxState['legacyToken']['readWrite'];
export type ActionInquiry = SandboxState['actionInquiries'][number];

export interface StateContext {
  randomBytes?: RandomBytes;
  now?: () => Date;
}

const nowIso = (context: StateContext) => (context.now?.() ?? new Date()).toISOString();

/**
 * The state a partner starts from: the account exists and already owns legacy credentials
 * (created before April 2025), but the legacy token UI is not enabled yet.
 */
export function createInitialState(context: StateContext = {}): SandboxState {
  const randomBytes = context.randomBytes ?? cryptoRandomBytes;
  const credential = (): Credential => ({
    authToken: generateAuthToken(randomBytes),
    lastResetAt: null,
    revoked: [],
  });
  return {
    schemaVersion: STATE_SCHEMA_VERSION,
    accountSid: generateAccountSid(randomBytes),
    accountName: SANDBOX_ACCOUNT_NAME,
    legacyTokensEnabled: false,
    legacyToken: {
      name: LEGACY_TOKEN_NAME,
      createdAt: LEGACY_TOKEN_CREATED_AT,
      apiVersion: INITIAL_API_VERSION,
      readWrite: credential(),
      readOnly: credential(),
    },
    actionInquiries: [],
    nextActionInquiryId: 1001,
    recovery: null,
  };
}

export function enableLegacyTokens(state: SandboxState): SandboxState {
  return { ...state, legacyTokensEnabled: true, recovery: null };
}

/** A reset replaces one access level's Auth Token; the old value is revoked at once. */
export function resetAuthToken(state: SandboxState, level: AccessLevel, context: StateContext = {}): SandboxState {
  const at = nowIso(context);
  const current = state.legacyToken[level];
  const next: Credential = {
    authToken: generateAuthToken(context.randomBytes ?? cryptoRandomBytes),
    lastResetAt: at,
    revoked: [{ authToken: current.authToken, revokedAt: at }, ...current.revoked].slice(0, REVOKED_HISTORY),
  };
  return {
    ...state,
    legacyToken: { ...state.legacyToken, [level]: next },
    recovery: null,
  };
}

export function setApiVersion(state: SandboxState, apiVersion: ApiVersion): SandboxState {
  return { ...state, legacyToken: { ...state.legacyToken, apiVersion }, recovery: null };
}

export function addActionInquiry(
  state: SandboxState,
  fields: Omit<ActionInquiry, 'Id' | 'Status' | 'CreatedDate'>,
  context: StateContext = {},
): { state: SandboxState; inquiry: ActionInquiry } {
  const inquiry: ActionInquiry = {
    ...fields,
    Id: String(state.nextActionInquiryId),
    Status: 'PENDING',
    CreatedDate: nowIso(context),
  };
  // The oldest inquiries drop off so a saved state stays small.
  const actionInquiries = [...state.actionInquiries, inquiry].slice(-MAX_ACTION_INQUIRIES);
  return {
    state: { ...state, actionInquiries, nextActionInquiryId: state.nextActionInquiryId + 1 },
    inquiry,
  };
}

export function replaceActionInquiry(state: SandboxState, inquiry: ActionInquiry): SandboxState {
  return {
    ...state,
    actionInquiries: state.actionInquiries.map((item) => (item.Id === inquiry.Id ? inquiry : item)),
  };
}

export function removeActionInquiry(state: SandboxState, id: string): SandboxState {
  return { ...state, actionInquiries: state.actionInquiries.filter((item) => item.Id !== id) };
}

export type ParsedState = { ok: true; state: SandboxState } | { ok: false; reason: RecoveryReason; problems: string[] };

/** Validates untrusted saved or uploaded state; says why it was refused. */
export function parseState(input: unknown): ParsedState {
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
