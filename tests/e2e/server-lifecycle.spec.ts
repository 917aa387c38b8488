/**
 * The real server in a process of its own (tests/e2e/server-process.ts): cross-site writes,
 * what its log holds, unexpected errors, LAN hosts, and a clean stop on SIGTERM.
 */
import { networkInterfaces } from 'node:os';
import { connect, type Socket } from 'node:net';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ZH_GUIDE_PATH as GUIDE_PATH } from '../../src/site.ts';
import { copyOfDist, getWithHost, rawRequest, spawnServer, type SpawnedServer } from './server-process.ts';

const servers: SpawnedServer[] = [];
const cleanups: Array<() => void> = [];
test.afterEach(() => {
  servers.splice(0).forEach((server) => server.kill());
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

async function start(options: Parameters<typeof spawnServer>[0] = {}): Promise<SpawnedServer> {
  const server = await spawnServer(options);
  servers.push(server);
  return server;
}

/** A dist/ copy whose ask index is corrupt: every question and missing `.md` lookup throws. */
function brokenBuild(): string {
  const copy = copyOfDist();
  cleanups.push(copy.remove);
  rmSync(`${copy.dir}/ask-index.json`);
  return copy.dir;
}

const json = { 'Content-Type': 'application/json' };

test('changes from another site are refused; same-origin pages and curl keep working', async () => {
  const server = await start();
  const { origin, port } = server;
  const enabled = async () => (await (await fetch(`${origin}/api/sandbox/account`)).json()).legacyTokensEnabled;
  const crossSite: RequestInit[] = [
    { method: 'POST', headers: { Origin: 'http://evil.example' } },
    { method: 'POST', headers: { Origin: 'null' } },
    { method: 'POST', headers: { Origin: `http://127.0.0.1:${port + 1}` } },
    { method: 'POST', headers: { Origin: `http://SID:TOKEN@evil.example` } },
    { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' } },
  ];
  for (const init of crossSite) {
    const response = await fetch(`${origin}/api/sandbox/legacy-tokens`, init);
    expect(response.status, JSON.stringify(init.headers)).toBe(403);
    expect(await response.json()).toEqual({
      Status: 'ERROR',
      Message: expect.stringContaining('Cross-site request refused'),
    });
  }
  for (const [method, path] of [
    ['PUT', '/api/sandbox/snapshot'],
    ['DELETE', '/api/sandbox/recovery'],
    ['PATCH', '/api/sandbox'],
    ['POST', '/api/sandbox/reset'],
  ]) {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { ...json, Origin: 'http://evil.example' },
      body: method === 'DELETE' ? undefined : '{}',
    });
    expect(response.status, `${method} ${path}`).toBe(403);
  }
  expect(await enabled()).toBe(false);

  // The server's own pages (as a browser sends them), and curl with no Origin at all.
  expect(
    (
      await fetch(`${origin}/api/sandbox/legacy-tokens`, {
        method: 'POST',
        headers: { Origin: origin, 'Sec-Fetch-Site': 'same-origin' },
      })
    ).status,
  ).toBe(201);
  expect(await enabled()).toBe(true);
  expect((await fetch(`${origin}/api/sandbox/reset`, { method: 'POST' })).status).toBe(200);
  expect(await enabled()).toBe(false);
  const viaLocalhost = await rawRequest(
    port,
    `POST /api/sandbox/legacy-tokens HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
  );
  expect(viaLocalhost.status).toBe(201);
  // Reading is not refused: a browser on another site cannot read the answer anyway (no CORS).
  const read = await fetch(`${origin}/api/sandbox/account`, { headers: { Origin: 'http://evil.example' } });
  expect(read.status).toBe(200);
  expect(read.headers.get('access-control-allow-origin')).toBeNull();
});

test('no log line holds a token, an Authorization header or URL userinfo', async () => {
  const server = await start({ distDir: brokenBuild() });
  const { origin, port } = server;
  expect((await fetch(`${origin}/api/sandbox/legacy-tokens`, { method: 'POST' })).status).toBe(201);
  const first = await (await fetch(`${origin}/api/sandbox/legacy-tokens/credentials`)).json();
  const sid: string = first.accountSid;
  const oldToken: string = first.readWrite.authToken;
  expect((await fetch(`${origin}/api/sandbox/legacy-tokens/read-write/reset`, { method: 'POST' })).status).toBe(200);
  const credentials = await (await fetch(`${origin}/api/sandbox/legacy-tokens/credentials`)).json();
  const token: string = credentials.readWrite.authToken;
  const readOnly: string = credentials.readOnly.authToken;
  const basic = (password: string) => `Basic ${Buffer.from(`${sid}:${password}`).toString('base64')}`;
  const partner = `${origin}/api/Mediapartners/${sid}`;

  expect((await fetch(`${partner}/Campaigns.json`, { headers: { Authorization: basic(token) } })).status).toBe(200);
  expect((await fetch(`${partner}/Campaigns.json`, { headers: { Authorization: basic(oldToken) } })).status).toBe(401);
  for (const authorization of [`Bearer ${token}`, `Basic ${token}`, basic(`${token}x`)]) {
    expect((await fetch(`${partner}/Actions`, { headers: { Authorization: authorization } })).status).toBe(401);
  }
  expect(
    (
      await fetch(`${partner}/ActionInquiries`, {
        method: 'POST',
        headers: { ...json, Authorization: basic(readOnly) },
        body: `{"Note":"${token}"`,
      })
    ).status,
  ).toBe(403);
  const odd = [
    getWithHost(port, '/api/sandbox', `${sid}:${token}@x`),
    getWithHost(port, '/api/sandbox', `${sid}:${token}@127.0.0.1:${port}`),
    getWithHost(port, GUIDE_PATH, `${token}.evil.example`),
    rawRequest(
      port,
      `GET http://${sid}:${token}@127.0.0.1:${port}/api/sandbox HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    ),
    rawRequest(
      port,
      Buffer.from(
        `GET /api/sandbox?token=${token}令 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: ${basic(token)}\r\nConnection: close\r\n\r\n`,
      ),
    ),
    rawRequest(port, `FOO /api/${token} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
    rawRequest(
      port,
      `GET /llms.txt HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: token=${token}\r\nX-Api-Key: ${token}\r\nAuthorization: ${basic(token)}\r\nConnection: close\r\n\r\n`,
    ),
  ];
  expect((await Promise.all(odd)).map((reply) => reply.status)).toEqual([400, 400, 421, 400, 400, 405, 200]);
  for (const url of [
    `${partner}/${token}`,
    `${origin}/api/sandbox?token=${token}`,
    `${origin}/api/sandbox/reset?${sid}:${token}`,
  ]) {
    expect((await fetch(url, { headers: { Authorization: basic(token) } })).status).toBeLessThan(500);
  }
  // These fail inside the server (the ask index is gone), and are logged: without their URL.
  expect(
    (await fetch(`${origin}${GUIDE_PATH}.md?ask=${token}`, { headers: { Authorization: basic(token) } })).status,
  ).toBe(500);
  expect((await fetch(`${origin}/partner/zh/${sid}:${token}.md`)).status).toBe(500);

  process.kill(server.process.pid!, 'SIGTERM');
  expect(await server.exited).toBe(0);
  const log = server.log();
  expect(log).toContain('Sandbox API: http://127.0.0.1:');
  expect(log.match(/sandbox server error/g)).toHaveLength(2);
  for (const secret of [
    token,
    oldToken,
    readOnly,
    sid,
    `${sid}:${token}`,
    basic(token).slice(6),
    'Authorization',
    'authorization',
    'Bearer',
    'token=',
  ]) {
    expect(log, `the log holds ${secret}`).not.toContain(secret);
  }
});

test('an unexpected error is a 500 in the error shape, without a stack, and the server keeps serving', async () => {
  const dist = brokenBuild();
  const server = await start({ distDir: dist });
  const { origin } = server;
  for (const url of [
    `${origin}${GUIDE_PATH}.md?ask=${encodeURIComponent('如何重置')}`,
    `${origin}/partner/zh/no-such-page.md`,
    `${origin}/nothing.md`,
  ]) {
    const response = await fetch(url);
    expect(response.status, url).toBe(500);
    expect(response.statusText).toBe('Internal Server Error');
    expect(await response.json()).toEqual({ Status: 'ERROR', Message: 'Internal sandbox error.' });
  }
  // A file gone since startup (a rebuild meanwhile) is simply not found: files are looked up per request.
  for (const suffix of ['', '.br', '.gz']) rmSync(`${dist}/llms-full.txt${suffix}`);
  expect((await fetch(`${origin}/llms-full.txt`)).status).toBe(404);
  expect((await fetch(`${origin}/api/sandbox/account`)).status).toBe(200);
  expect((await fetch(`${origin}/llms.txt`)).status).toBe(200);
  expect(server.process.exitCode).toBeNull();
  expect(server.log()).not.toMatch(/\.ts:\d+|ENOENT|JSON/);
});

test('bound to 0.0.0.0 the server answers for this machine’s addresses and ALLOWED_HOSTS, and no other name', async () => {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry?.family === 'IPv4' && !entry.internal)
    .map((entry) => entry!.address);
  expect(addresses.length, 'a network interface besides loopback').toBeGreaterThan(0);
  const server = await start({ env: { HOST: '0.0.0.0', ALLOWED_HOSTS: 'docs.lan, Proxy.Example:8443' } });
  const { port } = server;
  for (const host of [
    ...addresses.map((address) => `${address}:${port}`),
    'localhost',
    `docs.lan:${port}`,
    'DOCS.LAN',
    'proxy.example',
  ]) {
    expect((await getWithHost(port, '/api/sandbox/account', host)).status, host).toBe(200);
  }
  for (const host of ['rebind.evil.example', `lan.docs:${port}`, '10.255.255.254']) {
    expect((await getWithHost(port, '/api/sandbox/account', host)).status, host).toBe(421);
  }
});

/** A POST whose body is still arriving: resolves once the server has read its headers. */
async function openUpload(
  port: number,
  { keepAlive = false } = {},
): Promise<{ socket: Socket; reply: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  const reply = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  const continued = new Promise<void>((resolve) =>
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      if (received.includes('100 Continue')) resolve();
    }),
  );
  socket.on('error', () => undefined);
  socket.write(
    `POST /api/sandbox/reset HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 20\r\nExpect: 100-continue\r\n${keepAlive ? '' : 'Connection: close\r\n'}\r\n0123456789`,
  );
  await continued;
  return { socket, reply };
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });

test('SIGTERM: no new connections, an open request finishes with Connection: close, then the process exits', async () => {
  const server = await start({ env: { SHUTDOWN_GRACE_MS: '120000' } });
  // A keep-alive connection: told to close with its answer, it takes no further request.
  const upload = await openUpload(server.port, { keepAlive: true });
  process.kill(server.process.pid!, 'SIGTERM');
  await server.logged('SIGTERM: shutting down');
  expect(await refusesConnections(server.port)).toBe(true);
  upload.socket.write('0123456789');
  const reply = await upload.reply;
  expect(reply).toMatch(/HTTP\/1\.1 200 OK\r\n/);
  expect(reply).toMatch(/\r\nConnection: close\r\n/i);
  // Long before the two-minute grace: the last request ended, so the server closed.
  expect(await server.exited).toBe(0);
});

test('SIGTERM: an upload that never finishes is cut off after the grace period and the process exits', async () => {
  const server = await start();
  const upload = await openUpload(server.port);
  process.kill(server.process.pid!, 'SIGTERM');
  expect(await server.exited).toBe(0);
  expect(server.log()).toContain('open requests get 5 s to finish');
  expect(await upload.reply).not.toMatch(/HTTP\/1\.1 200/);
});

test('a client that disconnects mid-body is no server error: a debug line at most', async () => {
  const server = await start({ env: { LOG_LEVEL: 'debug' } });
  const upload = await openUpload(server.port);
  upload.socket.destroy();
  await server.logged('debug: a client closed its connection mid-request');
  expect((await fetch(`${server.origin}/api/sandbox/account`)).status).toBe(200);
  process.kill(server.process.pid!, 'SIGTERM');
  expect(await server.exited).toBe(0);
  expect(server.log()).not.toContain('sandbox server error');
});

interface LoopOutcome {
  /** Answers received after SIGTERM was sent. */
  answersAfterStop: number;
  /** Whether an answer said `Connection: close` (then the loop stops using the connection). */
  toldToClose: boolean;
  /** How the loop ended: refused (server gone), or the connection closed on a request. */
  end: 'refused' | 'closed-before-answer' | 'cut-mid-answer' | 'bound';
}

/**
 * One keep-alive connection sending `GET /llms.txt` after each answer, at most `bound` times,
 * reconnecting when told to close; ends when the server refuses the connection.
 */
function keepAliveLoop(port: number, bound: number, stopped: () => boolean): Promise<LoopOutcome> {
  return new Promise((resolve) => {
    const outcome: LoopOutcome = { answersAfterStop: 0, toldToClose: false, end: 'bound' };
    let sent = 0;
    const open = () => {
      const socket = connect(port, '127.0.0.1');
      let buffer = Buffer.alloc(0);
      let answered = true;
      const send = () => {
        if (sent++ >= bound) return void socket.end(() => resolve(outcome));
        answered = false;
        socket.write(`GET /llms.txt HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      };
      socket.on('connect', send);
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        const headEnd = buffer.indexOf('\r\n\r\n');
        if (headEnd === -1) return;
        const head = buffer.subarray(0, headEnd).toString('latin1');
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (buffer.length < headEnd + 4 + length) return;
        buffer = buffer.subarray(headEnd + 4 + length);
        answered = true;
        if (stopped()) outcome.answersAfterStop += 1;
        if (/\r\nconnection: *close/i.test(head)) {
          outcome.toldToClose = true;
          socket.end();
          socket.once('close', open);
        } else send();
      });
      socket.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED') {
          outcome.end = 'refused';
          resolve(outcome);
        }
      });
      socket.on('close', () => {
        if (answered || outcome.end === 'refused') return;
        outcome.end = buffer.length > 0 ? 'cut-mid-answer' : 'closed-before-answer';
        resolve(outcome);
      });
    };
    open();
  });
}

test('SIGTERM under load: every answer says Connection: close, connections drain, no request is cut', async () => {
  const server = await start({ env: { SHUTDOWN_GRACE_MS: '4000' } });
  let stopped = false;
  // Bounded loops, loopback only: enough to outlast the grace if the connections kept serving.
  const loops = Array.from({ length: 8 }, () => keepAliveLoop(server.port, 100_000, () => stopped));
  await expect.poll(async () => (await fetch(`${server.origin}/llms.txt`)).status).toBe(200);
  process.kill(server.process.pid!, 'SIGTERM');
  stopped = true;
  const outcomes = await Promise.all(loops);
  expect(await server.exited).toBe(0);
  for (const outcome of outcomes) {
    // Refused once the server is gone, or closed between two requests (HTTP's keep-alive race,
    // which a client retries): never cut in the middle of an answer, never still going at the end.
    expect(['refused', 'closed-before-answer']).toContain(outcome.end);
  }
  // A few answers may cross the signal on each connection; without Connection: close during the
  // grace, each would go on being served (thousands of answers) until the grace ends and cuts it.
  for (const outcome of outcomes) expect(outcome.answersAfterStop).toBeLessThanOrEqual(10);
  expect(server.log()).not.toContain('sandbox server error');
});
