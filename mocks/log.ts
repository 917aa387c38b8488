/**
 * The sandbox's request log and timeline, kept in its state: every sandbox action and every
 * partner API call, newest last, bounded (MAX_LOG_ENTRIES), so it survives a reload, is one
 * across tabs and travels in a share link. Tokens appear only masked.
 */
import * as v from 'valibot';
import {
  ACCESS_LEVELS,
  API_VERSIONS,
  isOneOf,
  maskToken,
  MAX_LOG_ENTRIES,
  REASON_CODES,
  SANDBOX_ACTIONS,
  SANDBOX_CLIENTS,
  SCENARIOS,
  type ActionLogEntry,
  type LogEntry,
  type RequestLogEntry,
  type SandboxClient,
  type TokenRef,
} from '../src/contract/index.ts';
import { constantTimeEqual } from './credentials.ts';
import type { SandboxState, StateContext } from './state-schema.ts';

const isoTimestamp = v.pipe(v.string(), v.isoTimestamp());
const id = v.pipe(v.number(), v.integer(), v.minValue(1));

const TokenRefSchema = v.object({
  level: v.picklist(ACCESS_LEVELS),
  // A masked token: its first and last four characters, bullets between.
  masked: v.pipe(v.string(), v.maxLength(64)),
  current: v.boolean(),
  revokedAt: v.nullable(isoTimestamp),
});

const LogEntrySchema = v.variant('kind', [
  v.object({
    id,
    at: isoTimestamp,
    kind: v.literal('action'),
    action: v.picklist(SANDBOX_ACTIONS),
    level: v.optional(v.picklist(ACCESS_LEVELS)),
    version: v.optional(v.picklist(API_VERSIONS.map((entry) => entry.version))),
    scenario: v.optional(v.picklist(SCENARIOS)),
  }),
  v.object({
    id,
    at: isoTimestamp,
    kind: v.literal('request'),
    client: v.picklist([...SANDBOX_CLIENTS, 'other']),
    method: v.pipe(v.string(), v.regex(/^[A-Z]{1,10}$/)),
    path: v.pipe(v.string(), v.maxLength(300)),
    token: v.nullable(TokenRefSchema),
    status: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599)),
    reason: v.picklist(REASON_CODES),
  }),
]);

export const LogSchema = v.pipe(v.array(LogEntrySchema), v.maxLength(MAX_LOG_ENTRIES));

// The schema's output is the contract's type (a change to either breaks the build here).
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesContract: Equal<v.InferOutput<typeof LogEntrySchema>, LogEntry> = true;
void schemaMatchesContract;

const nowIso = (context: StateContext) => (context.now?.() ?? new Date()).toISOString();

/** Appends an entry (numbered, timestamped); the oldest fall off past MAX_LOG_ENTRIES. */
export function appendLog(
  state: SandboxState,
  entry: Omit<ActionLogEntry, 'id' | 'at'> | Omit<RequestLogEntry, 'id' | 'at'>,
  context: StateContext = {},
): SandboxState {
  const numbered = { ...entry, id: state.nextLogId, at: nowIso(context) } as LogEntry;
  return { ...state, log: [...state.log, numbered].slice(-MAX_LOG_ENTRIES), nextLogId: state.nextLogId + 1 };
}

/**
 * Logs a change of the sandbox's own. Every such change is logged, so here the state also keeps
 * which scenario it is as loaded: the one a scenario's load names, none after any other change.
 */
export function logAction(
  state: SandboxState,
  entry: Omit<ActionLogEntry, 'id' | 'at' | 'kind'>,
  context?: StateContext,
): SandboxState {
  const scenario = entry.action === 'scenario' ? (entry.scenario ?? null) : null;
  return appendLog({ ...state, scenario }, { kind: 'action', ...entry }, context);
}

/** Which of the sandbox's tokens a password is, without stopping early (like authentication). */
export function tokenRefFor(state: SandboxState, password: string | null): TokenRef | null {
  if (password === null) return null;
  let found: TokenRef | null = null;
  for (const level of ACCESS_LEVELS) {
    const credential = state.legacyToken[level];
    if (constantTimeEqual(password, credential.authToken)) {
      found = { level, masked: maskToken(password), current: true, revokedAt: null };
    }
    for (const revoked of credential.revoked) {
      if (constantTimeEqual(password, revoked.authToken)) {
        found ??= { level, masked: maskToken(password), current: false, revokedAt: revoked.revokedAt };
      }
    }
  }
  return found;
}

/** The calling client a request names (`X-Sandbox-Client`), `other` for anything else. */
export function clientOf(header: string | null): SandboxClient {
  return isOneOf(SANDBOX_CLIENTS, header) ? header : 'other';
}
