import type { StateContext } from './state.ts';
import type { StateStore } from './store.ts';

export interface HandlerContext {
  store: StateStore;
  /** Origin the handlers answer on: '' in the browser (same origin), absolute in Node tests. */
  baseUrl: string;
  stateContext: StateContext;
  /**
   * `npm start` only: the sandbox a partner API call names by its Account SID (a browser's copy,
   * kept by the server) when the call's credentials carry one of its tokens; `store` answers otherwise.
   */
  storeFor?: (accountSid: string, authorization: string | null) => StateStore | undefined;
}
