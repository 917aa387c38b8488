/**
 * The partner API's hourly limit: a fixed window per Account SID. Memory stays bounded: a
 * window leaves when its hour is over, a sandbox reset or snapshot load forgets the SID it
 * replaced, and past MAX_TRACKED_ACCOUNTS the oldest window is dropped.
 */
import { RATE_LIMIT_PER_HOUR } from '../src/contract/index.ts';

export const HOUR_MS = 60 * 60 * 1000;
/** A sandbox has one Account SID at a time; this only matters against a client minting SIDs. */
export const MAX_TRACKED_ACCOUNTS = 1000;

export interface RateLimitResult {
  limited: boolean;
  headers: Record<string, string>;
  resetSeconds: number;
}

export interface RateLimiter {
  /** Counts one call for the account and says whether it is over the limit. */
  take(accountSid: string): RateLimitResult;
  /** Drops the account's window (the sandbox moved to another SID). */
  forget(accountSid: string): void;
  /** How many windows are kept. */
  readonly size: number;
}

export function createRateLimiter(now: () => number, maxAccounts = MAX_TRACKED_ACCOUNTS): RateLimiter {
  // A Map iterates in insertion order and a new window is always inserted afresh, so the
  // first entries are the oldest windows: expiry and eviction only ever look at the front.
  const windows = new Map<string, { startedAt: number; used: number }>();

  const dropExpired = (time: number) => {
    for (const [accountSid, window] of windows) {
      if (time - window.startedAt < HOUR_MS) break;
      windows.delete(accountSid);
    }
  };

  return {
    take(accountSid) {
      const time = now();
      dropExpired(time);
      let window = windows.get(accountSid);
      if (!window || time - window.startedAt >= HOUR_MS) {
        windows.delete(accountSid);
        window = { startedAt: time, used: 0 };
        windows.set(accountSid, window);
        if (windows.size > maxAccounts) windows.delete(windows.keys().next().value!);
      }
      window.used += 1;
      const resetSeconds = Math.ceil((window.startedAt + HOUR_MS - time) / 1000);
      const headers: Record<string, string> = {
        'X-RateLimit-Limit-hour': String(RATE_LIMIT_PER_HOUR),
        'X-RateLimit-Remaining-hour': String(Math.max(RATE_LIMIT_PER_HOUR - window.used, 0)),
        'RateLimit-Reset': String(resetSeconds),
      };
      return { limited: window.used > RATE_LIMIT_PER_HOUR, headers, resetSeconds };
    },
    forget(accountSid) {
      windows.delete(accountSid);
    },
    get size() {
      return windows.size;
    },
  };
}
