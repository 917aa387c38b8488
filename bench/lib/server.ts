/**
 * A built site behind server/serve.ts, as `npm start` serves it, on the requested port (or a free
 * one): dist/, or another build folder through serve.ts's exported `main({ distDir })`.
 */
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BenchError, ROOT, sleep } from './config.ts';
import { captureOutput, forgetChild, startChild, stopChild } from './children.ts';
import { tail } from './format.ts';

const DEFAULT_PORT = 4455;

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

async function anyFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

export interface RunningServer {
  origin: string;
  port: number;
  stop: () => Promise<void>;
}

/** `node server/serve.ts`, or the same server over `distDir` (the dir comes first: serve.ts must not see itself in argv[1]). */
function serverCommand(distDir: string | undefined): string[] {
  if (!distDir) return ['node', 'server/serve.ts'];
  const code = 'const { main } = await import(process.argv[2]); main({ distDir: process.argv[1] });';
  return ['node', '--input-type=module', '-e', code, distDir, join(ROOT, 'server/serve.ts')];
}

export async function startServer(
  requestedPort: number | undefined,
  {
    distDir,
    root = ROOT,
    strictPort = requestedPort !== undefined,
  }: {
    distDir?: string;
    /** Another checkout of the project whose `npm start` server (and dist/) to run (`--against`). */
    root?: string;
    strictPort?: boolean;
  } = {},
): Promise<RunningServer> {
  let port = requestedPort ?? DEFAULT_PORT;
  if (!(await portIsFree(port))) {
    if (strictPort) throw new BenchError(`port ${port} is in use`);
    port = await anyFreePort();
  }
  const child = startChild('npx', serverCommand(distDir), {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  });
  const output = captureOutput(child);
  const state = { exit: '' };
  child.once('exit', (code, signal) => {
    state.exit = `exit ${code ?? signal}`;
  });
  child.once('error', (error) => {
    state.exit = error.message;
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  const startedAt = Date.now();
  const deadline = startedAt + 30_000;
  for (;;) {
    if (state.exit) {
      forgetChild(child);
      throw new BenchError(
        `the server (npx ${serverCommand(distDir).join(' ')}) stopped (${state.exit}) before answering:\n${tail(output())}`,
      );
    }
    // serve.ts logs its URLs once listening: waiting for that (as well as for an answer) makes
    // sure the answer comes from this server, not from something that grabbed the port meanwhile.
    const listening = output().includes(`127.0.0.1:${port}`) || Date.now() - startedAt > 10_000;
    try {
      if (listening) {
        const response = await fetch(`${origin}/api/sandbox/account`, { signal: AbortSignal.timeout(2000) });
        await response.arrayBuffer();
        if (response.status < 500) break;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new BenchError(`the server did not answer ${origin}/api/sandbox/account within 30 s:\n${tail(output())}`);
    }
    await sleep(150);
  }
  return { origin, port, stop };
}
