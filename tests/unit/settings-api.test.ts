/**
 * The settings API behind the simulated partner app (/api/sandbox/…): enabling legacy tokens,
 * resetting either Auth Token, upgrading the API version, and saving or loading the sandbox.
 */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ORIGIN, api, basic, useSandbox } from './harness.ts';

const sandbox = useSandbox();

const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

async function enable() {
  const response = await api('/api/sandbox/legacy-tokens', { method: 'POST' });
  expect(response.status).toBe(201);
  return response.json();
}

interface CredentialView {
  authToken: string;
  lastResetAt: string | null;
  previousAuthToken: string | null;
}
interface CredentialsView {
  accountSid: string;
  readWrite: CredentialView;
  readOnly: CredentialView;
}

async function credentials(): Promise<CredentialsView> {
  const response = await api('/api/sandbox/legacy-tokens/credentials');
  expect(response.status).toBe(200);
  return response.json();
}

function campaigns(sid: string, token: string) {
  return api(`/api/Mediapartners/${sid}/Campaigns.json`, { headers: { Authorization: basic(sid, token) } });
}

describe('enabling legacy tokens', () => {
  it('starts disabled: no token card and no credentials are shown', async () => {
    const response = await api('/api/sandbox');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const view = await response.json();
    expect(view.account).toMatchObject({
      legacyTokensEnabled: false,
      sid: expect.stringMatching(/^IR[A-Za-z0-9]{31}1$/),
    });
    expect(view.legacyToken).toBeNull();
    expect(view.credentials).toBeNull();
    expect(JSON.stringify(view)).not.toContain(sandbox.store.read().legacyToken.readWrite.authToken);
  });

  it.each([
    '/api/sandbox/legacy-tokens',
    '/api/sandbox/legacy-tokens/credentials',
    '/api/sandbox/legacy-tokens/api-version',
  ])('GET %s before enabling → 404 saying to enable first', async (path) => {
    const response = await api(path);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      Status: 'ERROR',
      Message: expect.stringMatching(/not enabled yet.*POST \/api\/sandbox\/legacy-tokens/),
    });
  });

  it('POST enables them (201), shows the token card and credentials; the token was created before April 2025', async () => {
    const view = await enable();
    expect(view.account.legacyTokensEnabled).toBe(true);
    expect(Date.parse(view.legacyToken.createdAt)).toBeLessThan(Date.parse('2025-04-01T00:00:00Z'));
    expect(view.legacyToken.apiVersion).toBe(12);
    expect(view.legacyToken.upgradeTargets).toEqual([13, 14, 15, 16]);
    expect(view.legacyToken.accessLevels).toEqual([
      { level: 'readWrite', lastResetAt: null },
      { level: 'readOnly', lastResetAt: null },
    ]);
    expect(view.credentials.accountSid).toBe(view.account.sid);
    expect(view.credentials.readWrite.authToken).not.toBe(view.credentials.readOnly.authToken);
    expect((await api('/api/sandbox/account').then((r) => r.json())).legacyTokensEnabled).toBe(true);
  });

  it('enabling twice → 409, and nothing changes', async () => {
    await enable();
    const before = structuredClone(sandbox.store.read());
    const again = await api('/api/sandbox/legacy-tokens', { method: 'POST' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ Status: 'ERROR', Message: expect.stringMatching(/already enabled/) });
    expect(sandbox.store.read()).toEqual(before);
  });

  it('the pre-existing tokens work as soon as legacy tokens are enabled', async () => {
    const state = sandbox.store.read();
    const token = state.legacyToken.readWrite.authToken;
    expect((await campaigns(state.accountSid, token)).status).toBe(401);
    await enable();
    expect((await campaigns(state.accountSid, token)).status).toBe(200);
  });
});

describe.each([
  { level: 'readWrite', other: 'readOnly', route: 'read-write' },
  { level: 'readOnly', other: 'readWrite', route: 'read-only' },
] as const)('resetting the $level Auth Token', ({ level, other, route }) => {
  const path = `/api/sandbox/legacy-tokens/${route}/reset`;

  it('before enabling → 404 and no token changes', async () => {
    const before = structuredClone(sandbox.store.read());
    const response = await api(path, { method: 'POST' });
    expect(response.status).toBe(404);
    expect((await response.json()).Message).toMatch(/not enabled/);
    expect(sandbox.store.read()).toEqual(before);
  });

  it(`replaces only the ${level} token; the old one fails at once, the new one works`, async () => {
    await enable();
    const before = await credentials();
    const resetAt = sandbox.clock.now().toISOString();

    const response = await api(path, { method: 'POST' });
    expect(response.status).toBe(200);
    const view = await response.json();
    const after: CredentialsView = view.credentials;

    expect(after.accountSid).toBe(before.accountSid);
    expect(after[level].authToken).not.toBe(before[level].authToken);
    expect(after[level].authToken).toMatch(/^[A-Za-z0-9.~-]{32}$/);
    expect(after[level].lastResetAt).toBe(resetAt);
    expect(after[level].previousAuthToken).toBe(before[level].authToken);
    expect(after[other]).toEqual(before[other]);
    expect(after[other].lastResetAt).toBeNull();
    expect(view.legacyToken.accessLevels).toEqual(
      expect.arrayContaining([
        { level, lastResetAt: resetAt },
        { level: other, lastResetAt: null },
      ]),
    );
    // GET reports the same afterwards.
    expect(await credentials()).toEqual(after);

    const old = await campaigns(before.accountSid, before[level].authToken);
    expect(old.status).toBe(401);
    expect(old.headers.get('WWW-Authenticate')).toMatch(/^Basic /);
    expect((await old.json()).Message).toMatch(new RegExp(`reset at ${resetAt.replace(/\./g, '\\.')}`));
    expect((await campaigns(before.accountSid, after[level].authToken)).status).toBe(200);
    expect((await campaigns(before.accountSid, before[other].authToken)).status).toBe(200);
  });

  it('a second reset revokes the first replacement and reports it as previous', async () => {
    await enable();
    const first = (await (await api(path, { method: 'POST' })).json()).credentials as CredentialsView;
    sandbox.clock.advance(60_000);
    const second = (await (await api(path, { method: 'POST' })).json()).credentials as CredentialsView;
    expect(second[level].previousAuthToken).toBe(first[level].authToken);
    expect(second[level].lastResetAt).toBe(sandbox.clock.now().toISOString());
    expect(new Set([first[level].authToken, second[level].authToken]).size).toBe(2);
    expect((await campaigns(second.accountSid, first[level].authToken)).status).toBe(401);
    expect((await campaigns(second.accountSid, second[level].authToken)).status).toBe(200);
  });

  it.each(['GET', 'PUT', 'DELETE'])('%s → 405 with Allow: POST', async (method) => {
    await enable();
    const response = await api(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
  });
});

describe('API version rules', () => {
  const path = '/api/sandbox/legacy-tokens/api-version';

  it('before enabling → 404, even with a valid body', async () => {
    const response = await api(path, jsonInit('PUT', { version: 15 }));
    expect(response.status).toBe(404);
    expect(sandbox.store.read().legacyToken.apiVersion).toBe(12);
  });

  it('GET reports the version and the newer ones on offer', async () => {
    await enable();
    expect(await (await api(path)).json()).toEqual({ apiVersion: 12, upgradeTargets: [13, 14, 15, 16] });
  });

  it.each([13, 14, 15, 16])('upgrade 12 → %i → 200', async (version) => {
    await enable();
    const response = await api(path, jsonInit('PUT', { version }));
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view.legacyToken.apiVersion).toBe(version);
    expect(view.legacyToken.upgradeTargets).toEqual([13, 14, 15, 16].filter((v) => v > version));
    expect(await (await api(path)).json()).toMatchObject({ apiVersion: version });
  });

  it.each([
    { name: 'same version', start: 12, version: 12 },
    { name: 'older version', start: 12, version: 11 },
    { name: 'older after an upgrade', start: 15, version: 13 },
    { name: 'same as the newest', start: 16, version: 16 },
  ])('$name ($start → $version) → 409 and unchanged', async ({ start, version }) => {
    await enable();
    if (start !== 12) expect((await api(path, jsonInit('PUT', { version: start }))).status).toBe(200);
    const response = await api(path, jsonInit('PUT', { version }));
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body).toMatchObject({ Status: 'ERROR', Message: expect.stringMatching(new RegExp(`on version ${start}`)) });
    expect(body.Errors).toEqual([expect.objectContaining({ Field: 'version' })]);
    expect(sandbox.store.read().legacyToken.apiVersion).toBe(start);
  });

  it.each([10, 17, 99, 0, -12])('unknown version %i → 400 naming the versions', async (version) => {
    await enable();
    const response = await api(path, jsonInit('PUT', { version }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.Message).toMatch(/Unknown API version.*11, 12, 13, 14, 15, 16/);
    expect(body.Errors).toEqual([expect.objectContaining({ Field: 'version' })]);
    expect(sandbox.store.read().legacyToken.apiVersion).toBe(12);
  });

  it.each([
    { name: 'a string', init: jsonInit('PUT', { version: '15' }) },
    { name: 'null', init: jsonInit('PUT', { version: null }) },
    { name: 'a fraction', init: jsonInit('PUT', { version: 15.5 }) },
    { name: 'a boolean', init: jsonInit('PUT', { version: true }) },
    { name: 'missing', init: jsonInit('PUT', {}) },
    { name: 'another key', init: jsonInit('PUT', { apiVersion: 15 }) },
    { name: 'a bare number', init: jsonInit('PUT', 15) },
    { name: 'an array', init: jsonInit('PUT', [15]) },
    {
      name: 'overflowing to Infinity',
      init: { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"version": 1e400}' },
    },
    {
      name: 'malformed JSON',
      init: { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"version": 15' },
    },
    { name: 'an empty JSON body', init: { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '' } },
    { name: 'no body at all', init: { method: 'PUT' } },
    { name: 'form fields', init: { method: 'PUT', body: new URLSearchParams({ version: '15' }) } },
  ])('version as $name → 400', async ({ init }) => {
    await enable();
    const response = await api(path, init);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Status: 'ERROR', Message: expect.any(String) });
    expect(sandbox.store.read().legacyToken.apiVersion).toBe(12);
  });

  it('a non-JSON content type → 415', async () => {
    await enable();
    const response = await api(path, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"version":15}',
    });
    expect(response.status).toBe(415);
  });

  it('a body over 64 KiB → 413 and unchanged', async () => {
    await enable();
    const response = await api(path, jsonInit('PUT', { version: 15, padding: 'x'.repeat(64 * 1024) }));
    expect(response.status).toBe(413);
    expect((await response.json()).Message).toMatch(/64 KiB/);
    expect(sandbox.store.read().legacyToken.apiVersion).toBe(12);
  });

  it('a streamed body over 64 KiB (no Content-Length) → 413 and unchanged', async () => {
    await enable();
    const chunk = new TextEncoder().encode(`{"version":15,"p":"${'x'.repeat(40 * 1024)}`);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(new TextEncoder().encode(`${'y'.repeat(30 * 1024)}"}`));
        controller.close();
      },
    });
    const response = await api(path, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(sandbox.store.read().legacyToken.apiVersion).toBe(12);
  });

  it('a body of exactly 64 KiB is still read', async () => {
    await enable();
    const prefix = '{"version":15,"p":"';
    const body = `${prefix}${'x'.repeat(64 * 1024 - prefix.length - 2)}"}`;
    expect(Buffer.byteLength(body)).toBe(64 * 1024);
    const response = await api(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body });
    expect(response.status).toBe(200);
  });

  it('POST → 405 with Allow: GET, PUT', async () => {
    await enable();
    const response = await api(path, jsonInit('POST', { version: 15 }));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')!.split(/,\s*/).sort()).toEqual(['GET', 'PUT']);
  });
});

describe('bad input and routing', () => {
  it.each([
    '/api/sandbox/nope',
    '/api/sandbox/legacy-tokens/read-write',
    '/api/sandbox/legacy-tokens/nope/reset',
    '/api/sandboxes',
    '/api/sandbox/constructor',
    '/api/sandbox/__proto__',
    '/api/sandbox/toString',
  ])('unknown route %s → 404 JSON', async (path) => {
    const response = await api(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ Status: 'ERROR', Message: expect.stringMatching(/Unknown sandbox route/) });
    expect(response.headers.get('Allow')).toBeNull();
  });

  it('a trailing slash names the same route', async () => {
    const response = await api('/api/sandbox/account/');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ legacyTokensEnabled: false });
  });

  it.each([
    { method: 'DELETE', path: '/api/sandbox', allow: ['GET'] },
    { method: 'POST', path: '/api/sandbox/account', allow: ['GET'] },
    { method: 'GET', path: '/api/sandbox/reset', allow: ['POST'] },
    { method: 'DELETE', path: '/api/sandbox/legacy-tokens', allow: ['GET', 'POST'] },
    { method: 'POST', path: '/api/sandbox/snapshot', allow: ['GET', 'PUT'] },
    { method: 'PATCH', path: '/api/sandbox/legacy-tokens/credentials', allow: ['GET'] },
  ])('$method $path → 405 with Allow: $allow', async ({ method, path, allow }) => {
    const before = structuredClone(sandbox.store.read());
    const response = await api(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')!.split(/,\s*/).sort()).toEqual(allow);
    expect((await response.json()).Message).toMatch(new RegExp(`${method} is not allowed`));
    expect(sandbox.store.read()).toEqual(before);
  });

  it('a non-standard method never reaches a prototype property (as the service worker would pass it)', async () => {
    for (const method of ['constructor', 'toString', 'FOO']) {
      const response = await getResponse(sandbox.handlers, new Request(`${ORIGIN}/api/sandbox/account`, { method }));
      expect(response?.status, method).toBe(405);
      expect(response?.headers.get('Allow')).toBe('GET');
    }
  });

  it.each(['/api/whatever', '/api/', '/api/Advertisers/IRX/Campaigns'])('unknown API %s → 404 JSON', async (path) => {
    const response = await api(path, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ Status: 'ERROR', Message: expect.stringMatching(/Unknown API route/) });
  });
});

describe('snapshot and reset', () => {
  it('GET snapshot → PUT snapshot round-trips a changed sandbox', async () => {
    await enable();
    await api('/api/sandbox/legacy-tokens/read-only/reset', { method: 'POST' });
    await api('/api/sandbox/legacy-tokens/api-version', jsonInit('PUT', { version: 14 }));
    const creds = await credentials();
    const created = await api(`/api/Mediapartners/${creds.accountSid}/ActionInquiries`, {
      ...jsonInit('POST', { CampaignId: '12001', OrderId: 'SNAP-1', Amount: 3.5 }),
      headers: {
        'Content-Type': 'application/json',
        Authorization: basic(creds.accountSid, creds.readWrite.authToken),
      },
    });
    expect(created.status).toBe(201);

    const snapshotResponse = await api('/api/sandbox/snapshot');
    expect(snapshotResponse.status).toBe(200);
    const snapshot = await snapshotResponse.json();
    expect(snapshot.actionInquiries).toEqual([expect.objectContaining({ OrderId: 'SNAP-1' })]);

    // Start over, then load the snapshot back.
    const reset = await api('/api/sandbox/reset', { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await reset.json()).account.sid).not.toBe(creds.accountSid);

    const put = await api('/api/sandbox/snapshot', jsonInit('PUT', snapshot));
    expect(put.status).toBe(200);
    const view = await put.json();
    expect(view.account.sid).toBe(creds.accountSid);
    expect(view.legacyToken.apiVersion).toBe(14);
    expect(view.credentials).toEqual(creds);
    expect(await (await api('/api/sandbox/snapshot')).json()).toEqual(snapshot);

    // The restored credentials and data are live again.
    const inquiries = await api(`/api/Mediapartners/${creds.accountSid}/ActionInquiries.json`, {
      headers: { Authorization: basic(creds.accountSid, creds.readOnly.authToken) },
    });
    expect(inquiries.status).toBe(200);
    expect(inquiries.headers.get('IR-Version')).toBe('14');
    expect((await inquiries.json()).ActionInquiries).toEqual([
      expect.objectContaining({ OrderId: 'SNAP-1', Amount: 3.5 }),
    ]);
    expect((await campaigns(creds.accountSid, creds.readOnly.previousAuthToken!)).status).toBe(401);
  });

  it.each([
    {
      name: 'a bad Account SID',
      corrupt: (s: Record<string, unknown>) => ({ ...s, accountSid: 'IRnope' }),
      field: 'accountSid',
    },
    {
      name: 'a bad token',
      corrupt: (s: any) => ({
        ...s,
        legacyToken: { ...s.legacyToken, readWrite: { ...s.legacyToken.readWrite, authToken: 'short' } },
      }),
      field: 'legacyToken.readWrite.authToken',
    },
    {
      name: 'an unknown API version',
      corrupt: (s: any) => ({ ...s, legacyToken: { ...s.legacyToken, apiVersion: 99 } }),
      field: 'legacyToken.apiVersion',
    },
    {
      name: 'a missing field',
      corrupt: ({ legacyTokensEnabled: _, ...s }: Record<string, unknown>) => s,
      field: 'legacyTokensEnabled',
    },
    {
      name: 'a bad inquiry',
      corrupt: (s: any) => ({ ...s, actionInquiries: [{ Id: 'x' }] }),
      field: 'actionInquiries.0.Id',
    },
    {
      name: 'a bad timestamp',
      corrupt: (s: any) => ({ ...s, legacyToken: { ...s.legacyToken, createdAt: 'yesterday' } }),
      field: 'legacyToken.createdAt',
    },
  ])('PUT snapshot with $name → 400 naming $field, state unchanged', async ({ corrupt, field }) => {
    await enable();
    const before = await (await api('/api/sandbox/snapshot')).json();
    const response = await api('/api/sandbox/snapshot', jsonInit('PUT', corrupt(structuredClone(before))));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.Message).toMatch(/not a valid sandbox state; nothing was changed/);
    expect(body.Errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ Field: field, Message: expect.any(String) })]),
    );
    expect(await (await api('/api/sandbox/snapshot')).json()).toEqual(before);
  });

  it.each([
    {
      name: 'another schema version',
      body: () => ({ ...sandbox.store.read(), schemaVersion: 0 }),
      message: /another schema version/,
    },
    { name: 'a JSON array', body: () => [], message: /JSON object/ },
    { name: 'a JSON number', body: () => 7, message: /JSON object/ },
    { name: 'an empty object', body: () => ({}), message: /not a valid sandbox state/ },
  ])('PUT snapshot with $name → 400, state unchanged', async ({ body, message }) => {
    await enable();
    const before = structuredClone(sandbox.store.read());
    const response = await api('/api/sandbox/snapshot', jsonInit('PUT', body()));
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json).toMatchObject({ Status: 'ERROR', Message: expect.stringMatching(message) });
    expect(sandbox.store.read()).toEqual(before);
  });

  it('PUT snapshot with malformed JSON or an oversized body → 400 / 413, state unchanged', async () => {
    const before = structuredClone(sandbox.store.read());
    const malformed = await api('/api/sandbox/snapshot', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"schemaVersion":1,',
    });
    expect(malformed.status).toBe(400);
    const huge = await api('/api/sandbox/snapshot', jsonInit('PUT', { ...before, padding: 'x'.repeat(70 * 1024) }));
    expect(huge.status).toBe(413);
    expect(sandbox.store.read()).toEqual(before);
  });

  it('POST reset → disabled again with new credentials; the old tokens stop working', async () => {
    await enable();
    const old = await credentials();
    const response = await api('/api/sandbox/reset', { method: 'POST' });
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view.account.legacyTokensEnabled).toBe(false);
    expect(view.account.sid).not.toBe(old.accountSid);
    expect(view.credentials).toBeNull();
    expect(view.recovery).toBeNull();

    const state = sandbox.store.read();
    expect(state.legacyToken.readWrite.authToken).not.toBe(old.readWrite.authToken);
    expect(state.legacyToken.readOnly.authToken).not.toBe(old.readOnly.authToken);
    expect(state.legacyToken.apiVersion).toBe(12);
    expect(state.actionInquiries).toEqual([]);

    expect((await campaigns(old.accountSid, old.readWrite.authToken)).status).toBe(401);
    expect((await api('/api/sandbox/legacy-tokens/credentials')).status).toBe(404);
  });
});

describe('concurrent writes', () => {
  it('a write whose body is still arriving never brings back a token reset meanwhile', async () => {
    sandbox.load(sandbox.enabled());
    const { accountSid, legacyToken } = sandbox.store.read();
    const oldToken = legacyToken.readWrite.authToken;
    let sendRest!: () => void;
    let bodyRead!: () => void;
    // The handler has taken the first chunk and waits for more: the moment to reset, with no sleep.
    const waitingForRest = new Promise<void>((resolve) => (bodyRead = resolve));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"CampaignId":"12001",'));
        sendRest = () => {
          controller.enqueue(new TextEncoder().encode('"OrderId":"SLOW-1"}'));
          controller.close();
        };
      },
      pull: () => bodyRead(),
    });
    const slowWrite = getResponse(
      sandbox.handlers,
      new Request(`${ORIGIN}/api/Mediapartners/${accountSid}/ActionInquiries.json`, {
        method: 'POST',
        headers: { Authorization: basic(accountSid, oldToken), 'Content-Type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    await waitingForRest;
    expect((await api('/api/sandbox/legacy-tokens/read-write/reset', { method: 'POST' })).status).toBe(200);
    sendRest();
    // Authorised by the state read after the body: the token it carries was reset meanwhile.
    expect((await slowWrite)!.status).toBe(401);
    const after = await api(`/api/Mediapartners/${accountSid}/Campaigns.json`, {
      headers: { Authorization: basic(accountSid, oldToken) },
    });
    expect(after.status).toBe(401);
    expect(sandbox.store.read().legacyToken.readWrite.revoked[0]?.authToken).toBe(oldToken);
  });
});

describe('recovery notice', () => {
  it('DELETE /api/sandbox/recovery clears the notice and keeps everything else', async () => {
    const recovered = {
      ...sandbox.enabled(),
      recovery: { reason: 'corrupt' as const, at: '2026-11-28T09:00:00.000Z' },
    };
    sandbox.load(recovered);
    expect((await (await api('/api/sandbox')).json()).recovery).toEqual(recovered.recovery);
    const response = await api('/api/sandbox/recovery', { method: 'DELETE' });
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view.recovery).toBeNull();
    expect(view.account.legacyTokensEnabled).toBe(true);
    expect(sandbox.store.read()).toEqual({ ...recovered, recovery: null });
    expect((await api('/api/sandbox/recovery')).status).toBe(405);
  });
});
