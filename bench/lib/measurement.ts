/**
 * What a measurement is. Each module in bench/measurements/ exports one, and bench/run.ts lists
 * them. The runner works in two phases so that Node-side timings never share the machine with
 * Chromium: first every measurement's `run` (in Node, nothing else running), then, with the site
 * served and Chromium up, every `runInBrowser`; both in list order, which is also the order of
 * the report's sections.
 */
import type { Browser } from '@playwright/test';
import type { BenchOptions } from './options.ts';

export interface Environment {
  node: string;
  chromium: string;
  platform: string;
  cpus: number;
  /** 1-minute load average when the bench started and when it ended: other work on the machine slows every timing. */
  loadAverage: { atStart: number; atEnd: number };
}

interface Results {
  /** The result of a measurement listed (and run) before; undefined when it is not in the list. */
  resultOf<R, N>(measurement: Measurement<R, N>): R | undefined;
}

/** What `run` may use (the Node phase). */
interface RunContext extends Results {
  options: BenchOptions;
  /** Fails unless dist/ holds a complete build (checked once); returns the guide page's HTML file. */
  checkDist(): string;
}

/** What `runInBrowser` may use: the built site served from dist/ and a Chromium blocking impact.com. */
interface BrowserRunContext extends Results {
  options: BenchOptions;
  browser: Browser;
  origin: string;
  guideFile: string;
}

/** What a report may use besides its own result. */
export interface ReportContext extends Results {
  options: BenchOptions;
  environment: Environment;
}

/** R: its result; N: what `run` hands to `runInBrowser` when a measurement has both. */
export interface Measurement<R, N = R> {
  /** The key of its result in bench/results/latest.json. */
  name: string;
  /** Section heading in the report (the runner numbers the sections). */
  title: string | ((context: ReportContext) => string);
  /** Its limits, written to latest.json's `targets` (keys unique across measurements). */
  targets: Record<string, number>;
  /** The Node phase. Its result is the measurement's, unless `runInBrowser` follows. */
  run?(context: RunContext): Promise<N>;
  /** The browser phase, given what `run` returned (undefined without a `run`). */
  runInBrowser?(context: BrowserRunContext, fromRun: N): Promise<R>;
  /** One verdict per target (latest.json's `verdicts`): false is OVER, and exit 2 with --strict. */
  verdicts?(result: R): Record<string, boolean>;
  /** Headline figures for latest.json's `summary`. */
  summary?(result: R): Record<string, unknown>;
  /** The lines of its section. */
  report(result: R, context: ReportContext): string[];
}

/** Declares a measurement, its types inferred from `run` and `runInBrowser`. */
export function defineMeasurement<N, R = N>(measurement: Measurement<R, N>): Measurement<R, N> {
  return measurement;
}
