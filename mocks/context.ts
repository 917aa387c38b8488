import type { RateLimiter } from './rate-limit.ts';
import type { StateContext } from './state.ts';
import type { StateStore } from './store.ts';

export interface HandlerContext {
  store: StateStore;
  /** Origin the handlers answer on: '' in the browser (same origin), absolute in Node tests. */
  baseUrl: string;
  stateContext: StateContext;
  /** The partner API's hourly windows; the settings API drops a SID's window when it replaces the SID. */
  rateLimiter: RateLimiter;
}
