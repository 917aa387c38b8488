/**
 * Starts the real `node server/serve.ts` on a free port for tests that need a server of their
 * own: its own sandbox state, its log, its environment, or a signal to stop it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVE = fileURLToPath(new URL('../../server/serve.ts', import.meta.url));

export interface SpawnedServer {
  origin: string;
  port: number;
  process: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Waits until the log contains `text`. */
  logged(text: string): Promise<void>;
  kill(): void;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Serve this build instead of dist/ (through serve.ts's main(), configured the same way). */
  distDir?: string;
}

export async function spawnServer({ env = {}, distDir }: SpawnOptions = {}): Promise<SpawnedServer> {
  const args = distDir
    ? [
        '--input-type=module',
        '-e',
        `import { main } from ${JSON.stringify(SERVE)}; main({ distDir: ${JSON.stringify(distDir)} });`,
      ]
    : [SERVE];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ALLOWED_HOSTS: '', SHUTDOWN_GRACE_MS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const waiter of waiters.filter((item) => output.includes(item.text))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logged = (text: string) =>
    output.includes(text)
      ? Promise.resolve()
      : Promise.race([
          new Promise<void>((resolve) => waiters.push({ text, resolve })),
          exited.then((code) =>
            Promise.reject(new Error(`the server exited (${code}) before logging "${text}":\n${output}`)),
          ),
        ]);

  await logged('Full sandbox: http://');
  const port = Number(/Full sandbox: http:\/\/\S+?:(\d+)\//.exec(output)![1]);
  const shownHost = /Full sandbox: http:\/\/(\S+?):\d+\//.exec(output)![1];
  const host = shownHost === '0.0.0.0' || shownHost === '[::]' ? '127.0.0.1' : shownHost;
  return {
    origin: `http://${host}:${port}`,
    port,
    process: child,
    log: () => output,
    exited,
    logged,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** A copy of dist/ to break on purpose; removed with the returned function. */
export function copyOfDist(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-dist-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RawReply {
  status: number;
  statusLine: string;
  headers: Record<string, string>;
  body: string;
}

function dechunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at);
    const size = parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/**
 * Sends bytes exactly as given (fetch cannot send a bad Host header or raw non-ASCII in the
 * request line) and reads the reply until the server closes the connection.
 */
export function rawRequest(port: number, head: string | Buffer): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const bytes = Buffer.concat(chunks);
      const headEnd = bytes.indexOf('\r\n\r\n');
      const [statusLine = '', ...headerLines] = bytes.subarray(0, headEnd).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body: Buffer = bytes.subarray(headEnd + 4);
      if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
      resolve({ status: Number(statusLine.split(' ')[1]), statusLine, headers, body: body.toString('utf8') });
    });
  });
}

/** A GET with the given Host header, read to the end (Connection: close). */
export function getWithHost(port: number, path: string, host: string, extra = ''): Promise<RawReply> {
  return rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`);
}

export interface BytesReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent: still compressed when the server compressed it. */
  body: Buffer;
}

/** A request through node:http, which (unlike fetch) leaves a compressed body as it came. */
export function requestBytes(
  url: string,
  {
    method = 'GET',
    headers = {},
    localAddress,
    body,
  }: { method?: string; headers?: Record<string, string>; localAddress?: string; body?: string } = {},
): Promise<BytesReply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers, localAddress, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}
