/**
 * `npm start`: serves the built site and, on the same origin, the sandbox backend (the same
 * MSW handlers the browser's service worker uses) with its own in-memory sandbox, so curl can
 * run the whole flow too. Binds 127.0.0.1 unless HOST says otherwise; PORT overrides 4321.
 * Checks (hosts, origins, methods) and headers: security.ts; start and stop: lifecycle.ts.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { Stream } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import sirv from 'sirv';
import { createHandlers, createServerSandboxes } from '../mocks/handlers.ts';
import { createAskHandler } from '../src/ask/http.ts';
import type { AskIndexData } from '../src/ask/types.ts';
import {
  ASK_INDEX_URL,
  BODY_TOO_LARGE_MESSAGE,
  localeFromPath,
  MAX_BODY_BYTES,
  type Locale,
} from '../src/contract/index.ts';
import { apiError, respond } from '../src/http/respond.ts';
import { createMemoryStore } from '../mocks/store.ts';
import { REDIRECTS } from '../src/site.ts';
import { createClientErrorHandler, refuseConnect } from './client-error.ts';
import { listen } from './lifecycle.ts';
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
   * gets on GitHub Pages or a CDN, where the service worker does all the answering.
   */
  staticOnly?: boolean;
  /** The address the server binds: it also answers for that name (see createHostCheck). */
  host?: string;
  /** More names it answers for (ALLOWED_HOSTS): a LAN name, a proxy's public name. */
  allowedHosts?: string[];
}

/** Well below Node's 300 s: a client that stalls its headers or body is cut off. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

async function readLimitedBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    // Keep at most one byte past the limit: enough for the handlers to answer 413.
    if (size > MAX_BODY_BYTES + 1) {
      request.resume();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

async function toFetchRequest(request: IncomingMessage, url: URL): Promise<Request | null> {
  const headers = toHeaders(request);
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readLimitedBody(request);
  if (body === null) return null;
  return new Request(url, { method, headers, body: body?.length ? new Uint8Array(body) : undefined });
}

async function sendFetchResponse(response: Response, reply: ServerResponse, method: string | undefined): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // A Response built in code has an empty statusText: send the standard reason phrase.
  reply.writeHead(response.status, response.statusText || STATUS_CODES[response.status] || '', headers);
  reply.end(method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
}

/** The path of an origin-form target, or of an absolute-form one (then also its authority). */
function requestTarget(raw: string): { path: string; authority?: string; userinfo?: boolean } | null {
  if (raw.startsWith('/')) return { path: raw };
  if (!/^https?:\/\//i.test(raw) || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  return { path: `${url.pathname}${url.search}`, authority: url.host, userinfo: Boolean(url.username || url.password) };
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
}: SandboxServerOptions = {}) {
  if (!existsSync(distDir)) throw new Error(`No built site at ${distDir}: run "npm run build" first.`);
  const store = createMemoryStore();
  // Copies of browsers' sandboxes, so a curl command answers as the page that showed it does.
  const handlers = createHandlers({ store, serverSandboxes: createServerSandboxes() });
  const checkHost = createHostCheck({ boundHost: host, allowedHosts });
  // A missing path gets "page not found" in its own language (zh under a `/zh/` segment).
  const notFoundFile = (file: string) => (existsSync(`${distDir}${file}`) ? readFileSync(`${distDir}${file}`) : null);
  const notFoundPages: Record<Locale, Buffer> = {
    en: notFoundFile('/404.html') ?? Buffer.from('Not found'),
    zh: notFoundFile('/partner/zh/404/index.html') ?? notFoundFile('/404.html') ?? Buffer.from('Not found'),
  };
  const assets = sirv(distDir, {
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    // Chinese markdown and llms.txt must not be read as Latin-1.
    setHeaders: (response, pathname) => {
      if (pathname.endsWith('.md')) response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
      else if (pathname.endsWith('.txt')) response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      else if (pathname.endsWith('.ico')) response.setHeader('Content-Type', 'image/x-icon');
    },
  });
  // The same `?ask=` handler the service worker runs, reading the same built index.
  const ask = createAskHandler({
    loadIndex: async () => JSON.parse(readFileSync(`${distDir}${ASK_INDEX_URL}`, 'utf8')) as AskIndexData,
  });

  async function handle(request: IncomingMessage, reply: ServerResponse): Promise<void> {
    applySecurityHeaders(reply);
    const method = request.method ?? 'GET';
    const target = requestTarget(request.url ?? '/');
    if (!target) {
      const message = 'Bad Request: the target must be a path starting with "/", or an http URL.\n';
      return sendFetchResponse(respond(message, { status: 400, format: 'text' }), reply, method);
    }
    const pathname = new URL(`http://localhost${target.path}`).pathname;
    const isApi = !staticOnly && (pathname === '/api' || pathname.startsWith('/api/'));
    // In the API's error shape under /api, as plain text for files.
    const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
      sendFetchResponse(
        isApi ? apiError(status, message, { headers }) : respond(`${message}\n`, { status, format: 'text', headers }),
        reply,
        method,
      );

    if (target.userinfo)
      return refuse(400, 'Credentials in the URL are refused: send them in the Authorization header.');
    const hostCheck = checkHost(request, target.authority);
    if (!hostCheck.ok) return refuse(hostCheck.status, hostCheck.message);
    const url = new URL(`http://${hostCheck.host}${target.path}`);

    if (isApi) {
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
      const fetchRequest = await toFetchRequest(request, url);
      if (!fetchRequest) return refuse(413, BODY_TOO_LARGE_MESSAGE);
      const response = await getResponse(handlers, fetchRequest, { baseUrl: url.origin, quiet: true });
      if (response) return sendFetchResponse(response, reply, method);
      return refuse(404, `Unknown API route ${pathname.slice(0, 200)}.`);
    }

    if (!STATIC_METHODS.has(method))
      return refuse(405, `Method Not Allowed: ${method.slice(0, 20)}. This address serves files: use GET or HEAD.`, {
        Allow: STATIC_ALLOW,
      });
    reply.setHeader('Cache-Control', cacheControlFor(pathname));
    // GET and HEAD carry no body: the same Request serves the question and the missing-page lookup.
    const readRequest = staticOnly ? null : new Request(url, { method, headers: toHeaders(request) });
    const answer = readRequest ? await ask(readRequest) : null;
    if (answer) return sendFetchResponse(answer, reply, method);
    const redirect = staticOnly ? undefined : REDIRECTS[pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname];
    if (redirect) {
      reply.writeHead(302, { Location: redirect }).end();
      return;
    }
    // sirv pipes a file without an error listener: a file removed since startup (a rebuild)
    // would otherwise be an uncaught error that ends the process.
    reply.once('pipe', (source: Stream) => source.once('error', (error) => fail(error, request, reply)));
    // sirv calls `next` at once when it has no such file; otherwise the reply closes when sent.
    const missing = await new Promise<boolean>((resolve) => {
      reply.once('close', () => resolve(false));
      assets(request, reply, () => resolve(true));
    });
    if (!missing) return;
    // No such file: a `.md` address gets GitBook's "Page Not Found" (200, nearest pages).
    const missingPage = readRequest ? await ask(readRequest, { notFound: true }) : null;
    if (missingPage) return sendFetchResponse(missingPage, reply, method);
    reply
      .writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(method === 'HEAD' ? undefined : notFoundPages[localeFromPath(pathname)]);
  }

  /** Any unexpected error: a 500 in the API's error shape, logged without request data. */
  function fail(error: unknown, request: IncomingMessage, reply: ServerResponse): void {
    console.error(`sandbox server error: ${describeError(error)}`);
    if (reply.headersSent) {
      reply.destroy();
      return;
    }
    sendFetchResponse(apiError(500, 'Internal sandbox error.'), reply, request.method).catch(() => reply.destroy());
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
  const host = process.env.HOST || '127.0.0.1';
  const staticOnly = process.env.STATIC_ONLY === '1';
  const allowedHosts = (process.env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const server = createSandboxServer({ staticOnly, host, allowedHosts, ...overrides });
  listen(server, {
    host,
    port: Number(process.env.PORT || 4321),
    staticOnly,
    shutdownGraceMs: Number(process.env.SHUTDOWN_GRACE_MS) || undefined,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
