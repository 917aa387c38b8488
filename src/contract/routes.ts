/** Every URL both sides of the sandbox agree on: the APIs, the site's worker and the ask index. */
import type { AccessLevel } from './sandbox.ts';

/** The settings API behind the simulated app (JSON). */
export const SETTINGS_API = '/api/sandbox';

export const SETTINGS_ROUTES = {
  view: SETTINGS_API,
  reset: `${SETTINGS_API}/reset`,
  snapshot: `${SETTINGS_API}/snapshot`,
  recovery: `${SETTINGS_API}/recovery`,
  account: `${SETTINGS_API}/account`,
  legacyTokens: `${SETTINGS_API}/legacy-tokens`,
  credentials: `${SETTINGS_API}/legacy-tokens/credentials`,
  resetReadWrite: `${SETTINGS_API}/legacy-tokens/read-write/reset`,
  resetReadOnly: `${SETTINGS_API}/legacy-tokens/read-only/reset`,
  apiVersion: `${SETTINGS_API}/legacy-tokens/api-version`,
} as const;

export function resetTokenRoute(level: AccessLevel): string {
  return level === 'readWrite' ? SETTINGS_ROUTES.resetReadWrite : SETTINGS_ROUTES.resetReadOnly;
}

/** The sandbox's stand-in for `https://api.impact.com/Mediapartners/…`. */
export const PARTNER_API = '/api/Mediapartners';

/** The real API the stand-in mirrors: only ever shown, never requested. */
export const REAL_PARTNER_API = 'https://api.impact.com/Mediapartners';

/** `/api/Mediapartners/{AccountSID}/{resource}` (resource may carry `.json`). */
export function partnerApiPath(accountSid: string, resource: string): string {
  return `${PARTNER_API}/${encodeURIComponent(accountSid)}/${resource}`;
}

/** The resources the partner API stand-in serves (ids are examples the sandbox data holds). */
export const PARTNER_RESOURCES = [
  'Campaigns',
  'Campaigns/12001',
  'Actions',
  'ActionInquiries',
  'ActionInquiries/1001',
] as const;

/**
 * The site's one service worker: the sandbox backend (the shared handlers over IndexedDB) plus
 * the `?ask=` lookups.
 * At the site root, because a worker's scope cannot reach above its own folder.
 */
export const SERVICE_WORKER_URL = '/sandbox-sw.js';
/**
 * The options every registration of it passes (the <head> script's, build/register-worker.mjs, and
 * src/site-worker.ts's): others than the registration's own would start an update.
 */
export const SERVICE_WORKER_OPTIONS = { updateViaCache: 'none' } as const satisfies RegistrationOptions;
/** The worker's ask engine, a classic script it loads at the first question (built beside it). */
export const SERVICE_WORKER_ASK_URL = '/sandbox-sw-ask.js';

/** The static index the `?ask=` lookups load on the first question. */
export const ASK_INDEX_URL = '/ask-index.json';
