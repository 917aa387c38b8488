/**
 * What support staff demonstrate with: scenarios, the request log and timeline (with the reason
 * of every partner API answer), and share-link states. Through the handlers, as a browser sees them.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_LOG_ENTRIES,
  RATE_LIMIT_PER_HOUR,
  REASON_HEADER,
  SCENARIOS,
  type LogEntry,
  type SandboxView,
  type ScenarioName,
} from '../../src/contract/index.ts';
import { resetAuthToken, type SandboxState } from '../../mocks/state.ts';
import { api, basic, useSandbox } from './harness.ts';

const sandbox = useSandbox();

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const loadScenario = (name: unknown) => api('/api/sandbox/scenario', json('POST', { name }));
const log = async () => ((await (await api('/api/sandbox/log')).json()) as { entries: LogEntry[] }).entries;

function partner(state: SandboxState, resource: string, token: string, init: RequestInit = {}) {
  return api(`/api/Mediapartners/${state.accountSid}/${resource}`, {
    ...init,
    headers: { Authorization: basic(state.accountSid, token), ...(init.headers ?? {}) },
  });
}

describe('scenarios', () => {
  const expected: Record<ScenarioName, (state: SandboxState) => void> = {
    new: (state) => expect(state.legacyTokensEnabled).toBe(false),
    enabled: (state) => {
      expect(state.legacyTokensEnabled).toBe(true);
      expect(state.legacyToken.readWrite.lastResetAt).toBeNull();
    },
    'after-read-write-reset': (state) => {
      expect(state.legacyToken.readWrite.revoked).toHaveLength(1);
      expect(state.legacyToken.readOnly.revoked).toHaveLength(0);
    },
    'after-read-only-reset': (state) => {
      expect(state.legacyToken.readOnly.revoked).toHaveLength(1);
      expect(state.legacyToken.readWrite.revoked).toHaveLength(0);
    },
    upgraded: (state) => expect(state.legacyToken.apiVersion).toBe(15),
    'rate-limited': (state) => expect(state.rateLimit.used).toBe(RATE_LIMIT_PER_HOUR),
  };

  it.each(SCENARIOS)('%s starts a new sandbox in that state, its timeline opening with the scenario', async (name) => {
    const before = sandbox.store.read().accountSid;
    const response = await loadScenario(name);
    expect(response.status).toBe(200);
    const view = (await response.json()) as SandboxView;
    const state = sandbox.store.read();
    expect(view.account.sid).toBe(state.accountSid);
    expect(state.accountSid).not.toBe(before);
    expected[name](state);
    expect(view.pristine).toBe(name === 'new');
    expect(state.log).toEqual([expect.objectContaining({ kind: 'action', action: 'scenario', scenario: name })]);
  });

  it('the view names the scenario loaded until the sandbox changes (a request is no change)', async () => {
    const view = async () => (await (await api('/api/sandbox')).json()) as SandboxView;
    expect((await view()).scenario).toBeNull();
    await loadScenario('upgraded');
    const state = sandbox.store.read();
    expect((await partner(state, 'Campaigns.json', state.legacyToken.readWrite.authToken)).status).toBe(200);
    expect((await view()).scenario).toBe('upgraded');
    const reset = await api('/api/sandbox/legacy-tokens/read-write/reset', { method: 'POST' });
    expect(((await reset.json()) as SandboxView).scenario).toBeNull();
    expect((await view()).scenario).toBeNull();
  });

  it('the view keeps naming it after its load has left the log (MAX_LOG_ENTRIES calls later) and after the log is cleared', async () => {
    const view = async () => (await (await api('/api/sandbox')).json()) as SandboxView;
    await loadScenario('after-read-only-reset');
    const state = sandbox.store.read();
    for (let call = 0; call < MAX_LOG_ENTRIES; call++)
      await partner(state, 'Campaigns.json', state.legacyToken.readWrite.authToken);
    expect(await log()).not.toContainEqual(expect.objectContaining({ action: 'scenario' }));
    expect((await view()).scenario).toBe('after-read-only-reset');
    await api('/api/sandbox/log', { method: 'DELETE' });
    expect((await view()).scenario).toBe('after-read-only-reset');
    // A share link's load is a change of the sandbox's own (the link says nothing of a scenario).
    const shared = (await (await api('/api/sandbox/share')).json()) as SandboxState;
    expect(shared.scenario).toBeNull();
    expect(
      (
        (await (
          await api('/api/sandbox/share', json('PUT', { ...shared, scenario: 'upgraded' }))
        ).json()) as SandboxView
      ).scenario,
    ).toBeNull();
  });

  it('a state saved before the state kept its scenario loads whole, the scenario read from its log as before', async () => {
    const view = async () => (await (await api('/api/sandbox')).json()) as SandboxView;
    await loadScenario('upgraded');
    const { scenario: _scenario, ...saved } = sandbox.store.read();
    const snapshot = (body: unknown) => api('/api/sandbox/snapshot', json('PUT', body));
    expect((await snapshot(saved)).status).toBe(200);
    expect(sandbox.store.read()).toEqual({ ...saved, scenario: 'upgraded' });
    expect((await view()).scenario).toBe('upgraded');
    // Another action after the load, or no load left in the log: none, as the log said.
    const changed = {
      ...saved,
      log: [...saved.log, { ...saved.log[0]!, id: 2, action: 'enable', scenario: undefined }],
    };
    expect((await snapshot(JSON.parse(JSON.stringify(changed)))).status).toBe(200);
    expect((await view()).scenario).toBeNull();
    expect((await snapshot({ ...saved, log: [] })).status).toBe(200);
    expect((await view()).scenario).toBeNull();
    // A state that says which scenario it is keeps it; one that names no known scenario is refused.
    expect((await snapshot({ ...saved, log: [], scenario: 'rate-limited' })).status).toBe(200);
    expect((await view()).scenario).toBe('rate-limited');
    expect((await snapshot({ ...saved, scenario: 'nope' })).status).toBe(400);
  });

  it('rate-limited answers the next call 429, with the reason and the time left', async () => {
    await loadScenario('rate-limited');
    const state = sandbox.store.read();
    const response = await partner(state, 'Campaigns.json', state.legacyToken.readWrite.authToken);
    expect(response.status).toBe(429);
    expect(response.headers.get(REASON_HEADER)).toBe('rate-limited');
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it.each([['nope'], [''], [null], [42], [{ name: 'enabled' }]])(
    'an unknown name (%j) gets 400 and changes nothing',
    async (name) => {
      const before = sandbox.store.read();
      const response = await loadScenario(name);
      expect(response.status).toBe(400);
      expect((await response.json()).Errors).toEqual([
        { Field: 'name', Message: expect.stringContaining('after-read-write-reset') },
      ]);
      expect(sandbox.store.read()).toEqual(before);
    },
  );
});

describe('the request log', () => {
  it('records every partner API call: who called, the token (masked, current or reset at …), status and reason', async () => {
    sandbox.load(sandbox.enabled());
    const start = sandbox.store.read();
    const oldToken = start.legacyToken.readWrite.authToken;
    const reset = resetAuthToken(start, 'readWrite', sandbox.context);
    sandbox.load(reset);
    const readOnly = reset.legacyToken.readOnly.authToken;

    expect(
      (await partner(reset, 'Campaigns.json', oldToken, { headers: { 'X-Sandbox-Client': 'integration' } })).status,
    ).toBe(401);
    const written = await partner(reset, 'ActionInquiries.json', readOnly, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Sandbox-Client': 'try-request' },
      body: JSON.stringify({ CampaignId: '12001', OrderId: 'X' }),
    });
    expect(written.status).toBe(403);
    expect(written.headers.get(REASON_HEADER)).toBe('read-only-token');
    const ok = await partner(reset, 'Campaigns/12001', reset.legacyToken.readWrite.authToken);
    expect(ok.headers.get(REASON_HEADER)).toBe('ok');

    const entries = await log();
    expect(entries).toEqual([
      expect.objectContaining({
        kind: 'request',
        client: 'integration',
        method: 'GET',
        path: `/Mediapartners/${reset.accountSid}/Campaigns.json`,
        token: {
          level: 'readWrite',
          masked: `${oldToken.slice(0, 4)}${'•'.repeat(24)}${oldToken.slice(-4)}`,
          current: false,
          revokedAt: reset.legacyToken.readWrite.lastResetAt,
        },
        status: 401,
        reason: 'revoked-token',
      }),
      expect.objectContaining({
        client: 'try-request',
        method: 'POST',
        token: expect.objectContaining({ level: 'readOnly', current: true }),
        status: 403,
        reason: 'read-only-token',
      }),
      expect.objectContaining({ client: 'other', status: 200, reason: 'ok' }),
    ]);
    // Never a whole token in the log.
    const text = JSON.stringify(entries);
    for (const token of [oldToken, readOnly, reset.legacyToken.readWrite.authToken]) expect(text).not.toContain(token);
  });

  it('records the sandbox actions, keeps only the newest entries, and can be cleared', async () => {
    await api('/api/sandbox/legacy-tokens', { method: 'POST' });
    await api('/api/sandbox/legacy-tokens/read-only/reset', { method: 'POST' });
    await api('/api/sandbox/legacy-tokens/api-version', json('PUT', { version: 16 }));
    expect(
      (await log()).map((entry) =>
        entry.kind === 'action' ? [entry.action, entry.level ?? entry.version ?? null] : null,
      ),
    ).toEqual([
      ['enable', null],
      ['reset-token', 'readOnly'],
      ['upgrade', 16],
    ]);
    const state = sandbox.store.read();
    for (let call = 0; call < MAX_LOG_ENTRIES + 5; call++) await partner(state, 'Actions.json', 'sandbox~wrong');
    const entries = await log();
    expect(entries).toHaveLength(MAX_LOG_ENTRIES);
    expect(entries.at(-1)?.id).toBe(MAX_LOG_ENTRIES + 8);
    expect(((await (await api('/api/sandbox')).json()) as SandboxView).lastLogId).toBe(MAX_LOG_ENTRIES + 8);

    expect(await (await api('/api/sandbox/log', { method: 'DELETE' })).json()).toEqual({ entries: [] });
    expect(await log()).toEqual([]);
    expect(((await (await api('/api/sandbox')).json()) as SandboxView).lastLogId).toBe(0);
  });
});

describe('share-link states', () => {
  it('carry the sandbox without inquiries or old history, and load back exactly, logged as a share-link load', async () => {
    await loadScenario('after-read-write-reset');
    await api('/api/sandbox/legacy-tokens/read-write/reset', { method: 'POST' });
    const source = sandbox.store.read();
    const shared = (await (await api('/api/sandbox/share')).json()) as SandboxState;
    expect(shared.actionInquiries).toEqual([]);
    expect(shared.legacyToken.readWrite.revoked).toHaveLength(1);
    expect(shared.legacyToken.readWrite.authToken).toBe(source.legacyToken.readWrite.authToken);
    expect(((await (await api('/api/sandbox/share?logEntries=1')).json()) as SandboxState).log).toHaveLength(1);

    await api('/api/sandbox/reset', { method: 'POST' });
    const loaded = await api('/api/sandbox/share', json('PUT', shared));
    expect(loaded.status).toBe(200);
    const state = sandbox.store.read();
    expect({ ...state, log: state.log.slice(0, -1), nextLogId: shared.nextLogId }).toEqual(shared);
    expect(state.log.at(-1)).toMatchObject({ kind: 'action', action: 'share-link' });
  });

  it.each([
    [
      'a tampered token',
      (shared: SandboxState) => ({
        ...shared,
        legacyToken: { ...shared.legacyToken, readOnly: { ...shared.legacyToken.readOnly, authToken: 'x' } },
      }),
    ],
    [
      'a truncated state',
      (shared: SandboxState) => ({ schemaVersion: shared.schemaVersion, accountSid: shared.accountSid }),
    ],
    ['another schema version', (shared: SandboxState) => ({ ...shared, schemaVersion: 99 })],
  ])('%s gets 400 and loses nothing', async (_name, damage) => {
    await loadScenario('enabled');
    const shared = (await (await api('/api/sandbox/share')).json()) as SandboxState;
    await loadScenario('upgraded');
    const before = sandbox.store.read();
    const response = await api('/api/sandbox/share', json('PUT', damage(shared)));
    expect(response.status).toBe(400);
    expect((await response.json()).Message).toMatch(/^The shared sandbox is .*; nothing was changed\.$/);
    expect(sandbox.store.read()).toEqual(before);
  });
});
