/**
 * Starting and stopping `npm start`'s server: listen, say where, and on SIGTERM or SIGINT stop
 * accepting, give open requests a few seconds to finish, then close what is left and exit.
 * During that grace every answer says `Connection: close`, so a keep-alive client sends no
 * further request on its connection and the connections drain instead of being cut.
 */
import type { AddressInfo } from 'node:net';
import type { Server, ServerResponse } from 'node:http';
import { EN_GUIDE_PATH, EN_SANDBOX_PATH, ZH_GUIDE_PATH, ZH_SANDBOX_PATH } from '../src/site.ts';

/** How long open requests may run on after SIGTERM/SIGINT (SHUTDOWN_GRACE_MS overrides it). */
const SHUTDOWN_GRACE_MS = 5_000;

export interface ListenOptions {
  host: string;
  port: number;
  staticOnly: boolean;
  shutdownGraceMs?: number;
  /** Lines printed after the addresses (what is served from where). */
  notes?: string[];
}

function printAddresses(server: Server, { host, staticOnly, notes = [] }: ListenOptions): void {
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const base = `http://${shownHost}:${port}`;
  console.log(`Guide (English): ${base}${EN_GUIDE_PATH}`);
  console.log(`Guide (zh): ${base}${ZH_GUIDE_PATH}`);
  console.log(`Full sandbox: ${base}${EN_SANDBOX_PATH} (zh: ${base}${ZH_SANDBOX_PATH})`);
  if (staticOnly) {
    console.log('Static files only (no /api, no ?ask=): the service worker answers both, as on a static host.');
  } else {
    console.log(`Sandbox API: ${base}/api/sandbox`);
    console.log(`Ask the docs: ${base}${EN_GUIDE_PATH}.md?ask=<question> (any page; also /llms.txt)`);
    console.log(`MCP server (Streamable HTTP): ${base}/mcp · OpenAPI: ${base}/openapi.json`);
  }
  notes.forEach((note) => console.log(note));
}

/** Closes the server gracefully on the first signal, at once on a second one. */
function stopOnSignals(server: Server, graceMs: number): void {
  let stopping = false;
  // Answers not yet begun when the signal comes: they too close their connection when sent.
  const unanswered = new Set<ServerResponse>();
  const closeAfter = (reply: ServerResponse) => {
    if (!reply.headersSent) reply.setHeader('Connection', 'close');
  };
  // Before the server's own listener, so the header is there whatever the handler sends.
  server.prependListener('request', (_request, reply: ServerResponse) => {
    if (stopping) return closeAfter(reply);
    unanswered.add(reply);
    reply.once('close', () => unanswered.delete(reply));
    reply.once('finish', () => unanswered.delete(reply));
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      server.closeAllConnections();
      return;
    }
    stopping = true;
    unanswered.forEach(closeAfter);
    unanswered.clear();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Logged once the listening socket is closed: a client that reads it can rely on it.
    console.log(`${signal}: shutting down (no new connections; open requests get ${graceMs / 1000} s to finish).`);
    // Unref'd: when the last request ends sooner, the server closes and the process exits then.
    setTimeout(() => server.closeAllConnections(), graceMs).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

export function listen(server: Server, options: ListenOptions): void {
  stopOnSignals(server, options.shutdownGraceMs ?? SHUTDOWN_GRACE_MS);
  server.listen(options.port, options.host, () => printAddresses(server, options));
}
