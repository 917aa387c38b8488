/**
 * `/mcp` on `npm start`: an MCP server over Streamable HTTP (the SDK's web-standard transport,
 * JSON responses, no standalone SSE stream), one McpServer and one sandbox per MCP session.
 * server/serve.ts hands requests here after its Host check; this file adds what the rest of the
 * server has around a state change: the same Origin rule (security.ts), a body cap, a per-client
 * rate limit, and logs that never carry request data (the tools' arguments hold tokens).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { BODY_TOO_LARGE_MESSAGE, MAX_BODY_BYTES } from '../../src/contract/index.ts';
import { MCP_INFO, MCP_INFO_PATH, MCP_PATH } from '../../src/contract/mcp.ts';
import { OPENAPI_URL } from '../../src/contract/openapi.ts';
import { clientAddress, createClientLimit, type LimitResult } from '../client-limits.ts';
import { isCrossSiteMutation } from '../security.ts';
import { registerDocsTools, type AskHandler } from './docs-tools.ts';
import { createSessionSandbox } from './sandbox-session.ts';
import { registerSandboxTools } from './sandbox-tools.ts';
import { createSessionRegistry } from './sessions.ts';

const SESSION_HEADER = 'mcp-session-id';

/**
 * Per client and minute, with the server's own limiter (client-limits.ts): requests, and new
 * sessions, so one client can neither hold the server busy nor push every other session out of
 * the bounded registry. Each partner API call in a session also counts against that sandbox's
 * own hourly limit, as in the browser.
 */
const MCP_LIMITS = { requestsPerMinute: 600, sessionsPerMinute: 30 };

const INSTRUCTIONS = `Docs and a sandbox for impact.com's "Manage legacy API tokens as a partner". Docs: list_pages, read_page, ask (the same answers as <page>.md?ask=). Sandbox (this session's own, fictional, never contacting impact.com): read_sandbox, enable_legacy_tokens, reset_token, upgrade_api_version, load_scenario, call_partner_api, read_request_log, reset_sandbox. The APIs behind them: ${OPENAPI_URL}. The prompt follow_the_guide walks through the guide.`;

interface McpSession {
  transport: WebStandardStreamableHTTPServerTransport;
  close(): Promise<void>;
}

export interface McpEndpointOptions {
  distDir: string;
  ask: AskHandler;
  limits?: Partial<typeof MCP_LIMITS>;
  /** Session bounds (tests): see sessions.ts for the defaults. */
  sessions?: { max?: number; idleMs?: number; now?: () => number };
}

/** A JSON-RPC error answer, as MCP clients read a refused HTTP request. */
function rpcError(
  reply: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
) {
  reply
    .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    .end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      request.resume();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function fetchHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else value?.forEach((item) => headers.append(name, item));
  }
  return headers;
}

export function createMcpEndpoint({ distDir, ask, limits, sessions: bounds }: McpEndpointOptions) {
  const sessions = createSessionRegistry<McpSession>(bounds);
  const { requestsPerMinute, sessionsPerMinute } = { ...MCP_LIMITS, ...limits };
  const requestLimit = createClientLimit({ limit: requestsPerMinute });
  const sessionLimit = createClientLimit({ limit: sessionsPerMinute });
  const tooMany = (reply: ServerResponse, what: string, limit: LimitResult) =>
    rpcError(reply, 429, -32000, `Too many ${what} from one client; try again in ${limit.retryAfterSeconds} s.`, {
      ...limit.headers,
      'Retry-After': String(limit.retryAfterSeconds),
    });

  async function openSession(origin: string): Promise<McpSession> {
    const server = new McpServer(
      { name: 'legacy-api-tokens-sandbox', title: 'Legacy API tokens: docs and sandbox', version: '1.0.0' },
      { instructions: INSTRUCTIONS },
    );
    registerDocsTools(server, { distDir, origin, ask });
    registerSandboxTools(server, createSessionSandbox(origin));
    const session: McpSession = { transport: undefined!, close: () => server.close() };
    session.transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      enableJsonResponse: true,
      onsessioninitialized: (id) => sessions.add(id, session),
      onsessionclosed: (id) => sessions.remove(id),
    });
    await server.connect(session.transport);
    return session;
  }

  return async function handleMcp(request: IncomingMessage, reply: ServerResponse, host: string): Promise<void> {
    const method = request.method ?? 'GET';
    if (new URL(request.url ?? '/', 'http://localhost').pathname === MCP_INFO_PATH) {
      if (method !== 'GET' && method !== 'HEAD') {
        return rpcError(reply, 405, -32000, `${MCP_INFO_PATH} is read with GET.`, { Allow: 'GET, HEAD' });
      }
      reply
        .writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
        .end(method === 'HEAD' ? undefined : JSON.stringify(MCP_INFO.server));
      return;
    }
    if (method !== 'POST' && method !== 'DELETE') {
      // No standalone server-to-client stream: clients then use POST alone (allowed by the spec).
      return rpcError(
        reply,
        405,
        -32000,
        `${method.slice(0, 20)} is not supported at ${MCP_PATH}: use POST (DELETE ends a session).`,
        {
          Allow: 'POST, DELETE',
        },
      );
    }
    if (isCrossSiteMutation(request, host)) {
      return rpcError(
        reply,
        403,
        -32000,
        "Cross-site request refused: the MCP endpoint takes requests from this server's own pages or from clients that send no Origin.",
      );
    }
    const client = clientAddress(request);
    const requests = requestLimit.take(client);
    if (requests.limited) return tooMany(reply, 'MCP requests', requests);
    const raw = await readBody(request);
    if (raw === null) return rpcError(reply, 413, -32000, BODY_TOO_LARGE_MESSAGE);
    let body: unknown;
    if (method === 'POST') {
      try {
        body = JSON.parse(raw);
      } catch {
        return rpcError(reply, 400, -32700, 'Parse error: the request body is not valid JSON.');
      }
    }

    const sessionId = request.headers[SESSION_HEADER];
    let session: McpSession | undefined;
    if (typeof sessionId === 'string') {
      session = sessions.get(sessionId);
      if (!session) {
        return rpcError(reply, 404, -32001, 'Session not found: it ended or expired. Start a new one with initialize.');
      }
    } else if (method === 'POST' && isInitializeRequest(body)) {
      const sessionsTaken = sessionLimit.take(client);
      if (sessionsTaken.limited) return tooMany(reply, 'new MCP sessions', sessionsTaken);
      session = await openSession(`http://${host}`);
    } else {
      return rpcError(reply, 400, -32000, `No ${SESSION_HEADER} header: start a session with an initialize request.`);
    }

    const fetchRequest = new Request(`http://${host}${MCP_PATH}`, {
      method,
      headers: fetchHeaders(request),
      body: method === 'POST' ? raw : undefined,
    });
    const response = await session.transport.handleRequest(fetchRequest, { parsedBody: body });
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    reply.writeHead(response.status, headers).end(Buffer.from(await response.arrayBuffer()));
  };
}
