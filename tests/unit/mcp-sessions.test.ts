/** MCP sessions expire and are bounded like the server's copies of browsers' sandboxes. */
import { describe, expect, it } from 'vitest';
import { MAX_SERVER_COPIES, SERVER_COPY_IDLE_MS } from '../../mocks/server-copies.ts';
import { createSessionRegistry } from '../../server/mcp/sessions.ts';

function fakeSession() {
  const session = { closed: false, close: () => void (session.closed = true) };
  return session;
}

describe('MCP session registry', () => {
  it('drops a session untouched for as long as a server copy, and closes it', () => {
    let time = 0;
    const registry = createSessionRegistry<ReturnType<typeof fakeSession>>({ now: () => time });
    const idle = fakeSession();
    const busy = fakeSession();
    registry.add('idle', idle);
    registry.add('busy', busy);
    time = SERVER_COPY_IDLE_MS - 1;
    expect(registry.get('busy')).toBe(busy);
    time = SERVER_COPY_IDLE_MS;
    expect(registry.get('idle')).toBeUndefined();
    expect(idle.closed).toBe(true);
    expect(registry.get('busy')).toBe(busy);
    expect(busy.closed).toBe(false);
  });

  it('keeps at most as many sessions as server copies: the least recently used goes first', () => {
    const registry = createSessionRegistry<ReturnType<typeof fakeSession>>();
    const sessions = Array.from({ length: MAX_SERVER_COPIES + 1 }, fakeSession);
    sessions.slice(0, MAX_SERVER_COPIES).forEach((session, index) => registry.add(String(index), session));
    registry.get('0');
    registry.add('new', sessions.at(-1)!);
    expect(registry.size).toBe(MAX_SERVER_COPIES);
    expect(registry.get('0')).toBe(sessions[0]);
    expect(registry.get('1')).toBeUndefined();
    expect(sessions[1]!.closed).toBe(true);
  });
});
