/** Command-line options (after `npm run bench --`). */
import { parseArgs } from 'node:util';
import { BenchError } from './config.ts';

export const USAGE = 'usage: npm run bench -- [--runs N] [--timing-runs N] [--no-build] [--port N] [--strict]';

export interface BenchOptions {
  help: boolean;
  /** astro build runs (--runs, default 1). */
  buildRuns: number;
  /** Browser runs per scenario (--timing-runs, default 5). */
  timingRuns: number;
  /** False with --no-build: measure the existing dist/. */
  build: boolean;
  /** --port; default 4455, or a free one if 4455 is taken. */
  port: number | undefined;
  /** --strict: exit 2 when a target is OVER. */
  strict: boolean;
}

export function parseOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      'timing-runs': { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
      port: { type: 'string' },
      strict: { type: 'boolean', default: false },
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
    build: !values['no-build'],
    port: values.port === undefined ? undefined : positiveInt('port', values.port),
    strict: values.strict,
  };
}
