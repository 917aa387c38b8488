/**
 * Runs the real handler set in Node through MSW's setupServer, against an in-memory store
 * with deterministic randomness and clock, so every test starts from a known state.
 */
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createHandlers, createServerCopies } from '../../mocks/handlers.ts';
import { createInitialState, enableLegacyTokens, type SandboxState, type StateContext } from '../../mocks/state.ts';
import { SERVER_COPY_KEY_HEADER } from '../../src/contract/index.ts';
import { createMemoryStore, type StateStore } from '../../mocks/store.ts';

export const ORIGIN = 'http://sandbox.test';

/** A seeded xorshift generator: the same seed always yields the same credentials. */
export function seededRandomBytes(seed = 42): StateContext['randomBytes'] {
  let x = seed >>> 0 || 1;
  return (length) => {
    const bytes = new Uint8Array(length);
    for (let index = 0; index < length; index++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[index] = x & 0xff;
    }
    return bytes;
  };
}

export function fixedClock(start = '2026-11-28T09:00:00.000Z') {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
}

export interface Sandbox {
  store: StateStore;
  clock: ReturnType<typeof fixedClock>;
  /** The randomness and clock the handlers use, for calling state.ts transitions directly. */
  context: StateContext;
  /** The installed handler set, for MSW's getResponse (requests fetch cannot intercept). */
  handlers: ReturnType<typeof createHandlers>;
  /** Replaces the state; handlers read the store on every request. */
  load(state: SandboxState): void;
  initial(): SandboxState;
  enabled(): SandboxState;
}

/**
 * Installs the handlers for the file's tests; call at module level. Before each test the
 * randomness, the clock, the state and the handlers (with their rate-limit windows) start
 * afresh, so a test's credentials do not depend on which tests ran before it.
 */
export function useSandbox(): Sandbox {
  let clock = fixedClock();
  const stateContext: StateContext = {};
  const restart = () => {
    clock = fixedClock();
    stateContext.randomBytes = seededRandomBytes();
    stateContext.now = () => clock.now();
  };
  restart();
  const store = createMemoryStore(createInitialState(stateContext), stateContext);
  let handlers = createHandlers({ store, baseUrl: ORIGIN, stateContext });
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => {
    restart();
    store.write(createInitialState(stateContext));
    handlers = createHandlers({ store, baseUrl: ORIGIN, stateContext });
    server.resetHandlers(...handlers);
  });
  afterAll(() => server.close());
  return {
    store,
    get clock() {
      return clock;
    },
    context: stateContext,
    get handlers() {
      return handlers;
    },
    load: (state) => store.write(state),
    initial: () => createInitialState(stateContext),
    enabled: () => enableLegacyTokens(createInitialState(stateContext)),
  };
}

export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

export function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${ORIGIN}${path}`, init);
}

/** Undoes XML escaping (named and numeric character references), independently of src/http/xml.ts. */
function decodeXmlText(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The decoded text of every `<tag>…</tag>` element in an XML document (leaf elements only). */
export function xmlElementTexts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((match) =>
    decodeXmlText(match[1] ?? ''),
  );
}

/**
 * The account's data: the state without the request log and the hourly window, which every
 * partner API call updates, answered or refused.
 */
export function sandboxData(state: SandboxState): Omit<SandboxState, 'log' | 'nextLogId' | 'rateLimit'> {
  const { log: _log, nextLogId: _nextLogId, rateLimit: _rateLimit, ...data } = state;
  return data;
}

/**
 * A backend that keeps the server's copies of browsers' sandboxes (as `npm start` does), called
 * through getResponse, and a browser's sandbox with legacy tokens enabled to copy there.
 */
export function serverCopyBackend() {
  const clock = fixedClock();
  const stateContext = { randomBytes: seededRandomBytes(), now: () => clock.now() };
  const sandboxes = createServerCopies();
  const handlers = createHandlers({
    store: createMemoryStore(undefined, stateContext),
    baseUrl: ORIGIN,
    stateContext,
    serverCopies: sandboxes,
  });
  const call = async (path: string, init: RequestInit = {}) =>
    (await getResponse(handlers, new Request(`${ORIGIN}${path}`, init)))!;
  const browsers = enableLegacyTokens(createInitialState({ randomBytes: seededRandomBytes(7) }));
  /** PUT a copy, with the browser's key when given. */
  const putCopy = (body: unknown, key?: string, sid = browsers.accountSid) =>
    call(`/api/sandboxes/${sid}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...(key ? { [SERVER_COPY_KEY_HEADER]: key } : {}) },
      body: JSON.stringify(body),
    });
  return { sandboxes, call, browsers, putCopy, stateContext };
}
