/** Command-line options (after `npm run bench --`). */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchError } from './config.ts';

export const USAGE =
  'usage: npm run bench -- [--runs N] [--timing-runs N] [--profile-runs N] [--no-build] [--port N] [--strict] [--only NAME,…] [--compare FILE] [--against DIR]';

export interface BenchOptions {
  help: boolean;
  /** astro build runs (--runs, default 1). */
  buildRuns: number;
  /** Browser runs per scenario (--timing-runs, default 5). */
  timingRuns: number;
  /** Cold loads per page and device in the as-served section (--profile-runs, default 3; the median is reported). */
  profileRuns: number;
  /** False with --no-build: measure the existing dist/. */
  build: boolean;
  /** --port; default 4455, or a free one if 4455 is taken. The bench's other listeners take the next ports (or free ones). */
  port: number | undefined;
  /** --strict: exit 2 when a target is OVER. */
  strict: boolean;
  /** --only a,b: run only the measurements with these names (their keys in latest.json). */
  only: string[];
  /** --compare FILE: an earlier latest.json whose summary is printed next to this run's. */
  compare: string | undefined;
  /** --against DIR: another built checkout whose guide section 2 loads too, interleaved (absolute path). */
  against: string | undefined;
}

/** A checkout of this project with its site built: its `npm start` can be run for a side-by-side. */
function checkoutToCompare(path: string): string {
  const root = resolve(path);
  for (const needed of ['server/serve.ts', 'dist', 'node_modules'])
    if (!existsSync(join(root, needed)))
      throw new BenchError(`--against ${path}: no ${needed} there (a checkout of this project, built, is needed)`);
  return root;
}

export function parseOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      'timing-runs': { type: 'string', default: '5' },
      'profile-runs': { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      port: { type: 'string' },
      strict: { type: 'boolean', default: false },
      only: { type: 'string', default: '' },
      compare: { type: 'string' },
      against: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  const positiveInt = (name: string, text: string | undefined): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
      throw new BenchError(`--${name} must be a positive integer (got "${text}")`);
    return value;
  };
  return {
    help: values.help,
    buildRuns: positiveInt('runs', values.runs),
    timingRuns: positiveInt('timing-runs', values['timing-runs']),
    profileRuns: positiveInt('profile-runs', values['profile-runs']),
    build: !values['no-build'],
    port: values.port === undefined ? undefined : positiveInt('port', values.port),
    strict: values.strict,
    only: values.only
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    compare: values.compare,
    against: values.against === undefined ? undefined : checkoutToCompare(values.against),
  };
}

/**
 * The bench stops by itself within this time (a hung page or server cannot keep it running);
 * its children (server, Chromium) are killed on exit. A default run takes about 4 minutes on 2 busy cores.
 */
export const TIME_LIMIT_MS = 9.5 * 60_000;

/**
 * What each cold load per page and device beyond the default three adds to the limit, per side
 * loaded (--against loads two), so a longer run asked for is not stopped as hung: with --against,
 * five loads took about 6 minutes and nine more than 9.5 (at least 26 s per extra load and side
 * on 2 busy cores); 75 s leaves room for a busier machine.
 */
const PER_EXTRA_PROFILE_RUN_MS = 75_000;

/** The time limit of a run with these options. */
export const timeLimitOf = ({ profileRuns, against }: { profileRuns: number; against: string | undefined }) =>
  TIME_LIMIT_MS + Math.max(0, profileRuns - 3) * PER_EXTRA_PROFILE_RUN_MS * (against ? 2 : 1);
