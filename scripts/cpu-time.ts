/**
 * `node scripts/cpu-time.ts <command…>`: runs the command and reports the CPU time of every
 * process under it, browsers included (Linux: it reads /proc every 250 ms). `/usr/bin/time`
 * misses Chromium: its renderers are never reaped into the command's own usage, so a test that
 * keeps a page busy for 16 CPU-s shows under 1 s there. Wall time on a shared machine says
 * little; this figure, with the load average it prints, is what to compare.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** /proc's clock ticks per second (USER_HZ): 100 on every Linux the tests run on. */
const TICKS_PER_SECOND = 100;

interface ProcessTimes {
  parent: number;
  /** user + system, in ticks */
  ticks: number;
}

/** Each running process by `pid:start time` (a pid may be reused), its parent and CPU ticks so far. */
function readProcesses(): Map<string, ProcessTimes & { pid: number }> {
  const processes = new Map<string, ProcessTimes & { pid: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended since the listing
    }
    // Fields after the command name (which may hold spaces): state, ppid, … utime (14), stime (15), starttime (22).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    processes.set(`${name}:${fields[19]}`, { pid: Number(name), parent: Number(fields[1]), ticks });
  }
  return processes;
}

/** Runs the command, sampling its process tree until it ends; resolves with its exit code and CPU seconds. */
export async function cpuTime(command: string[]): Promise<{ code: number; cpuSeconds: number; wallSeconds: number }> {
  const started = Date.now();
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit' });
  const lastSeen = new Map<string, number>();
  const sample = () => {
    const processes = readProcesses();
    const children = new Map<number, string[]>();
    for (const [key, { parent }] of processes) children.set(parent, [...(children.get(parent) ?? []), key]);
    // The tree under the command, and anything once in it that was handed to init since.
    const queue = [
      child.pid!,
      ...[...lastSeen.keys()].filter((key) => processes.has(key)).map((key) => processes.get(key)!.pid),
    ];
    const visited = new Set<number>();
    for (const [key, { pid, ticks }] of processes) if (pid === child.pid) lastSeen.set(key, ticks);
    while (queue.length) {
      const pid = queue.pop()!;
      if (visited.has(pid)) continue;
      visited.add(pid);
      for (const key of children.get(pid) ?? []) {
        lastSeen.set(key, processes.get(key)!.ticks);
        queue.push(processes.get(key)!.pid);
      }
    }
  };
  const timer = setInterval(sample, 250);
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  clearInterval(timer);
  const ticks = [...lastSeen.values()].reduce((sum, value) => sum + value, 0);
  return { code, cpuSeconds: ticks / TICKS_PER_SECOND, wallSeconds: (Date.now() - started) / 1000 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const loadBefore = load();
  const { code, cpuSeconds, wallSeconds } = await cpuTime(process.argv.slice(2));
  console.error(
    `cpu-time: ${wallSeconds.toFixed(0)} s wall, ${cpuSeconds.toFixed(0)} CPU-s (every process under the command); load average ${loadBefore} before, ${load()} after`,
  );
  process.exit(code);
}
