/**
 * Per-client limits of `npm start`'s server, like the partner API's own (a fixed window, 429 with
 * `Retry-After` and `X-RateLimit-*` headers): `?ask=` questions, and new server copies of
 * sandboxes (so no LAN client can push every browser's copy out). A client is its IP address.
 * Memory is bounded: past MAX_CLIENTS the oldest window is forgotten.
 */
import type { IncomingMessage } from 'node:http';

const MINUTE_MS = 60_000;
/** `?ask=` questions per client and minute (ASK_LIMIT_PER_MINUTE overrides it). */
export const ASK_LIMIT_PER_MINUTE = 120;
/** New server copies of sandboxes per client and minute (COPY_LIMIT_PER_MINUTE overrides it). */
export const NEW_COPY_LIMIT_PER_MINUTE = 20;
const MAX_CLIENTS = 10_000;

export interface LimitResult {
  limited: boolean;
  /** For the answer, allowed or not: X-RateLimit-Limit-minute, X-RateLimit-Remaining-minute, RateLimit-Reset. */
  headers: Record<string, string>;
  retryAfterSeconds: number;
}

export interface ClientLimit {
  readonly limit: number;
  /** Counts one request from `client` now. */
  take(client: string): LimitResult;
}

export function createClientLimit({
  limit,
  windowMs = MINUTE_MS,
  maxClients = MAX_CLIENTS,
  now = () => Date.now(),
}: {
  limit: number;
  windowMs?: number;
  maxClients?: number;
  now?: () => number;
}): ClientLimit {
  // Re-inserted only when a window starts, so the front holds the oldest windows.
  const windows = new Map<string, { startedAt: number; used: number }>();
  return {
    limit,
    take(client) {
      const time = now();
      for (const [key, window] of windows) {
        if (time - window.startedAt < windowMs) break;
        windows.delete(key);
      }
      let window = windows.get(client);
      if (!window) {
        window = { startedAt: time, used: 0 };
        windows.set(client, window);
        if (windows.size > maxClients) windows.delete(windows.keys().next().value!);
      }
      window.used += 1;
      const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - time) / 1000));
      return {
        limited: window.used > limit,
        retryAfterSeconds,
        headers: {
          'X-RateLimit-Limit-minute': String(limit),
          'X-RateLimit-Remaining-minute': String(Math.max(limit - window.used, 0)),
          'RateLimit-Reset': String(retryAfterSeconds),
        },
      };
    },
  };
}

/** The client's address, an IPv4 one as such when it came over IPv6 (`::ffff:10.0.0.5`). */
export function clientAddress(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** A positive whole number from the environment, or the default. */
export function limitFromEnv(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}
