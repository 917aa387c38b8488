/**
 * What the sandbox's settings API returns and takes: the shapes the widgets render, shared by
 * the mock backend (mocks/) that produces them and the UI (src/sandbox/) that reads them.
 */
import type { ScenarioName } from './support.ts';

/** The two legacy access levels, in the order the app lists them. */
export const ACCESS_LEVELS = ['readWrite', 'readOnly'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** Partner API versions and their release dates (from the impact.com API changelog). */
export const API_VERSIONS = [
  { version: 11, released: '2018-05-30' },
  { version: 12, released: '2021-08-05' },
  { version: 13, released: '2022-02-01' },
  { version: 14, released: '2022-10-12' },
  { version: 15, released: '2025-03-01' },
  { version: 16, released: '2026-06-01' },
] as const;

export type ApiVersion = (typeof API_VERSIONS)[number]['version'];
type ApiVersionEntry = (typeof API_VERSIONS)[number];

/** Why a saved state was replaced by a fresh one. */
export type RecoveryReason = 'corrupt' | 'outdated';

export interface AccountView {
  sid: string;
  name: string;
  legacyTokensEnabled: boolean;
}

/** The Legacy Account Tokens card and its Overview page. */
export interface TokenCardView {
  name: string;
  createdAt: string;
  apiVersion: ApiVersion;
  /** The current version and every newer one (the drop-down never offers an older one). */
  availableVersions: ApiVersionEntry[];
  upgradeTargets: ApiVersion[];
  accessLevels: Array<{ level: AccessLevel; lastResetAt: string | null }>;
}

export interface CredentialView {
  authToken: string;
  lastResetAt: string | null;
  /** The value this one replaced, so a learner can try it and watch it fail. */
  previousAuthToken: string | null;
}

/** The API Credentials page. */
export interface CredentialsView {
  accountSid: string;
  readWrite: CredentialView;
  readOnly: CredentialView;
}

/** Everything a widget renders, in one response (`GET /api/sandbox` and every mutation). */
export interface SandboxView {
  account: AccountView;
  /** Null until legacy tokens are enabled. */
  legacyToken: TokenCardView | null;
  credentials: CredentialsView | null;
  recovery: { reason: RecoveryReason; at: string } | null;
  /**
   * True while the sandbox has no changes of its own (legacy tokens not enabled, nothing reset,
   * upgraded or created): loading a scenario or a share link then needs no confirmation.
   */
  pristine: boolean;
  /** The newest request-log entry's id (0 when the log is empty): a log view refetches when it grows. */
  lastLogId: number;
  /**
   * The scenario the sandbox is as loaded: null once a change of its own (enable, reset, upgrade,
   * a share link, a sandbox reset) came after the load; partner API calls, however many, are no
   * change. Kept in the saved state, so a reload, another tab and another device on the server's
   * sandbox agree.
   */
  scenario: ScenarioName | null;
}

/** `worker`: this browser's own sandbox; `server`: not a secure context, so `/api` goes to `npm start`'s sandbox. */
export type SandboxBackend = 'worker' | 'server';

/**
 * Where the site's older versions kept the browser's state: the page hands it to the service
 * worker (IndexedDB) once and removes it (mocks/browser.ts).
 */
export const STORAGE_KEY = 'impact-legacy-token-sandbox/state';

/**
 * A returning reader's layout hint (src/sandbox/layout-hint.ts writes it, the <head> script in
 * build/register-worker.mjs reads it before the first paint): the sandbox had legacy tokens.
 */
export const LAYOUT_HINT_KEY = 'impact-sandbox-layout';
export const LAYOUT_HINT_LEGACY_TOKENS = 'legacy-tokens';
