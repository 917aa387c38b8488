/**
 * The partner API's hourly window lives in each sandbox's state (so a reload keeps it and a
 * scenario can start rate-limited), and the server's copies of browsers' sandboxes stay bounded.
 */
import { describe, expect, it } from 'vitest';
import { createServerCopies } from '../../mocks/handlers.ts';
import { countCall, HOUR_MS } from '../../mocks/rate-limit.ts';
import { MAX_SERVER_COPIES, SERVER_COPY_IDLE_MS } from '../../mocks/server-copies.ts';
import { createInitialState, enableLegacyTokens, type SandboxState } from '../../mocks/state.ts';
import { RATE_LIMIT_PER_HOUR } from '../../src/contract/index.ts';
import { basic, fixedClock, seededRandomBytes, serverCopyBackend } from './harness.ts';

describe('the hourly window in the state', () => {
  const start = new Date('2026-03-01T10:00:00.000Z');
  const later = (ms: number) => new Date(start.getTime() + ms);
  const fresh = () => enableLegacyTokens(createInitialState({ randomBytes: seededRandomBytes() }));

  it(`allows ${RATE_LIMIT_PER_HOUR} calls an hour, then limits, and counts down to the window's end`, () => {
    let state = fresh();
    for (let call = 1; call <= RATE_LIMIT_PER_HOUR; call++) {
      const result = countCall(state, later(call - 1));
      expect(result.limited).toBe(false);
      state = result.state;
    }
    const over = countCall(state, later(HOUR_MS / 2));
    expect(over.limited).toBe(true);
    expect(over.headers['X-RateLimit-Remaining-hour']).toBe('0');
    expect(over.resetSeconds).toBe(HOUR_MS / 2 / 1000);
  });

  it('starts a new window once the hour is over, and when a saved window lies in the future', () => {
    const used: SandboxState = {
      ...fresh(),
      rateLimit: { windowStartedAt: start.toISOString(), used: RATE_LIMIT_PER_HOUR },
    };
    expect(countCall(used, later(HOUR_MS - 1)).limited).toBe(true);
    const next = countCall(used, later(HOUR_MS));
    expect(next.limited).toBe(false);
    expect(next.state.rateLimit).toEqual({ windowStartedAt: later(HOUR_MS).toISOString(), used: 1 });
    expect(countCall(used, later(-60_000)).state.rateLimit.used).toBe(1);
  });
});

describe("the server's copies of browsers' sandboxes", () => {
  const state = (index: number): SandboxState => ({
    ...createInitialState({ randomBytes: seededRandomBytes(index) }),
    accountSid: `IRSANDBOX${String(index).padStart(24, '0')}1`,
  });

  /** Basic credentials with the state's own token: what the copy answers to. */
  const owner = (copy: SandboxState) => basic(copy.accountSid, copy.legacyToken.readWrite.authToken);

  it(`keeps at most ${MAX_SERVER_COPIES} however many a client sends, dropping the least recently used`, () => {
    const sandboxes = createServerCopies();
    const first = state(0);
    sandboxes.put(first);
    for (let index = 1; index < 20_000; index++) {
      sandboxes.put(state(index));
      // Touched now and then, the first copy stays the most recent one.
      if (index % 100 === 0)
        expect(sandboxes.storeFor(first.accountSid, owner(first))?.read().accountSid).toBe(first.accountSid);
    }
    expect(sandboxes.size).toBe(MAX_SERVER_COPIES);
    expect(sandboxes.storeFor(state(1).accountSid, owner(state(1)))).toBeUndefined();
    expect(sandboxes.storeFor(state(19_999).accountSid, owner(state(19_999)))).toBeDefined();
  });

  it('drops a copy nobody touched for a while', () => {
    const clock = fixedClock();
    const sandboxes = createServerCopies({ now: () => clock.now().getTime() });
    sandboxes.put(state(1));
    clock.advance(SERVER_COPY_IDLE_MS / 2);
    sandboxes.put(state(2));
    clock.advance(SERVER_COPY_IDLE_MS / 2);
    expect(sandboxes.size).toBe(1);
    expect(sandboxes.storeFor(state(1).accountSid, owner(state(1)))).toBeUndefined();
  });

  it('answers a partner API call from the copy its Account SID names, and refuses an invalid copy', async () => {
    const { sandboxes, call, browsers, putCopy } = serverCopyBackend();
    const put = (body: unknown, sid = browsers.accountSid) => putCopy(body, 'k'.repeat(43), sid);

    expect((await put({ schemaVersion: 2, accountSid: 'nope' })).status).toBe(400);
    expect((await put(browsers, `IRSANDBOX${'B'.repeat(24)}1`)).status).toBe(400);
    expect(sandboxes.size).toBe(0);
    expect((await put(browsers)).status).toBe(201);
    const campaigns = await call(`/api/Mediapartners/${browsers.accountSid}/Campaigns.json`, {
      headers: { Authorization: basic(browsers.accountSid, browsers.legacyToken.readWrite.authToken) },
    });
    expect(campaigns.status).toBe(200);
    // The call is in that copy's own log, as in the browser.
    expect(sandboxes.storeFor(browsers.accountSid, owner(browsers))?.read().log.at(-1)).toMatchObject({
      status: 200,
      reason: 'ok',
    });
    expect((await call(`/api/sandboxes/${browsers.accountSid}`, { method: 'DELETE' })).headers.get('Allow')).toBe(
      'PUT, GET',
    );
  });
});
