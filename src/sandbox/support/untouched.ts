/**
 * Whether the sandbox has changes of the reader's own. A pristine sandbox has none; nor has one a
 * scenario loaded and nobody changed since: loading another scenario over it needs no confirm.
 * What the scenario left is kept as a digest of its view (account, token card, credentials: not
 * the log, which the integration's calls keep growing), in localStorage so it holds across
 * reloads and tabs; a digest, so no token is written out in a second place.
 */
import type { SandboxView } from '../../contract/index.ts';

const LOADED_KEY = 'impact-legacy-token-sandbox/scenario-as-loaded';

/**
 * What the sandbox is, in a few characters: the account, token card and credentials (not the
 * log). Equal digests, the same sandbox; a notice said about one is stale on another.
 */
export function sandboxDigest(view: SandboxView): string {
  return digestOf([view.account, view.legacyToken, view.credentials], view.account.sid);
}

/** The tokens alone: an answer to a request sent with other tokens predates a change to them. */
export function tokensDigest(view: SandboxView | null): string {
  return digestOf(view?.credentials ?? null, view?.account.sid ?? '');
}

function digestOf(value: unknown, sid: string): string {
  const text = JSON.stringify(value);
  // FNV-1a, 32 bits: enough to tell "as the scenario left it" from "changed since".
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${sid}:${hash.toString(36)}`;
}

/** Remembers the sandbox a scenario has just made. */
export function rememberScenarioAsLoaded(view: SandboxView | null): void {
  if (!view) return;
  try {
    localStorage.setItem(LOADED_KEY, sandboxDigest(view));
  } catch {
    // Storage refused (a private window): the next scenario simply asks first.
  }
}

/** No changes of the reader's own: pristine, or just as a scenario left it. */
export function isUntouched(view: SandboxView | null): boolean {
  if (!view) return false;
  if (view.pristine) return true;
  try {
    return localStorage.getItem(LOADED_KEY) === sandboxDigest(view);
  } catch {
    return false;
  }
}
