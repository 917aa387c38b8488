/**
 * The one handler set that is the sandbox's backend: used by the browser's service worker,
 * by Node tests (setupServer) and by `npm start`'s HTTP server (getResponse).
 */
import { http } from 'msw';
import { apiError } from '../src/http/respond.ts';
import type { HandlerContext } from './context.ts';
import { partnerApiHandlers } from './partner-api.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { settingsApiHandlers } from './settings-api.ts';
import type { StateContext } from './state.ts';
import type { StateStore } from './store.ts';

/** Real impact.com hosts: the sandbox answers for them itself so nothing ever reaches them. */
export const IMPACT_HOST_PATTERN = /^https?:\/\/([a-z0-9-]+\.)*impact\.com(:\d+)?\//i;

export interface CreateHandlersOptions {
  store: StateStore;
  baseUrl?: string;
  stateContext?: StateContext;
  /** Given by tests that inspect the windows; otherwise one per handler set, on the state's clock. */
  rateLimiter?: RateLimiter;
}

export function createHandlers({ store, baseUrl = '', stateContext = {}, rateLimiter }: CreateHandlersOptions) {
  rateLimiter ??= createRateLimiter(() => (stateContext.now?.() ?? new Date()).getTime());
  const context: HandlerContext = { store, baseUrl, stateContext, rateLimiter };
  return [
    ...settingsApiHandlers(context),
    ...partnerApiHandlers(context),
    http.all(`${baseUrl}/api/*`, ({ request }) =>
      apiError(
        404,
        `Unknown API route ${new URL(request.url).pathname.slice(0, 200)}. Sandbox APIs live under /api/sandbox and /api/Mediapartners/{AccountSID}.`,
      ),
    ),
    http.all(IMPACT_HOST_PATTERN, ({ request }) =>
      apiError(
        421,
        `Blocked by the sandbox: ${new URL(request.url).host} is a real impact.com host and the sandbox never contacts it. Use /api/Mediapartners/… on this site instead.`,
      ),
    ),
  ];
}
