/**
 * Per-client limits on `/mcp` (by remote address, fixed one-minute windows): requests, and new
 * sessions, so one client can neither hold the server busy nor push every other session out of
 * the bounded registry (sessions.ts). Each partner API call inside a session still counts
 * against that sandbox's own hourly limit, as in the browser.
 */
export interface ClientLimits {
  requestsPerMinute: number;
  sessionsPerMinute: number;
}

export const MCP_LIMITS: ClientLimits = { requestsPerMinute: 600, sessionsPerMinute: 30 };
const WINDOW_MS = 60_000;
/** Past this many clients, finished windows are swept: memory stays bounded. */
const SWEEP_AT = 10_000;

export function createClientLimiter(limits: Partial<ClientLimits> = {}, now = () => Date.now()) {
  const { requestsPerMinute, sessionsPerMinute } = { ...MCP_LIMITS, ...limits };
  const windows = new Map<string, { startedAt: number; requests: number; sessions: number }>();

  const windowOf = (client: string) => {
    const time = now();
    if (windows.size > SWEEP_AT) {
      for (const [key, window] of windows) if (time - window.startedAt >= WINDOW_MS) windows.delete(key);
    }
    let window = windows.get(client);
    if (!window || time - window.startedAt >= WINDOW_MS) {
      window = { startedAt: time, requests: 0, sessions: 0 };
      windows.set(client, window);
    }
    return { window, retryAfter: Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - time) / 1000)) };
  };

  return {
    /** 0 when allowed, else the seconds until the client's window starts afresh. */
    request(client: string): number {
      const { window, retryAfter } = windowOf(client);
      window.requests += 1;
      return window.requests > requestsPerMinute ? retryAfter : 0;
    },
    session(client: string): number {
      const { window, retryAfter } = windowOf(client);
      window.sessions += 1;
      return window.sessions > sessionsPerMinute ? retryAfter : 0;
    },
  };
}
