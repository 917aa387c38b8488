/**
 * The MCP sessions, each with its own sandbox, bounded and expiring exactly like the server's
 * copies of browsers' sandboxes (mocks/server-copies.ts: at most 500, the least recently used
 * goes first; dropped after 12 hours untouched), so memory stays small whatever clients do.
 */
import { MAX_SERVER_COPIES, SERVER_COPY_IDLE_MS } from '../../mocks/server-copies.ts';

export interface Closable {
  close(): Promise<void> | void;
}

export interface SessionRegistry<S extends Closable> {
  /** The session, touched (kept) by the lookup; undefined when unknown or expired. */
  get(id: string): S | undefined;
  add(id: string, session: S): void;
  /** Forgets it without closing it (its transport closed itself). */
  remove(id: string): void;
  readonly size: number;
}

export function createSessionRegistry<S extends Closable>({
  max = MAX_SERVER_COPIES,
  idleMs = SERVER_COPY_IDLE_MS,
  now = () => Date.now(),
}: { max?: number; idleMs?: number; now?: () => number } = {}): SessionRegistry<S> {
  // Insertion order is recency order (every touch re-inserts): expiry and eviction look at the front only.
  const sessions = new Map<string, { session: S; touchedAt: number }>();

  const drop = (id: string) => {
    const entry = sessions.get(id);
    sessions.delete(id);
    // Closing ends the session's transport: its next request gets "session not found".
    if (entry) void Promise.resolve(entry.session.close()).catch(() => undefined);
  };
  const dropIdle = (time: number) => {
    for (const [id, entry] of sessions) {
      if (time - entry.touchedAt < idleMs) break;
      drop(id);
    }
  };

  return {
    get(id) {
      const time = now();
      dropIdle(time);
      const entry = sessions.get(id);
      if (!entry) return undefined;
      sessions.delete(id);
      sessions.set(id, { session: entry.session, touchedAt: time });
      return entry.session;
    },
    add(id, session) {
      const time = now();
      dropIdle(time);
      sessions.set(id, { session, touchedAt: time });
      while (sessions.size > max) drop(sessions.keys().next().value!);
    },
    remove(id) {
      sessions.delete(id);
    },
    get size() {
      dropIdle(now());
      return sessions.size;
    },
  };
}
