/**
 * The part of MSW the site's service worker uses, for that bundle only (astro.config.mjs aliases
 * `msw` to this file there; Node, `npm start` and the tests keep the real MSW). The handler set
 * (mocks/) is written with `http.<method>(path, resolver)` and answered with `getResponse`; here
 * those run directly: each handler whose method and URL match, in order, gets
 * `{ request, params }`, and the first Response it returns (or throws) is the answer, as in MSW's
 * own `executeHandlers`. URLs are matched by MSW's own matcher (`@msw/url`), after the same
 * normalisation MSW applies (tests/unit/msw-direct.test.ts runs the handler set through both and
 * compares). What this leaves out is what the sandbox never uses and what made up most of the
 * worker: MSW's request interceptors, cookie jar, logging, generator resolvers and `once`.
 */
import { matchPattern } from '@msw/url';
import type { DefaultBodyType, HttpResponseResolver, PathParams, RequestHandlerOptions } from 'msw';

type Method = string | RegExp;
type Path = string | RegExp;

interface ResolverArgs {
  request: Request;
  params: PathParams;
  cookies: Record<string, string>;
  requestId: string;
}

type DirectResolver = (args: ResolverArgs) => unknown;

export class HttpHandler {
  readonly info: { header: string; path: Path; method: Method };
  readonly resolver: DirectResolver;

  constructor(method: Method, path: Path, resolver: DirectResolver) {
    this.info = { header: `${String(method)} ${String(path)}`, path, method };
    this.resolver = resolver;
  }

  /** `{ matches, params }` for a request, as MSW's `matchRequestUrl` decides it. */
  match(request: Request, baseUrl?: string): { matches: boolean; params: PathParams } {
    const { method, path } = this.info;
    const methodMatches =
      method instanceof RegExp ? method.test(request.method) : method.toLowerCase() === request.method.toLowerCase();
    if (!methodMatches || request.method.toUpperCase() === 'CONNECT') return { matches: false, params: {} };
    const url = new URL(request.url);
    const cleanUrl = url.origin + url.pathname;
    if (path instanceof RegExp) {
      const found = path.flags.includes('g') ? [...cleanUrl.matchAll(path)].flat() : cleanUrl.match(path);
      return {
        matches: found != null && found.length > 0,
        params: Object.fromEntries((found ?? []).slice(1).map((value, index) => [index, value])),
      };
    }
    return matchPattern(normalizePath(path, baseUrl), cleanUrl) as { matches: boolean; params: PathParams };
  }
}

/** MSW's `normalizePath`: a relative path is rebased on the base URL, query and fragment dropped. */
function normalizePath(path: string, baseUrl?: string): string {
  const absolute = /^([a-z][a-z\d+\-.]*:)?\/\//i.test(path) || path.startsWith('*');
  const origin = baseUrl || (typeof location !== 'undefined' && location.href);
  const full = absolute || !origin ? path : decodeURI(new URL(encodeURI(path), origin).href);
  return full.endsWith('?') ? full : full.replace(/[?|#].*$/g, '');
}

type Factory = <Params extends PathParams<keyof Params> = PathParams>(
  path: Path,
  resolver: HttpResponseResolver<Params, DefaultBodyType, DefaultBodyType>,
  options?: RequestHandlerOptions,
) => HttpHandler;

const handlerFor =
  (method: Method): Factory =>
  (path, resolver) =>
    new HttpHandler(method, path, resolver as unknown as DirectResolver);

export const http = {
  all: handlerFor(/.+/),
  head: handlerFor('HEAD'),
  get: handlerFor('GET'),
  post: handlerFor('POST'),
  put: handlerFor('PUT'),
  delete: handlerFor('DELETE'),
  patch: handlerFor('PATCH'),
  options: handlerFor('OPTIONS'),
};

/** The first matching handler's Response, or undefined when none gives one (MSW's `getResponse`). */
export async function getResponse(
  handlers: readonly HttpHandler[],
  request: Request,
  context: { baseUrl?: string; quiet?: boolean } = {},
): Promise<Response | undefined> {
  const requestId = Math.random().toString(16).slice(2);
  for (const handler of handlers) {
    const { matches, params } = handler.match(request, context.baseUrl);
    if (!matches) continue;
    const response = await Promise.resolve()
      .then(() => handler.resolver({ request, params, cookies: {}, requestId }))
      .catch((thrown: unknown) => {
        if (thrown instanceof Response) return thrown;
        throw thrown;
      });
    if (response instanceof Response) return response;
  }
  return undefined;
}
