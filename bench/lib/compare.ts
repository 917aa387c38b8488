/**
 * `--compare FILE`: this run's headline figures (latest.json's `summary`) next to an earlier
 * run's, so "nothing got worse" can be read off one table. Only figures both runs have are shown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { BenchError } from './config.ts';
import { table } from './format.ts';

/** Every number in `value`, keyed by its dotted path (arrays and non-numbers left out). */
export function numericLeaves(value: unknown, prefix = ''): Map<string, number> {
  const leaves = new Map<string, number>();
  if (typeof value === 'number' && Number.isFinite(value)) leaves.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [key, child] of Object.entries(value))
      for (const [path, number] of numericLeaves(child, prefix ? `${prefix}.${key}` : key)) leaves.set(path, number);
  return leaves;
}

export interface EarlierRun {
  file: string;
  date: string;
  summary: Record<string, unknown>;
}

/** Reads an earlier latest.json (checked before the bench starts its work). */
export function readEarlierRun(file: string): EarlierRun {
  if (!existsSync(file)) throw new BenchError(`--compare: no file ${file}`);
  let parsed: { date?: unknown; summary?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed;
  } catch {
    throw new BenchError(`--compare: ${file} is not JSON`);
  }
  if (!parsed.summary || typeof parsed.summary !== 'object')
    throw new BenchError(`--compare: ${file} has no "summary" (is it a bench/results/latest.json?)`);
  return { file, date: String(parsed.date ?? '?'), summary: parsed.summary as Record<string, unknown> };
}

export function compareWith(earlier: EarlierRun, summary: Record<string, unknown>): string[] {
  const before = numericLeaves(earlier.summary);
  const now = numericLeaves(summary);
  const rows = [...now]
    .filter(([path]) => before.has(path) && path !== 'benchSeconds')
    .map(([path, value]) => {
      const old = before.get(path)!;
      const change =
        old === 0
          ? value === 0
            ? '0 %'
            : 'new'
          : `${value >= old ? '+' : ''}${((value / old - 1) * 100).toFixed(1)} %`;
      const format = (number: number) => String(Math.round(number * 1000) / 1000);
      return [path, format(old), format(value), change];
    });
  return [
    `Compared with ${earlier.file} (${earlier.date}); sizes in bytes or KB and times in ms as each key says:`,
    table(['figure', 'then', 'now', 'change'], rows, [1, 2, 3]),
  ];
}
