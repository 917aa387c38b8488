/**
 * Performance bench for the guide + sandbox (`npm run bench`). Each measurement is one module in
 * bench/measurements/ (its shape, and the two phases it runs in, are in bench/lib/measurement.ts);
 * ALL_MEASUREMENTS lists them in the order of the report:
 *   1. `astro build` wall time;
 *   2. the guide as users get it: over HTTP from `npm start`'s server, cold, on a throttled phone
 *      (slow network through a proxy, CPU 4×) and a desktop: bytes on the wire, first paint, first
 *      widget usable, layout shift; and the same prose as a plain Astro page for reference;
 *   3. JS shipped to each locale's guide page, before the sandbox is needed and for the sandbox (+ worker);
 *   4. what is inside the sandbox chunk (esbuild metafile, with and without the browser aliases);
 *   5. time until the sandbox is interactive in headless Chromium (desktop; phone lazy path; unthrottled);
 *   6. the `?ask=` lookups (index size, answers in Node, first question and navigations in Chromium);
 *   7. the server's heap growth over 100,000 Account SIDs;
 *   8. the JS fetched as pages are used.
 * To add one: write bench/measurements/<name>.ts exporting `defineMeasurement({ … })`, add it below.
 *
 * Prints the report and writes bench/results/latest.json: { date, options, environment, one key
 * per measurement (its `name`) holding its result, summary, verdicts, network, targets }.
 *
 * Options (after `npm run bench --`):
 *   --runs N          astro build runs (default 1)
 *   --timing-runs N   browser runs per scenario of section 5 (default 5)
 *   --profile-runs N  cold loads per page and device in section 2 (default 3)
 *   --only a,b        only the measurements with these names (keys in latest.json); still
 *                     measures a fresh build (untimed) unless --no-build
 *   --compare FILE    also print the headline figures next to an earlier run's latest.json
 *   --no-build        measure the existing dist/ instead of building (never npm test's: the
 *                     bench refuses a dist/ with the pseudo-locale)
 *   --port N          server port (default 4455, or a free one if 4455 is taken); section 2's
 *                     reference server and proxies take the next four ports when free
 *   --strict          exit 2 when a size/time target is OVER
 * The bench stops by itself after its time limit (9.5 minutes, more for extra --profile-runs) and contacts nothing but 127.0.0.1.
 * Exit codes: 0 ok, 1 bench failure (or a request reached for an impact.com host, or an `?ask=` not
 * answered by the service worker), 2 OVER with --strict.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, relative } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium, network, reportNetwork, routeSelfTest } from './lib/browser.ts';
import { compareWith, readEarlierRun } from './lib/compare.ts';
import { BenchError, progress, RESULTS_FILE, ROOT } from './lib/config.ts';
import { checkDist } from './lib/dist.ts';
import type { Environment, Measurement, ReportContext } from './lib/measurement.ts';
import { parseOptions, timeLimitOf, USAGE, type BenchOptions } from './lib/options.ts';
import { startServer } from './lib/server.ts';
import { ask } from './measurements/ask.ts';
import { asServed } from './measurements/as-served.ts';
import { build, runBuild } from './measurements/build.ts';
import { pagesInUse } from './measurements/pages-in-use.ts';
import { serverSandboxMemory } from './measurements/server-sandbox-memory.ts';
import { sandboxChunk } from './measurements/sandbox-chunk.ts';
import { shippedJs } from './measurements/shipped-js.ts';
import { timeToInteractive } from './measurements/time-to-interactive.ts';

type AnyMeasurement = Measurement<unknown, unknown>;

const ALL_MEASUREMENTS: AnyMeasurement[] = [
  build,
  asServed,
  shippedJs,
  sandboxChunk,
  timeToInteractive,
  ask,
  serverSandboxMemory,
  pagesInUse,
];

/** The measurements of this run: all, or those named by --only. */
let MEASUREMENTS = ALL_MEASUREMENTS;

/** Each measurement's final result (after its last phase). */
type Results = Map<AnyMeasurement, unknown>;

/** Runs every measurement's Node phase, then (site and Chromium up) every browser phase, filling `results`. */
async function runMeasurements(options: BenchOptions, results: Results) {
  const resultOf = <R, N>(measurement: Measurement<R, N>) =>
    results.get(measurement as AnyMeasurement) as R | undefined;
  let guideFile: string | undefined;
  const checkDistOnce = () => (guideFile ??= checkDist());

  const fromRun = new Map<AnyMeasurement, unknown>();
  for (const measurement of MEASUREMENTS) {
    if (!measurement.run) continue;
    const result = await measurement.run({ options, checkDist: checkDistOnce, resultOf });
    (measurement.runInBrowser ? fromRun : results).set(measurement, result);
  }

  if (!MEASUREMENTS.some((measurement) => measurement.runInBrowser)) return { chromium: '(not started)', resultOf };
  const guide = checkDistOnce();
  progress('starting the server');
  const server = await startServer(options.port);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    await routeSelfTest(browser);
    const context = { options, browser, origin: server.origin, guideFile: guide, resultOf };
    for (const measurement of MEASUREMENTS)
      if (measurement.runInBrowser)
        results.set(measurement, await measurement.runInBrowser(context, fromRun.get(measurement)));
    return { chromium: browser.version(), resultOf };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

/** Names and target keys must be unique: they become keys of latest.json (checked before the work starts). */
function checkMeasurementList(): void {
  const names = ALL_MEASUREMENTS.map((measurement) => measurement.name);
  const targets = ALL_MEASUREMENTS.flatMap((measurement) => Object.keys(measurement.targets));
  for (const keys of [names, targets]) {
    const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
    if (repeated) throw new BenchError(`two measurements use the name or target key "${repeated}"`);
  }
}

/** Copies `entries` into `into`, failing on a key another measurement already wrote. */
function merge<T>(into: Record<string, T>, entries: Record<string, T> | undefined, what: string, by: string): void {
  for (const [key, value] of Object.entries(entries ?? {})) {
    if (key in into) throw new BenchError(`two measurements write ${what}.${key} (the second is "${by}")`);
    into[key] = value;
  }
}

function resultsFile(results: Results, options: BenchOptions, environment: Environment, startedAt: number) {
  const summary: Record<string, unknown> = {};
  const verdicts: Record<string, boolean> = {};
  const targets: Record<string, number> = {};
  for (const measurement of MEASUREMENTS) {
    const result = results.get(measurement);
    merge(summary, measurement.summary?.(result), 'summary', measurement.name);
    merge(verdicts, measurement.verdicts?.(result), 'verdicts', measurement.name);
    Object.assign(targets, measurement.targets);
  }
  // OVER is about the measurements' targets; a request for impact.com is a failure of its own (exit 1).
  const over = Object.values(verdicts).some((ok) => !ok);
  verdicts.noImpactRequests = network.impactBlocked.length === 0;
  summary.impactRequests = network.impactBlocked.length;
  summary.benchSeconds = Math.round((performance.now() - startedAt) / 100) / 10;
  const file = {
    date: new Date().toISOString(),
    options,
    environment,
    ...Object.fromEntries(MEASUREMENTS.map((measurement) => [measurement.name, results.get(measurement)])),
    summary,
    verdicts,
    network: {
      impactBlocked: network.impactBlocked,
      probeBlocked: network.probeBlocked,
      otherExternal: [...network.otherExternal],
      pageErrors: network.pageErrors,
    },
    targets,
  };
  return { file, over, benchSeconds: summary.benchSeconds, impactRequested: !verdicts.noImpactRequests };
}

function printReport(results: Results, context: ReportContext): void {
  const { cpus, loadAverage } = context.environment;
  const out = [
    `Machine: ${cpus} CPUs, 1-minute load average ${loadAverage.atStart.toFixed(1)} at the start, ${loadAverage.atEnd.toFixed(1)} at the end (timings grow with it).`,
  ];
  MEASUREMENTS.forEach((measurement, index) => {
    const title = typeof measurement.title === 'function' ? measurement.title(context) : measurement.title;
    out.push('', `== ${index + 1}. ${title} ==`, ...measurement.report(results.get(measurement), context));
  });
  out.push('', '== Network ==', ...reportNetwork());
  out.push('', `Results written to ${relative(ROOT, RESULTS_FILE)}`);
  console.log(out.join('\n'));
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  checkMeasurementList();
  const earlier = options.compare ? readEarlierRun(options.compare) : undefined;
  if (options.only.length) {
    const unknown = options.only.filter((name) => !ALL_MEASUREMENTS.some((measurement) => measurement.name === name));
    if (unknown.length)
      throw new BenchError(
        `--only: no measurement named ${unknown.join(', ')} (names: ${ALL_MEASUREMENTS.map((m) => m.name).join(', ')})`,
      );
    MEASUREMENTS = ALL_MEASUREMENTS.filter((measurement) => options.only.includes(measurement.name));
  }
  const startedAt = performance.now();
  const loadAtStart = loadavg()[0]!;
  const timeLimit = timeLimitOf(options);
  setTimeout(() => {
    console.error(`bench failed: still running after ${(timeLimit / 60_000).toFixed(1)} minutes; stopped.`);
    process.exit(1);
  }, timeLimit).unref();
  // --only without the build measurement still measures a fresh build, unless --no-build says otherwise
  // (dist/ may hold an older build, or npm test's).
  if (options.build && !MEASUREMENTS.includes(build) && MEASUREMENTS.some((measurement) => measurement.runInBrowser)) {
    progress('astro build (not timed: --only leaves the build measurement out)');
    await runBuild();
  }
  const results: Results = new Map();
  const { chromium, resultOf } = await runMeasurements(options, results);
  const environment: Environment = {
    node: process.version,
    chromium,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0]! },
  };
  const { file, over, benchSeconds, impactRequested } = resultsFile(results, options, environment, startedAt);
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
  printReport(results, { options, environment, resultOf });
  if (earlier) console.log(['', ...compareWith(earlier, file.summary)].join('\n'));
  console.log(`Bench took ${benchSeconds} s.`);

  if (impactRequested) {
    console.error('FAIL: the site requested impact.com hosts (blocked by the bench).');
    return 1;
  }
  if (over && options.strict) {
    console.error('OVER target(s) with --strict.');
    return 2;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `bench failed: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  },
);
