/**
 * The one handler set that is the sandbox's backend: used by the browser's service worker,
 * by Node tests (setupServer) and by `npm start`'s HTTP server (getResponse).
 */
import { http } from 'msw';
import { apiError } from '../src/http/respond.ts';
import type { HandlerContext } from './context.ts';
import { partnerApiHandlers } from './partner-api.ts';
import { settingsApiHandlers } from './settings-api.ts';
import type { StateContext } from './state.ts';
import type { ServerCopies } from './server-copies.ts';
import type { StateStore } from './store.ts';

export { createServerCopies } from './server-copies.ts';

/** Real impact.com hosts: the sandbox answers for them itself so nothing ever reaches them. */
export const IMPACT_HOST_PATTERN = /^https?:\/\/([a-z0-9-]+\.)*impact\.com(:\d+)?\//i;

export interface CreateHandlersOptions {
  store: StateStore;
  baseUrl?: string;
  stateContext?: StateContext;
  /** `npm start`: copies of browsers' sandboxes, by Account SID, which the partner API answers from. */
  serverCopies?: ServerCopies;
}

export function createHandlers({ store, baseUrl = '', stateContext = {}, serverCopies }: CreateHandlersOptions) {
  const context: HandlerContext = { store, baseUrl, stateContext, storeFor: serverCopies?.storeFor };
  return [
    // Before the settings API, whose catch-all `/api/sandbox*` would also match `/api/sandboxes`.
    ...(serverCopies?.handlers(baseUrl) ?? []),
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
