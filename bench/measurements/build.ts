/** 1. `astro build` wall time (skipped with --no-build). */
import { BenchError, progress, ROOT } from '../lib/config.ts';
import { captureOutput, forgetChild, startChild } from '../lib/children.ts';
import { ms, table, tail } from '../lib/format.ts';
import { defineMeasurement } from '../lib/measurement.ts';
import { median } from '../lib/stats.ts';

export interface BuildRun {
  wallMs: number;
  /** What Astro itself reports ("N page(s) built in Xs"), when it says so. */
  astroReportedMs: number | null;
}

export async function runBuild(): Promise<BuildRun> {
  const started = performance.now();
  const child = startChild('npx', ['astro', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = captureOutput(child);
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', (exitCode) => done(exitCode));
  });
  const wallMs = performance.now() - started;
  forgetChild(child);
  if (code !== 0) throw new BenchError(`"npx astro build" failed (exit ${code}). Last output:\n${tail(output())}`);
  const reported = /page\(s\) built in ([\d.]+)\s*(ms|s)\b/.exec(output());
  const astroReportedMs = reported ? Number(reported[1]) * (reported[2] === 's' ? 1000 : 1) : null;
  return { wallMs, astroReportedMs };
}

export const build = defineMeasurement({
  name: 'build',
  title: 'astro build',
  targets: {},

  async run({ options }) {
    const runs: BuildRun[] = [];
    if (!options.build) return runs;
    for (let run = 1; run <= options.buildRuns; run++) {
      progress(`astro build ${run}/${options.buildRuns}`);
      runs.push(await runBuild());
    }
    return runs;
  },

  summary: (runs) => ({ buildWallMsMedian: runs.length ? median(runs.map((run) => run.wallMs)) : null }),

  report(runs) {
    if (runs.length === 0) return ['(skipped: --no-build, measuring the existing dist/)'];
    const lines = [
      table(
        ['run', 'wall: npx astro build (incl. npx/Node start)', 'astro-reported'],
        runs.map((run, index) => [String(index + 1), ms(run.wallMs), ms(run.astroReportedMs)]),
        [1, 2],
      ),
    ];
    if (runs.length > 1) lines.push(`median wall: ${ms(median(runs.map((run) => run.wallMs)))}`);
    return lines;
  },
});
