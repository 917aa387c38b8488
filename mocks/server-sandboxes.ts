/**
 * `npm start` only: copies of browsers' sandboxes, kept by Account SID, so that a curl command
 * with a page's SID and token gets exactly what the page gets (the page PUTs its snapshot here
 * after every change). Bounded (the least recently used copy goes past MAX_SERVER_SANDBOXES) and
 * expiring (a copy nobody touched for SERVER_SANDBOX_IDLE_MS is dropped), so memory stays small
 * whatever a client sends. A copy is validated like any saved state.
 */
import { http, type HttpHandler } from 'msw';
import { SERVER_SANDBOXES } from '../src/contract/index.ts';
import { apiError, respond } from '../src/http/respond.ts';
import { methodNotAllowed, withBody } from './routing.ts';
import { parseState, type SandboxState } from './state.ts';
import type { StateStore } from './store.ts';

export const MAX_SERVER_SANDBOXES = 500;
export const SERVER_SANDBOX_IDLE_MS = 12 * 60 * 60 * 1000;

export interface ServerSandboxes {
  /** The copy for an Account SID, as a store the partner API reads and writes; touching it keeps it. */
  storeFor(accountSid: string): StateStore | undefined;
  /** Keeps a (valid) state as the copy for its Account SID. */
  put(state: SandboxState): void;
  /** `PUT /api/sandboxes/{sid}` (and 405 for other methods there). */
  handlers(baseUrl?: string): HttpHandler[];
  readonly size: number;
}

export function createServerSandboxes({
  max = MAX_SERVER_SANDBOXES,
  idleMs = SERVER_SANDBOX_IDLE_MS,
  now = () => Date.now(),
}: { max?: number; idleMs?: number; now?: () => number } = {}): ServerSandboxes {
  // A Map iterates in insertion order and every touch re-inserts: the front is the least
  // recently used, so expiry and eviction only ever look at the front.
  const copies = new Map<string, { state: SandboxState; touchedAt: number }>();

  const dropIdle = (time: number) => {
    for (const [sid, copy] of copies) {
      if (time - copy.touchedAt < idleMs) break;
      copies.delete(sid);
    }
  };

  const keep = (sid: string, state: SandboxState) => {
    const time = now();
    copies.delete(sid);
    copies.set(sid, { state, touchedAt: time });
    dropIdle(time);
    while (copies.size > max) copies.delete(copies.keys().next().value!);
  };

  return {
    put: (state) => keep(state.accountSid, state),
    storeFor(accountSid) {
      dropIdle(now());
      const copy = copies.get(accountSid);
      if (!copy) return undefined;
      keep(accountSid, copy.state);
      return {
        read: () => copies.get(accountSid)?.state ?? copy.state,
        write: (next) => keep(accountSid, next),
      };
    },
    handlers(baseUrl = '') {
      const route = http.put(
        `${baseUrl}${SERVER_SANDBOXES}/:accountSid`,
        withBody(({ params, body }) => {
          if (!body.ok) return apiError(body.status, body.message);
          const parsed = parseState(body.value);
          if (!parsed.ok) {
            return apiError(400, 'The copy is not a valid sandbox state; nothing was kept.', {
              errors: parsed.problems.slice(0, 20).map((problem) => ({ Field: 'snapshot', Message: problem })),
            });
          }
          const sid = String(params.accountSid);
          if (parsed.state.accountSid !== sid) {
            return apiError(400, "The Account SID in the path is not the copy's own; nothing was kept.", {
              errors: [{ Field: 'accountSid', Message: 'must equal the SID in the path' }],
            });
          }
          keep(sid, { ...parsed.state, recovery: null });
          return respond({ accountSid: sid, expiresAt: new Date(now() + idleMs).toISOString() });
        }),
      );
      return [
        route,
        ...methodNotAllowed(
          [route],
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
