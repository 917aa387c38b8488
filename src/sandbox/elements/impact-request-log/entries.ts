/** The request log's entries, apart from drawing them: filters, labels and the comparison's headings. */
import type { LogEntry, RequestLogEntry } from '../../../contract/index.ts';

/** `all`, `none` (no token the sandbox knows), or `level:masked`. */
export type TokenFilter = string;
/** `all`, `success` (2xx), `failure` (4xx/5xx), or one status code. */
export type StatusFilter = string;

function tokenKey(entry: RequestLogEntry): string {
  return entry.token ? `${entry.token.level}:${entry.token.masked}` : 'none';
}

/** The distinct tokens the requests used, in the order first seen. */
export function tokensSeen(entries: readonly LogEntry[]): Array<{ key: string; entry: RequestLogEntry }> {
  const seen = new Map<string, RequestLogEntry>();
  for (const entry of entries)
    if (entry.kind === 'request' && !seen.has(tokenKey(entry))) seen.set(tokenKey(entry), entry);
  return [...seen].map(([key, entry]) => ({ key, entry }));
}

export function statusesSeen(entries: readonly LogEntry[]): number[] {
  return [...new Set(entries.flatMap((entry) => (entry.kind === 'request' ? [entry.status] : [])))].sort(
    (a, b) => a - b,
  );
}

/**
 * Actions stay in the timeline whatever the filters (they explain the requests around them);
 * requests must match both filters.
 */
export function matches(entry: LogEntry, token: TokenFilter, status: StatusFilter): boolean {
  if (entry.kind === 'action') return true;
  if (token !== 'all' && tokenKey(entry) !== token) return false;
  if (status === 'all') return true;
  if (status === 'success') return entry.status >= 200 && entry.status < 300;
  if (status === 'failure') return entry.status >= 400;
  return String(entry.status) === status;
}

/** The path without `/Mediapartners/{AccountSID}/`, which every row would repeat. */
export function resourceOf(path: string): string {
  return path.replace(/^\/(?:api\/)?Mediapartners\/[^/]+\//, '') || path;
}

/**
 * How two requests relate: across a token reset they are "before the reset" and "after the
 * reset"; otherwise earlier and later. Returned oldest first.
 */
export function comparison(
  entries: readonly LogEntry[],
  ids: readonly number[],
): { pair: [RequestLogEntry, RequestLogEntry]; acrossReset: boolean } | null {
  const pair = ids
    .map((id) => entries.find((entry) => entry.id === id))
    .filter((entry): entry is RequestLogEntry => entry?.kind === 'request')
    .sort((a, b) => a.id - b.id);
  const [first, second] = pair;
  if (!first || !second) return null;
  const acrossReset = entries.some(
    (entry) =>
      entry.kind === 'action' &&
      entry.id > first.id &&
      entry.id < second.id &&
      (entry.action === 'reset-token' || entry.action === 'sandbox-reset'),
  );
  return { pair: [first, second], acrossReset };
}
