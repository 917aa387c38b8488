/**
 * The partner API's hourly limit for "everything else" (1,000 calls): a fixed window kept in the
 * sandbox's own state, so it survives a reload, is one across tabs, and a scenario can start
 * with it used up. Memory needs no bound of its own: each sandbox carries one window.
 */
import { RATE_LIMIT_PER_HOUR } from '../src/contract/index.ts';
import type { SandboxState } from './state.ts';

export const HOUR_MS = 60 * 60 * 1000;

export interface RateLimitResult {
  /** The state with this call counted (a call over the limit counts too, as the real API's do). */
  state: SandboxState;
  limited: boolean;
  headers: Record<string, string>;
  resetSeconds: number;
}

/** Counts one call at `now`: a window older than an hour starts afresh. */
export function countCall(state: SandboxState, now: Date): RateLimitResult {
  const time = now.getTime();
  const startedAt = state.rateLimit.windowStartedAt ? Date.parse(state.rateLimit.windowStartedAt) : NaN;
  // A window from the future (a clock that moved back, a hand-made state) also starts afresh.
  const current = Number.isFinite(startedAt) && time - startedAt < HOUR_MS && startedAt <= time;
  const windowStart = current ? startedAt : time;
  const used = (current ? state.rateLimit.used : 0) + 1;
  const resetSeconds = Math.max(1, Math.ceil((windowStart + HOUR_MS - time) / 1000));
  return {
    state: { ...state, rateLimit: { windowStartedAt: new Date(windowStart).toISOString(), used } },
    limited: used > RATE_LIMIT_PER_HOUR,
    resetSeconds,
    headers: {
      'X-RateLimit-Limit-hour': String(RATE_LIMIT_PER_HOUR),
      'X-RateLimit-Remaining-hour': String(Math.max(RATE_LIMIT_PER_HOUR - used, 0)),
      'RateLimit-Reset': String(resetSeconds),
    },
  };
}
