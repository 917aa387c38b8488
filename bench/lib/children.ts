/**
 * Child processes: each runs in its own process group so that npx *and* what it starts can be
 * stopped; whatever is still running when the bench exits is killed.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { sleep } from './config.ts';
import { KB } from './sizes.ts';

const children = new Set<ChildProcess>();

export function startChild(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  children.add(child);
  return child;
}

/** For a child that has exited by itself: nothing left to stop. */
export function forgetChild(child: ChildProcess): void {
  children.delete(child);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

export async function stopChild(child: ChildProcess): Promise<void> {
  killGroup(child, 'SIGTERM');
  const stopped = await Promise.race([exited(child).then(() => true), sleep(3000).then(() => false)]);
  // npx may exit before its child: always sweep the group.
  killGroup(child, stopped ? 'SIGTERM' : 'SIGKILL');
  children.delete(child);
}

process.on('exit', () => {
  for (const child of children) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\nbench: ${signal}, stopping\n`);
    for (const child of children) killGroup(child, 'SIGKILL');
    process.exit(130);
  });
}

/** The last 64 KB of the child's stdout + stderr. */
export function captureOutput(child: ChildProcess): () => string {
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64 * KB);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => output;
}
