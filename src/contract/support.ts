/**
 * What support staff demonstrate with: named starting states (scenarios), the request log and
 * timeline, share links, and the server-side copy of a browser's sandbox that makes the
 * try-request panel's curl command answer exactly as the page does.
 */
import { isOneOf } from './one-of.ts';
import { SETTINGS_API } from './routes.ts';
import type { AccessLevel, ApiVersion } from './sandbox.ts';

/** Named starting states: `?scenario=NAME`, the console's picker, tests and `<Sandbox scenario=…>`. */
export const SCENARIOS = [
  'new',
  'enabled',
  'after-read-write-reset',
  'after-read-only-reset',
  'upgraded',
  'rate-limited',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export function isScenarioName(value: unknown): value is ScenarioName {
  return isOneOf(SCENARIOS, value);
}

/** Why a partner API request got its status: the widgets explain it in the page's language. */
export const REASON_CODES = [
  'ok',
  'missing-credentials',
  'malformed-credentials',
  'unknown-account',
  'tokens-not-enabled',
  'revoked-token',
  'invalid-token',
  'account-mismatch',
  'rate-limited',
  'unknown-version',
  'unknown-resource',
  'not-found',
  'method-not-allowed',
  'read-only-token',
  'invalid-fields',
  'bad-body',
  'body-too-large',
  'unsupported-media-type',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Sandbox-only headers (the real API has neither): the reason on every partner API response,
 * and, on a request, which sandbox client made it (for the request log).
 */
export const REASON_HEADER = 'X-Sandbox-Reason';
export const CLIENT_HEADER = 'X-Sandbox-Client';
/**
 * On the site's worker's answers: the saved revision of the state the answer reflects, the number
 * its change notices carry, so a tab can tell a notice of the state it already shows.
 */
export const REVISION_HEADER = 'X-Sandbox-Revision';
export const SANDBOX_CLIENTS = ['try-request', 'integration'] as const;
/** `other`: anything that sent no (or an unknown) client header — curl, a script. */
export type SandboxClient = (typeof SANDBOX_CLIENTS)[number] | 'other';

/** What a request's password was: which level, masked, and whether it was still current. */
export interface TokenRef {
  level: AccessLevel;
  masked: string;
  current: boolean;
  /** When it was replaced by a reset (null while current). */
  revokedAt: string | null;
}

/** Changes to the sandbox itself, in the timeline with the requests. */
export const SANDBOX_ACTIONS = ['enable', 'reset-token', 'upgrade', 'scenario', 'share-link', 'sandbox-reset'] as const;
export type SandboxAction = (typeof SANDBOX_ACTIONS)[number];

export interface ActionLogEntry {
  id: number;
  at: string;
  kind: 'action';
  action: SandboxAction;
  /** For a reset. */
  level?: AccessLevel;
  /** For an upgrade: the version it moved to. */
  version?: ApiVersion;
  /** For a scenario load. */
  scenario?: ScenarioName;
}

export interface RequestLogEntry {
  id: number;
  at: string;
  kind: 'request';
  client: SandboxClient;
  method: string;
  /** The partner API path after `/api`, e.g. `/Mediapartners/IRSANDBOX…1/Campaigns.json`. */
  path: string;
  /** Null when the request carried no password the sandbox knows. */
  token: TokenRef | null;
  status: number;
  reason: ReasonCode;
}

export type LogEntry = ActionLogEntry | RequestLogEntry;

/** The log keeps the newest entries only, so the saved state (and a share link) stays small. */
export const MAX_LOG_ENTRIES = 100;

/** A share link's whole URL stays under this many characters. */
export const MAX_SHARE_LINK_CHARS = 2000;

/** The fragment parameter a share link carries the sandbox in (never sent to a server). */
export const SHARE_FRAGMENT_KEY = 'sandbox';

export const SUPPORT_ROUTES = {
  /** POST `{ "name": ScenarioName }`: 200 view; 400 (with the names) for an unknown one. */
  scenario: `${SETTINGS_API}/scenario`,
  /** GET → `{ entries: LogEntry[] }` (oldest first); DELETE clears it → `{ entries: [] }`. */
  log: `${SETTINGS_API}/log`,
  /** GET → the state in the compact form a share link carries; PUT that form → 200 view, 400 if invalid. */
  share: `${SETTINGS_API}/share`,
} as const;

/**
 * `npm start` only: PUT a full snapshot (GET /api/sandbox/snapshot) to keep a copy of a
 * browser's sandbox on the server, keyed by its Account SID, so that a curl command with that
 * SID and token gets what the page gets. Bounded and expiring; the README says how.
 */
export const SERVER_SANDBOXES = '/api/sandboxes';
/** The browser's key for its server copy: only the browser that made a copy may replace it. */
export const SERVER_COPY_KEY_HEADER = 'X-Sandbox-Copy-Key';
/** Where the server keeps a browser's copy: `/api/sandboxes/{AccountSID}`. */
export function serverCopyRoute(accountSid: string): string {
  return `${SERVER_SANDBOXES}/${encodeURIComponent(accountSid)}`;
}
