/**
 * `npm start`: serves the built site and, on the same origin, the sandbox backend (the same
 * MSW handlers the browser's service worker uses) with its own in-memory sandbox, so curl can
 * run the whole flow too. Binds 127.0.0.1 unless HOST says otherwise; PORT overrides 4321.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import sirv from 'sirv';
import { createHandlers } from '../mocks/handlers.ts';
import { createAskHandler } from '../src/ask/http.ts';
import type { AskIndexData } from '../src/ask/types.ts';
import { ASK_INDEX_URL, MAX_BODY_BYTES } from '../src/contract/index.ts';
import { BODY_TOO_LARGE_MESSAGE } from '../mocks/request-body.ts';
import { apiError } from '../mocks/settings-api.ts';
import { createMemoryStore } from '../mocks/store.ts';
import { REDIRECTS, ZH_GUIDE_PATH, ZH_SANDBOX_PATH } from '../src/site.ts';

export interface SandboxServerOptions {
  distDir?: string;
  /**
   * Serve the built files only, like a plain static host (no `/api`, no `?ask=`): what the site
   * gets on GitHub Pages or a CDN, where the service worker does all the answering.
   */
  staticOnly?: boolean;
  host?: string;
  port?: number;
}

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

async function toFetchRequest(request: IncomingMessage, origin: string): Promise<Request | null> {
  const headers = toHeaders(request);
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readLimitedBody(request);
  if (body === null) return null;
  return new Request(new URL(request.url ?? '/', origin), {
    method,
    headers,
    body: body?.length ? new Uint8Array(body) : undefined,
  });
}

async function sendFetchResponse(response: Response, reply: ServerResponse, method: string | undefined): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  reply.writeHead(response.status, response.statusText, headers);
  reply.end(method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
}

export function createSandboxServer({
  distDir = fileURLToPath(new URL('../dist', import.meta.url)),
  staticOnly = false,
}: SandboxServerOptions = {}) {
  if (!existsSync(distDir)) throw new Error(`No built site at ${distDir}: run "npm run build" first.`);
  const store = createMemoryStore();
  const handlers = createHandlers({ store });
  const notFoundPage = existsSync(`${distDir}/404.html`)
    ? readFileSync(`${distDir}/404.html`)
    : Buffer.from('Not found');
  const assets = sirv(distDir, {
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    // Chinese markdown and llms.txt must not be read as Latin-1.
    setHeaders: (response, pathname) => {
      if (pathname.endsWith('.md')) response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
      else if (pathname.endsWith('.txt')) response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    },
  });
  // The same `?ask=` handler the service worker runs, reading the same built index.
  const ask = createAskHandler({
    loadIndex: async () => JSON.parse(readFileSync(`${distDir}${ASK_INDEX_URL}`, 'utf8')) as AskIndexData,
  });

  return createServer(async (request, reply) => {
    try {
      const origin = `http://${request.headers.host ?? 'localhost'}`;
      const pathname = new URL(request.url ?? '/', origin).pathname;
      // GET and HEAD carry no body: the same Request serves the question and the missing-page lookup.
      const readRequest =
        !staticOnly && (request.method === 'GET' || request.method === 'HEAD')
          ? new Request(new URL(request.url ?? '/', origin), { method: request.method, headers: toHeaders(request) })
          : null;
      if (readRequest) {
        const answer = await ask(readRequest);
        if (answer) {
          await sendFetchResponse(answer, reply, request.method);
          return;
        }
      }
      const redirect = staticOnly ? undefined : REDIRECTS[pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname];
      if (redirect) {
        reply.writeHead(302, { Location: redirect }).end();
        return;
      }
      if (!staticOnly && (pathname === '/api' || pathname.startsWith('/api/'))) {
        const fetchRequest = await toFetchRequest(request, origin);
        if (!fetchRequest) {
          await sendFetchResponse(apiError(413, BODY_TOO_LARGE_MESSAGE), reply, request.method);
          return;
        }
        const response = await getResponse(handlers, fetchRequest, { baseUrl: origin, quiet: true });
        if (response) {
          await sendFetchResponse(response, reply, request.method);
          return;
        }
      }
      assets(request, reply, async () => {
        // No such file: a `.md` address gets GitBook's "Page Not Found" (200, nearest pages).
        const missingPage = readRequest ? await ask(readRequest, { notFound: true }) : null;
        if (missingPage) await sendFetchResponse(missingPage, reply, request.method);
        else reply.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFoundPage);
      });
    } catch (error) {
      // Never echo request data here: it may carry credentials.
      console.error('sandbox server error:', error instanceof Error ? error.message : 'unknown');
      if (reply.headersSent) reply.end();
      else await sendFetchResponse(apiError(500, 'Internal sandbox error.'), reply, request.method);
    }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT || 4321);
  const server = createSandboxServer({ staticOnly: process.env.STATIC_ONLY === '1' });
  server.listen(port, host, () => {
    const shownHost = host.includes(':') ? `[${host}]` : host;
    console.log(`Guide (zh): http://${shownHost}:${port}${ZH_GUIDE_PATH}`);
    console.log(`Full sandbox: http://${shownHost}:${port}${ZH_SANDBOX_PATH}`);
    if (process.env.STATIC_ONLY === '1') {
      console.log('Static files only (no /api, no ?ask=): the service worker answers both, as on a static host.');
    } else {
      console.log(`Sandbox API: http://${shownHost}:${port}/api/sandbox`);
      console.log(`Ask the docs: http://${shownHost}:${port}${ZH_GUIDE_PATH}.md?ask=<question> (also /llms.txt)`);
    }
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
