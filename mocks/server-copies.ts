/**
 * `npm start` only: copies of browsers' sandboxes, kept by Account SID, so that a curl command
 * with a page's SID and token gets exactly what the page gets (the page PUTs its snapshot here
 * after every change). Bounded (the least recently used copy goes past MAX_SERVER_COPIES) and
 * expiring (a copy nobody touched for SERVER_COPY_IDLE_MS is dropped), so memory stays small
 * whatever a client sends. A copy is validated like any saved state.
 *
 * Only the browser that made a copy may replace it: the first PUT brings a random key
 * (`X-Sandbox-Copy-Key`), kept as its SHA-256, and every later PUT or check must bring the same
 * one. A copy is visible only to a caller that holds one of its tokens (current or reset): to
 * anyone else a partner API call is answered as if the copy did not exist (see storeFor).
 */
import { http, type HttpHandler } from 'msw';
import { ACCESS_LEVELS, SERVER_COPY_KEY_HEADER, SERVER_SANDBOXES } from '../src/contract/index.ts';
import { apiError, respond } from '../src/http/respond.ts';
import { constantTimeEqual } from './credentials.ts';
import { parseBasicAuth } from './partner-auth.ts';
import { methodNotAllowed, withBody } from './routing.ts';
import { parseState, type SandboxState } from './state.ts';
import type { StateStore } from './store.ts';

export const MAX_SERVER_COPIES = 500;
export const SERVER_COPY_IDLE_MS = 12 * 60 * 60 * 1000;
/** 32 random bytes in base64url are 43 characters; anything from 32 to 128 of that alphabet is taken. */
const KEY_SYNTAX = /^[A-Za-z0-9_-]{32,128}$/;
/** Compared against when a SID has no copy, so the time taken does not tell whether one exists. */
const NO_TOKENS = ['sandbox~' + '0'.repeat(24), 'sandbox~' + '1'.repeat(24)];

export interface ServerCopies {
  /**
   * The copy for an Account SID, as a store the partner API reads and writes, when the caller's
   * Basic credentials carry one of its tokens (current or reset); touching it keeps it.
   */
  storeFor(accountSid: string, authorization?: string | null): StateStore | undefined;
  /** Keeps a (valid) state as the copy for its Account SID (with the hash of its key). */
  put(state: SandboxState, keyHash?: string): void;
  /** Whether a SID has a copy: `npm start` counts a PUT without one as a new copy (per-client limit). */
  has(accountSid: string): boolean;
  /** `PUT` and `GET /api/sandboxes/{sid}` (and 405 for other methods there). */
  handlers(baseUrl?: string): HttpHandler[];
  readonly size: number;
}

interface Copy {
  state: SandboxState;
  keyHash: string;
  touchedAt: number;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Every current and reset token, each compared in full, so no early exit tells which matched. */
function holdsToken(tokens: string[], password: string): boolean {
  let matched = false;
  for (const token of tokens) matched = constantTimeEqual(password, token) || matched;
  return matched;
}

const tokensOf = (state: SandboxState) =>
  ACCESS_LEVELS.flatMap((level) => {
    const credential = state.legacyToken[level];
    return [credential.authToken, ...credential.revoked.map((revoked) => revoked.authToken)];
  });

export function createServerCopies({
  max = MAX_SERVER_COPIES,
  idleMs = SERVER_COPY_IDLE_MS,
  now = () => Date.now(),
}: { max?: number; idleMs?: number; now?: () => number } = {}): ServerCopies {
  // A Map iterates in insertion order and every touch re-inserts: the front is the least
  // recently used, so expiry and eviction only ever look at the front.
  const copies = new Map<string, Copy>();

  const dropIdle = (time: number) => {
    for (const [sid, copy] of copies) {
      if (time - copy.touchedAt < idleMs) break;
      copies.delete(sid);
    }
  };

  const keep = (sid: string, state: SandboxState, keyHash: string) => {
    const time = now();
    copies.delete(sid);
    copies.set(sid, { state, keyHash, touchedAt: time });
    dropIdle(time);
    while (copies.size > max) copies.delete(copies.keys().next().value!);
  };

  const current = (sid: string) => {
    dropIdle(now());
    return copies.get(sid);
  };

  /** The copy when the request's key is the one it was made with (compared in constant time). */
  const ownedCopy = async (sid: string, request: Request) => {
    const key = request.headers.get(SERVER_COPY_KEY_HEADER) ?? '';
    const keyHash = await sha256Hex(key);
    const copy = current(sid);
    const owned = copy !== undefined && constantTimeEqual(keyHash, copy.keyHash);
    return { key, keyHash, copy, owned };
  };

  const expiry = () => new Date(now() + idleMs).toISOString();
  const noCopy = () =>
    apiError(404, 'This server keeps no copy of this sandbox for the key sent: PUT the snapshot to make one.');

  return {
    put: (state, keyHash = '') => keep(state.accountSid, state, keyHash),
    has: (accountSid) => current(accountSid) !== undefined,
    storeFor(accountSid, authorization = null) {
      const copy = current(accountSid);
      const credentials = parseBasicAuth(authorization);
      const password = 'password' in credentials ? credentials.password : '';
      if (!holdsToken(copy ? tokensOf(copy.state) : NO_TOKENS, password) || !copy) return undefined;
      keep(accountSid, copy.state, copy.keyHash);
      return {
        read: () => copies.get(accountSid)?.state ?? copy.state,
        write: (next) => keep(accountSid, next, copy.keyHash),
      };
    },
    handlers(baseUrl = '') {
      const path = `${baseUrl}${SERVER_SANDBOXES}/:accountSid`;
      const replace = http.put(
        path,
        withBody(async ({ params, body, request }) => {
          const sid = String(params.accountSid);
          const { key, keyHash, copy, owned } = await ownedCopy(sid, request);
          if (!KEY_SYNTAX.test(key)) {
            return apiError(
              400,
              `Send the browser's key for this copy in ${SERVER_COPY_KEY_HEADER} (32–128 letters, digits, "-" or "_"); nothing was kept.`,
              { errors: [{ Field: SERVER_COPY_KEY_HEADER, Message: 'missing or malformed' }] },
            );
          }
          if (copy && !owned) {
            return apiError(403, 'Another browser made the copy of this sandbox; only it may replace it.');
          }
          if (!body.ok) return apiError(body.status, body.message);
          const parsed = parseState(body.value);
          if (!parsed.ok) {
            return apiError(400, 'The copy is not a valid sandbox state; nothing was kept.', {
              errors: parsed.problems.slice(0, 20).map((problem) => ({ Field: 'snapshot', Message: problem })),
            });
          }
          if (parsed.state.accountSid !== sid) {
            return apiError(400, "The Account SID in the path is not the copy's own; nothing was kept.", {
              errors: [{ Field: 'accountSid', Message: 'must equal the SID in the path' }],
            });
          }
          keep(sid, { ...parsed.state, recovery: null }, keyHash);
          return respond({ accountSid: sid, expiresAt: expiry() }, { status: copy ? 200 : 201 });
        }),
      );
      // The page's cheap check that its copy is still here (after a restart it is not): the same
      // 404 whether there is no copy or another browser's, and it renews the copy's 12 hours.
      const check = http.get(path, async ({ params, request }) => {
        const sid = String(params.accountSid);
        const { copy, owned } = await ownedCopy(sid, request);
        if (!copy || !owned) return noCopy();
        keep(sid, copy.state, copy.keyHash);
        return respond({ accountSid: sid, expiresAt: expiry() });
      });
      return [
        replace,
        check,
        ...methodNotAllowed(
          [replace, check],
          (allow) =>
            ({ request }) =>
              apiError(405, `${request.method} is not allowed here; use ${allow.join(', ')}.`, {
                headers: { Allow: allow.join(', ') },
              }),
        ),
      ];
    },
    get size() {
      dropIdle(now());
      return copies.size;
    },
  };
}
