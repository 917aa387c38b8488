/** How figures and tables are printed. */
import { KB } from './sizes.ts';

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : `${Math.round(value)} ms`;
/** Milliseconds with the precision sub-millisecond figures need. */
export const fineMs = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value)
    ? '—'
    : `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
export const share = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** A plain-text table; `rightAligned` lists the columns (0-based) padded on the left. */
export function table(headers: string[], rows: string[][], rightAligned: number[] = []): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The usual "target / limit / measured / result" table that closes a section. */
export function targetTable(rows: string[][]): string {
  return table(['target', 'limit', 'measured', 'result'], rows, [2]);
}

export function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
