/** The partner API's rate-limit windows stay bounded: expiry, reset, snapshot load, and a cap. */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers.ts';
import { createRateLimiter, HOUR_MS, MAX_TRACKED_ACCOUNTS } from '../../mocks/rate-limit.ts';
import { createInitialState, enableLegacyTokens } from '../../mocks/state.ts';
import { createMemoryStore } from '../../mocks/store.ts';
import { basic, fixedClock, ORIGIN, seededRandomBytes } from './harness.ts';

const remaining = (result: { headers: Record<string, string> }) => result.headers['X-RateLimit-Remaining-hour'];

describe('rate limiter', () => {
  it(`keeps at most ${MAX_TRACKED_ACCOUNTS} windows however many Account SIDs call, dropping the oldest`, () => {
    const clock = fixedClock();
    const limiter = createRateLimiter(() => clock.now().getTime());
    for (let index = 0; index < 100_000; index++) {
      limiter.take(`SID-${index}`);
      expect(limiter.size).toBeLessThanOrEqual(MAX_TRACKED_ACCOUNTS);
    }
    expect(limiter.size).toBe(MAX_TRACKED_ACCOUNTS);
    // The newest SIDs keep their count; the first one was evicted and starts a fresh window.
    expect(remaining(limiter.take('SID-99999'))).toBe('998');
    expect(remaining(limiter.take('SID-0'))).toBe('999');
  });

  it('a window leaves once its hour is over, even if its SID never calls again', () => {
    const clock = fixedClock();
    const limiter = createRateLimiter(() => clock.now().getTime());
    for (let index = 0; index < 50; index++) limiter.take(`SID-${index}`);
    clock.advance(HOUR_MS / 2);
    limiter.take('SID-later');
    expect(limiter.size).toBe(51);
    clock.advance(HOUR_MS / 2);
    limiter.take('SID-next');
    // The 50 first windows ended; the one started half an hour ago is still counting.
    expect(limiter.size).toBe(2);
    expect(remaining(limiter.take('SID-later'))).toBe('998');
  });
});

describe('the handlers forget a replaced Account SID', () => {
  function sandbox() {
    const clock = fixedClock();
    const stateContext = { randomBytes: seededRandomBytes(), now: () => clock.now() };
    const store = createMemoryStore(enableLegacyTokens(createInitialState(stateContext)), stateContext);
    const rateLimiter = createRateLimiter(() => clock.now().getTime());
    const handlers = createHandlers({ store, baseUrl: ORIGIN, stateContext, rateLimiter });
    const call = async (path: string, init: RequestInit = {}) =>
      (await getResponse(handlers, new Request(`${ORIGIN}${path}`, init)))!;
    const campaigns = () => {
      const { accountSid, legacyToken } = store.read();
      return call(`/api/Mediapartners/${accountSid}/Campaigns.json`, {
        headers: { Authorization: basic(accountSid, legacyToken.readWrite.authToken) },
      });
    };
    return { store, rateLimiter, call, campaigns, stateContext };
  }

  it('POST /api/sandbox/reset drops the old SID’s window', async () => {
    const { rateLimiter, call, campaigns } = sandbox();
    expect((await campaigns()).status).toBe(200);
    expect(rateLimiter.size).toBe(1);
    expect((await call('/api/sandbox/reset', { method: 'POST' })).status).toBe(200);
    expect(rateLimiter.size).toBe(0);
  });

  it('PUT /api/sandbox/snapshot drops the replaced SID’s window; a refused snapshot keeps it', async () => {
    const { rateLimiter, call, campaigns, stateContext } = sandbox();
    expect((await campaigns()).status).toBe(200);
    const put = (body: string) =>
      call('/api/sandbox/snapshot', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body });
    expect((await put('{"schemaVersion": 1}')).status).toBe(400);
    expect(rateLimiter.size).toBe(1);
    expect((await put(JSON.stringify(enableLegacyTokens(createInitialState(stateContext))))).status).toBe(200);
    expect(rateLimiter.size).toBe(0);
    expect((await campaigns()).headers.get('X-RateLimit-Remaining-hour')).toBe('999');
  });
});
