/**
 * The sandbox's state transitions: pure functions, so the browser (localStorage), the Node
 * server (memory) and tests share them. The shape and its validation: state-schema.ts.
 */
import type { AccessLevel, ApiVersion } from '../src/contract/index.ts';
import { INITIAL_API_VERSION } from './api-versions.ts';
import { cryptoRandomBytes, generateAccountSid, generateAuthToken } from './credentials.ts';
import {
  LEGACY_TOKEN_CREATED_AT,
  LEGACY_TOKEN_NAME,
  MAX_ACTION_INQUIRIES,
  REVOKED_HISTORY,
  SANDBOX_ACCOUNT_NAME,
  STATE_SCHEMA_VERSION,
  type ActionInquiry,
  type Credential,
  type SandboxState,
  type StateContext,
} from './state-schema.ts';

export * from './state-schema.ts';

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
    log: [],
    nextLogId: 1,
    rateLimit: { windowStartedAt: null, used: 0 },
    recovery: null,
    scenario: null,
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
