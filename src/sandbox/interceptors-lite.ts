/**
 * Stand-ins for three of `@mswjs/interceptors`' entry points, in the browser bundle only (listed
 * in build/browser-aliases.mjs). MSW's `setupWorker` always installs a WebSocket interceptor
 * (this site opens no WebSocket), and builds fetch and XMLHttpRequest interceptors only for its
 * fallback mode, when the browser has no service worker — a path the sandbox never takes (it
 * uses the server's sandbox then, mocks/browser.ts). Each stand-in is an interceptor whose
 * environment check fails, the library's own way of staying inactive: `apply()` returns without
 * patching anything.
 */
import { Interceptor } from '@mswjs/interceptors';

abstract class InactiveInterceptor extends Interceptor<Record<string, never>> {
  protected predicate(): boolean {
    return false;
  }

  protected setup(): void {}
}

export class WebSocketInterceptor extends InactiveInterceptor {
  static override readonly symbol = Symbol('sandbox-inactive-websocket-interceptor');
}

export class FetchInterceptor extends InactiveInterceptor {
  static override readonly symbol = Symbol('sandbox-inactive-fetch-interceptor');
}

export class XMLHttpRequestInterceptor extends InactiveInterceptor {
  static override readonly symbol = Symbol('sandbox-inactive-xhr-interceptor');
}

/**
 * What MSW's `ws` handlers import from the WebSocket entry. The sandbox registers no `ws`
 * handler, so none of these is ever made; if one were, it says why it cannot work.
 */
class WebSocketUnavailable {
  constructor() {
    throw new Error('The sandbox mocks no WebSocket: @mswjs/interceptors/WebSocket is a stand-in here.');
  }
}
export class WebSocketClientConnection extends WebSocketUnavailable {}
export class WebSocketServerConnection extends WebSocketUnavailable {}
export class WebSocketExtension extends WebSocketUnavailable {}
