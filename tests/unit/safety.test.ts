/**
 * The sandbox never talks to impact.com and never writes a token to the console.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, basic, useSandbox } from './harness.ts';

const sandbox = useSandbox();

describe('real impact.com hosts are never contacted', () => {
  const URLS = [
    'https://api.impact.com/Mediapartners/IRSANDBOXAAAAAAAAAAAAAAAAAAAAAAAA1/Campaigns',
    'https://api.impact.com/Mediapartners/IRSANDBOXAAAAAAAAAAAAAAAAAAAAAAAA1/Campaigns.json?IrVersion=15',
    'http://api.impact.com/Mediapartners/x/Actions',
    'https://API.IMPACT.COM/Mediapartners/x/Campaigns',
    'https://impact.com/',
    'https://app.impact.com:443/secure/login',
    'https://integrations.impact.com/impact-publisher/reference',
    'https://api.impact.com:8443/Advertisers/x/Conversions',
  ];
  const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
  const CASES = URLS.flatMap((url) => METHODS.map((method) => ({ url, method })));

  it.each(CASES)('$method $url → 421 from the sandbox guard', async ({ url, method }) => {
    const state = sandbox.enabled();
    sandbox.load(state);
    const response = await fetch(url, {
      method,
      headers: { Authorization: basic(state.accountSid, state.legacyToken.readWrite.authToken) },
      body: method === 'GET' || method === 'OPTIONS' ? undefined : '{}',
    });
    expect(response.status).toBe(421);
    const body = await response.json();
    expect(body).toEqual({
      Status: 'ERROR',
      Message: expect.stringMatching(/^Blocked by the sandbox: [a-z0-9.:-]*impact\.com\S* is a real impact\.com host/i),
    });
    expect(body.Message).toContain(new URL(url).host);
    // The guard touches nothing: no rate-limit accounting, no state change.
    expect(response.headers.get('X-RateLimit-Remaining-hour')).toBeNull();
    expect(sandbox.store.read()).toEqual(state);
  });

  it('HEAD to a real host is answered by the guard too', async () => {
    const response = await fetch('https://api.impact.com/Mediapartners/x/Campaigns', { method: 'HEAD' });
    expect(response.status).toBe(421);
  });

  it.each(['https://notimpact.com/x', 'https://impact.com.example/x', 'https://example.test/impact.com/'])(
    'look-alike host %s is not claimed by the guard and, unhandled, is refused rather than fetched',
    async (url) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        await expect(fetch(url)).rejects.toThrow();
        expect(error.mock.calls.flat().join(' ')).toContain('without a matching request handler');
      } finally {
        error.mockRestore();
      }
    },
  );
});

describe('tokens are never logged', () => {
  const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

  afterEach(() => vi.restoreAllMocks());

  /** Everything a console call received, as text (objects serialised, errors with their stack). */
  function loggedText(calls: unknown[][]): string {
    return calls
      .flat()
      .map((value) => {
        if (value instanceof Error) return `${value.message}\n${value.stack ?? ''}`;
        if (typeof value === 'string') return value;
        try {
          return JSON.stringify(value) ?? String(value);
        } catch {
          return String(value);
        }
      })
      .join('\n');
  }

  it('through enable, both resets, old and new tokens, malformed headers and a version upgrade', async () => {
    const spies = METHODS.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
    const stderr = vi.spyOn(process.stderr, 'write');
    const stdout = vi.spyOn(process.stdout, 'write');
    const tokens = new Set<string>();
    const statuses: number[] = [];
    const call = async (path: string, init: RequestInit = {}) => {
      const response = await api(path, init);
      statuses.push(response.status);
      const text = await response.text();
      return { response, text };
    };

    const enabled = JSON.parse((await call('/api/sandbox/legacy-tokens', { method: 'POST' })).text);
    const sid: string = enabled.credentials.accountSid;
    const first = {
      rw: enabled.credentials.readWrite.authToken as string,
      ro: enabled.credentials.readOnly.authToken as string,
    };
    tokens.add(first.rw).add(first.ro);

    await call(`/api/Mediapartners/${sid}/Campaigns`, { headers: { Authorization: basic(sid, first.rw) } });
    const rwReset = JSON.parse((await call('/api/sandbox/legacy-tokens/read-write/reset', { method: 'POST' })).text);
    const roReset = JSON.parse((await call('/api/sandbox/legacy-tokens/read-only/reset', { method: 'POST' })).text);
    const second = {
      rw: rwReset.credentials.readWrite.authToken as string,
      ro: roReset.credentials.readOnly.authToken as string,
    };
    tokens.add(second.rw).add(second.ro);
    expect(tokens.size).toBe(4);

    for (const token of [first.rw, first.ro, second.rw, second.ro]) {
      for (const path of ['Campaigns', 'Campaigns.json', 'ActionInquiries/1']) {
        await call(`/api/Mediapartners/${sid}/${path}`, { headers: { Authorization: basic(sid, token) } });
        await call(`/api/Mediapartners/${sid}/${path}`, {
          method: 'DELETE',
          headers: { Authorization: basic(sid, token) },
        });
      }
      await call(`/api/Mediapartners/${sid}/ActionInquiries`, {
        method: 'POST',
        headers: { Authorization: basic(sid, token), 'Content-Type': 'application/json' },
        body: JSON.stringify({ CampaignId: '12001', OrderId: token }),
      });
      await call(`/api/Mediapartners/${sid}/Campaigns`, { headers: { Authorization: `Bearer ${token}` } });
      await call(`/api/Mediapartners/${sid}/Campaigns`, {
        headers: { Authorization: `Basic ${Buffer.from(token).toString('base64')}` },
      });
      await call(`/api/Mediapartners/${sid}/Campaigns`, { headers: { Authorization: basic(token, token) } });
      await call(`/api/Mediapartners/${sid}/Campaigns`, {
        headers: { Authorization: basic(sid, token), 'IR-Version': token },
      });
      await call(`/api/Mediapartners/${token}/Campaigns`, { headers: { Authorization: basic(sid, token) } });
      await call(`/api/sandbox/${token}`);
    }
    await call('/api/sandbox/legacy-tokens/api-version', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: 15 }),
    });
    await call('/api/sandbox/legacy-tokens/api-version', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: 14 }),
    });
    await call('/api/sandbox/snapshot');
    await call('/api/sandbox/snapshot', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...sandbox.store.read(), accountSid: first.rw }),
    });
    await call(`/api/Mediapartners/${sid}/Campaigns.json`, { headers: { Authorization: basic(sid, second.rw) } });

    // The flow really exercised successes, refusals and errors.
    expect(statuses).toEqual(expect.arrayContaining([200, 201, 400, 401, 403, 404, 409]));

    const calls = spies.flatMap((spy) => spy.mock.calls);
    const written = [...stderr.mock.calls, ...stdout.mock.calls].map((args) => String(args[0]));
    const text = `${loggedText(calls)}\n${written.join('\n')}`;
    for (const token of tokens) {
      expect(text).not.toContain(token);
      // Nor in the Basic header form a log of request headers would show.
      expect(text).not.toContain(Buffer.from(`${sid}:${token}`).toString('base64'));
    }
  });
});
