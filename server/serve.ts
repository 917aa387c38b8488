/**
 * `npm start`: serves the built site and, on the same origin, the sandbox backend (the same
 * MSW handlers the browser's service worker uses) with its own in-memory sandbox, so curl can
 * run the whole flow too. Binds 127.0.0.1 unless HOST says otherwise; PORT overrides 4321.
 * Checks (hosts, origins, methods) and headers: security.ts; start and stop: lifecycle.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Stream } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { createHandlers, createServerCopies } from '../mocks/handlers.ts';
import { askReply, createAskHandler, isAskRequest, wantsJson } from '../src/ask/http.ts';
import type { AskIndexData } from '../src/ask/types.ts';
import { ASK_INDEX_URL, BODY_TOO_LARGE_MESSAGE, type Locale } from '../src/contract/index.ts';
import { isMcpPath } from '../src/contract/mcp.ts';
import { apiError, respond } from '../src/http/respond.ts';
import { createMemoryStore } from '../mocks/store.ts';
import { localeOfMissingPage, notFoundPath, REDIRECTS } from '../src/site.ts';
import {
  ASK_LIMIT_PER_MINUTE,
  clientAddress,
  createClientLimit,
  limitFromEnv,
  NEW_COPY_LIMIT_PER_MINUTE,
  type LimitResult,
} from './client-limits.ts';
import { createClientErrorHandler, refuseConnect } from './client-error.ts';
import { listen } from './lifecycle.ts';
import { sendFetchResponse, toFetchRequest, toHeaders } from './node-fetch.ts';
import { createStaticFiles } from './static-files.ts';
import {
  API_ALLOW,
  API_METHODS,
  applySecurityHeaders,
  cacheControlFor,
  createHostCheck,
  isCrossSiteMutation,
  STATIC_ALLOW,
  STATIC_METHODS,
} from './security.ts';

export interface SandboxServerOptions {
  distDir?: string;
  /**
   * Serve the built files only, like a plain static host (no `/api`, no `?ask=`): what the site
   * gets on GitHub Pages or a CDN, where the service worker does all the answering, and every
   * missing address gets `/404.html` (which shows the language the address suggests itself).
   */
  staticOnly?: boolean;
  /** The address the server binds: it also answers for that name (see createHostCheck). */
  host?: string;
  /** More names it answers for (ALLOWED_HOSTS): a LAN name, a proxy's public name. */
  allowedHosts?: string[];
  /** `?ask=` questions per client and minute (ASK_LIMIT_PER_MINUTE). */
  askLimitPerMinute?: number;
  /** New server copies of sandboxes per client and minute (COPY_LIMIT_PER_MINUTE). */
  copyLimitPerMinute?: number;
}

/** Longer API request targets get 414 before any route is matched (MSW's matcher fails past 8,192). */
export const MAX_API_TARGET_CHARS = 4096;

/** Well below Node's 300 s: a client that stalls its headers or body is cut off. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

/** The `X-RateLimit-*` headers and, over the limit, Retry-After. */
const limitHeaders = (limit: LimitResult): Record<string, string> => ({
  ...limit.headers,
  ...(limit.limited ? { 'Retry-After': String(limit.retryAfterSeconds) } : {}),
});

const NEW_COPY_PATH = /^\/api\/sandboxes\/([^/]+)$/;

/** The path of an origin-form target, or of an absolute-form one (then also its authority). */
function requestTarget(raw: string): { path: string; authority?: string; userinfo?: boolean } | null {
  if (raw.startsWith('/')) return { path: raw };
  if (!/^https?:\/\//i.test(raw) || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  return { path: `${url.pathname}${url.search}`, authority: url.host, userinfo: Boolean(url.username || url.password) };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A request the client gave up on (it closed the connection mid-body): no server error. */
function isAborted(error: unknown, request: IncomingMessage): boolean {
  return request.destroyed && (error as { code?: string } | null)?.code === 'ECONNRESET';
}

/** For the log: what failed and where, never the message (it may quote a URL or a header). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'a non-Error value was thrown';
  const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
  return frame ? `${error.name} ${frame.trim()}` : error.name;
}

export function createSandboxServer({
  distDir = fileURLToPath(new URL('../dist', import.meta.url)),
  staticOnly = false,
  host = '127.0.0.1',
  allowedHosts = [],
  askLimitPerMinute = ASK_LIMIT_PER_MINUTE,
  copyLimitPerMinute = NEW_COPY_LIMIT_PER_MINUTE,
}: SandboxServerOptions = {}) {
  if (!existsSync(distDir)) throw new Error(`No built site at ${distDir}: run "npm run build" first.`);
  const store = createMemoryStore();
  // Copies of browsers' sandboxes, so a curl command answers as the page that showed it does.
  const serverCopies = createServerCopies();
  const handlers = createHandlers({ store, serverCopies });
  const checkHost = createHostCheck({ boundHost: host, allowedHosts });
  const askLimit = createClientLimit({ limit: askLimitPerMinute });
  const newCopyLimit = createClientLimit({ limit: copyLimitPerMinute });
  // Read when needed, not at start: a rebuild under a running server is served as it is.
  const readIfExists = (file: string) => (existsSync(`${distDir}${file}`) ? readFileSync(`${distDir}${file}`) : null);
  // A missing path gets "page not found" in its own language (the locale's path segment says
  // which); a static host's one 404.html chooses in the browser, by the same rule.
  const notFoundPage = (locale: Locale) =>
    (staticOnly ? null : readIfExists(`${notFoundPath(locale)}/index.html`)) ??
    readIfExists('/404.html') ??
    Buffer.from('Not found');
  const assets = createStaticFiles(distDir, (response, pathname) => {
    // Chinese markdown and llms.txt must not be read as Latin-1.
    if (pathname.endsWith('.md')) response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    else if (pathname.endsWith('.txt')) response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    else if (pathname.endsWith('.ico')) response.setHeader('Content-Type', 'image/x-icon');
  });
  // The same `?ask=` handler the service worker runs, reading the same built index; made anew
  // when a rebuild writes another index.
  const indexFile = `${distDir}${ASK_INDEX_URL}`;
  const newAskHandler = () =>
    createAskHandler({ loadIndex: async () => JSON.parse(readFileSync(indexFile, 'utf8')) as AskIndexData });
  let askHandler = { builtAt: -1, handle: newAskHandler() };
  const ask: ReturnType<typeof newAskHandler> = (request, context) => {
    const builtAt = existsSync(indexFile) ? statSync(indexFile).mtimeMs : -1;
    if (builtAt !== askHandler.builtAt) askHandler = { builtAt, handle: newAskHandler() };
    return askHandler.handle(request, context);
  };
  // The MCP server (server/mcp/): docs through the same `ask`, a sandbox of its own per session.
  // Loaded on the first /mcp request: the SDK and its schemas were half the server's start
  // (0.6 of 1.2 CPU-s), paid by every start whether or not an MCP client came.
  let mcp: Promise<(request: IncomingMessage, reply: ServerResponse, host: string) => Promise<void>> | undefined;
  const mcpEndpoint = () =>
    (mcp ??= import('./mcp/endpoint.ts').then(({ createMcpEndpoint }) => createMcpEndpoint({ distDir, ask })));

  async function handle(request: IncomingMessage, reply: ServerResponse): Promise<void> {
    applySecurityHeaders(reply);
    const method = request.method ?? 'GET';
    const target = requestTarget(request.url ?? '/');
    if (!target) {
      const message = 'Bad Request: the target must be a path starting with "/", or an http URL.\n';
      return sendFetchResponse(respond(message, { status: 400, format: 'text' }), reply, request);
    }
    const pathname = new URL(`http://localhost${target.path}`).pathname;
    const isApi = !staticOnly && (pathname === '/api' || pathname.startsWith('/api/'));
    // In the API's error shape under /api, as plain text for files.
    const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
      sendFetchResponse(
        isApi ? apiError(status, message, { headers }) : respond(`${message}\n`, { status, format: 'text', headers }),
        reply,
        request,
      );

    if (target.userinfo)
      return refuse(400, 'Credentials in the URL are refused: send them in the Authorization header.');
    const hostCheck = checkHost(request, target.authority);
    if (!hostCheck.ok) return refuse(hostCheck.status, hostCheck.message);
    const url = new URL(`http://${hostCheck.host}${target.path}`);
    if (!staticOnly && isMcpPath(pathname)) return (await mcpEndpoint())(request, reply, hostCheck.host);

    if (isApi) {
      if (target.path.length > MAX_API_TARGET_CHARS)
        return refuse(
          414,
          `URI Too Long: the sandbox API takes paths and queries of at most ${MAX_API_TARGET_CHARS.toLocaleString('en')} characters.`,
        );
      if (!API_METHODS.has(method))
        return refuse(405, `${method} is not supported by the sandbox API; it uses ${API_ALLOW}.`, {
          Allow: API_ALLOW,
        });
      if (isCrossSiteMutation(request, hostCheck.host)) {
        return refuse(
          403,
          "Cross-site request refused: changes to the sandbox are accepted only from this server's own pages (same Origin) or from clients that send no Origin, such as curl.",
        );
      }
      const newCopy = method === 'PUT' ? NEW_COPY_PATH.exec(pathname) : null;
      if (newCopy && !serverCopies.has(safeDecode(newCopy[1]!))) {
        const limit = newCopyLimit.take(clientAddress(request));
        if (limit.limited)
          return refuse(
            429,
            `Too many new sandbox copies from one client: ${newCopyLimit.limit} a minute. Try again in ${limit.retryAfterSeconds} s.`,
            limitHeaders(limit),
          );
      }
      const fetchRequest = await toFetchRequest(request, url);
      if (!fetchRequest) return refuse(413, BODY_TOO_LARGE_MESSAGE);
      const response = await getResponse(handlers, fetchRequest, { baseUrl: url.origin, quiet: true });
      if (response) return sendFetchResponse(response, reply, request);
      return refuse(404, `Unknown API route ${pathname.slice(0, 200)}.`);
    }

    if (!STATIC_METHODS.has(method))
      return refuse(405, `Method Not Allowed: ${method.slice(0, 20)}. This address serves files: use GET or HEAD.`, {
        Allow: STATIC_ALLOW,
      });
    reply.setHeader('Cache-Control', cacheControlFor(pathname));
    // GET and HEAD carry no body: the same Request serves the question and the missing-page lookup.
    const readRequest = staticOnly ? null : new Request(url, { method, headers: toHeaders(request) });
    if (readRequest && url.searchParams.has('ask') && isAskRequest(readRequest)) {
      const limit = askLimit.take(clientAddress(request));
      if (limit.limited) {
        const message = `Too many questions from one client: ${askLimit.limit} a minute. Try again in ${limit.retryAfterSeconds} s.`;
        const refusal = askReply(
          wantsJson(readRequest) ? { error: message } : `${message}\n`,
          429,
          wantsJson(readRequest),
        );
        for (const [name, value] of Object.entries(limitHeaders(limit))) refusal.headers.set(name, value);
        return sendFetchResponse(refusal, reply, request);
      }
    }
    const answer = readRequest ? await ask(readRequest) : null;
    if (answer) return sendFetchResponse(answer, reply, request);
    const redirect = staticOnly ? undefined : REDIRECTS[pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname];
    if (redirect) {
      // The query goes along: `/?scenario=enabled` and `/partner/zh?ask=…` keep what they ask for.
      reply.writeHead(302, { Location: `${redirect}${url.search}` }).end();
      return;
    }
    // A file removed while it is sent (a rebuild meanwhile) must not be an uncaught error.
    reply.once('pipe', (source: Stream) => source.once('error', (error) => fail(error, request, reply)));
    // sirv calls `next` at once when it has no such file; otherwise the reply closes when sent.
    const missing = await new Promise<boolean>((resolve) => {
      reply.once('close', () => resolve(false));
      assets(request, reply, pathname, () => resolve(true));
    });
    if (!missing) return;
    // No such file: a `.md` address gets GitBook's "Page Not Found" (200, nearest pages).
    const missingPage = readRequest ? await ask(readRequest, { notFound: true }) : null;
    if (missingPage) return sendFetchResponse(missingPage, reply, request);
    const page = new Response(new Uint8Array(notFoundPage(localeOfMissingPage(pathname))), {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
    return sendFetchResponse(page, reply, request);
  }

  /** Any unexpected error: a 500 in the API's error shape, logged without request data. */
  function fail(error: unknown, request: IncomingMessage, reply: ServerResponse): void {
    if (isAborted(error, request)) {
      // Nobody is left to answer; only worth a line when debugging.
      if (process.env.LOG_LEVEL === 'debug') console.log('debug: a client closed its connection mid-request');
      reply.destroy();
      return;
    }
    console.error(`sandbox server error: ${describeError(error)}`);
    if (reply.headersSent) {
      reply.destroy();
      return;
    }
    sendFetchResponse(apiError(500, 'Internal sandbox error.'), reply, request).catch(() => reply.destroy());
  }

  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
    (request, reply) => {
      handle(request, reply).catch((error: unknown) => fail(error, request, reply));
    },
  );
  server.on('clientError', createClientErrorHandler({ staticOnly }));
  server.on('connect', refuseConnect);
  return server;
}

/** `node server/serve.ts`, configured by the environment; `overrides` serve tests another build. */
export function main(overrides: SandboxServerOptions = {}): void {
  const distDir = overrides.distDir ?? fileURLToPath(new URL('../dist', import.meta.url));
  const host = process.env.HOST || '127.0.0.1';
  const staticOnly = process.env.STATIC_ONLY === '1';
  const allowedHosts = (process.env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const server = createSandboxServer({
    staticOnly,
    host,
    allowedHosts,
    askLimitPerMinute: limitFromEnv(process.env.ASK_LIMIT_PER_MINUTE, ASK_LIMIT_PER_MINUTE),
    copyLimitPerMinute: limitFromEnv(process.env.COPY_LIMIT_PER_MINUTE, NEW_COPY_LIMIT_PER_MINUTE),
    ...overrides,
  });
  listen(server, {
    host,
    port: Number(process.env.PORT || 4321),
    staticOnly,
    shutdownGraceMs: Number(process.env.SHUTDOWN_GRACE_MS) || undefined,
    notes: [
      `Files are read from ${distDir} as they are asked for: a rebuild (npm run build) is served without a restart.`,
      ...(existsSync(`${distDir}/404.html.br`)
        ? []
        : ['This build has no precompressed files (.br, .gz): pages go out uncompressed until "npm run build".']),
    ],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
