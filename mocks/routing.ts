/**
 * What both APIs' route lists share: the resolver shape, the body-reading wrapper, and the 405
 * answers derived from the registered handlers. MSW tries handlers in order and moves on when a
 * resolver returns nothing (https://mswjs.io/docs/defaults, "Handler fallthrough"), so each
 * API lists one `http.<method>(path)` per route, then one `http.all(path)` per path for the
 * methods it does not take, then its catch-all 404.
 */
import { http, type HttpHandler, type PathParams } from 'msw';
import { readBody, type BodyResult } from './request-body.ts';

export interface RouteArgs {
  request: Request;
  params: PathParams;
}

/** Returning undefined hands the request to the next handler that matches it. */
export type Resolver<Args = RouteArgs> = (args: Args) => Response | undefined | Promise<Response | undefined>;

export type BodyArgs = RouteArgs & { body: BodyResult };

/**
 * Reads the body before anything reads the state: the resolver then reads and writes the state
 * with no await between, so a change made meanwhile (another tab, another client) is never undone.
 */
export function withBody<Args extends RouteArgs>(resolve: Resolver<Args & BodyArgs>): Resolver<Args> {
  return async (args) => resolve({ ...args, body: await readBody(args.request) });
}

/** Each registered path with the methods its handlers take, in registration order. */
export function methodsByPath(handlers: readonly HttpHandler[]): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  for (const { info } of handlers) {
    const path = String(info.path);
    paths.set(path, [...(paths.get(path) ?? []), String(info.method)]);
  }
  return paths;
}

/**
 * One `http.all` per registered path: a method none of that path's handlers took gets the
 * answer `refuse` builds from the path's own methods (for the `Allow` header).
 */
export function methodNotAllowed(
  handlers: readonly HttpHandler[],
  refuse: (allow: string[], path: string) => Resolver,
): HttpHandler[] {
  return [...methodsByPath(handlers)].map(([path, allow]) => http.all(path, refuse(allow, path)));
}
