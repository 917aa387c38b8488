/**
 * The browser's one sandbox as the site's service worker keeps it (mocks/state-keeper.ts), over
 * an in-memory vault with IndexedDB's contract: a saved state is read back exactly, bad saved data
 * is recovered with a notice, a newer version's state is never touched, a write that cannot be
 * saved fails visibly and damages nothing, and concurrent writes are never lost.
 */
import { describe, expect, it } from 'vitest';
import {
  createMemoryVault,
  createStateKeeper,
  inOrder,
  type SavedState,
  type StateVault,
} from '../../mocks/state-keeper.ts';
import {
  createInitialState,
  enableLegacyTokens,
  parseState,
  resetAuthToken,
  STATE_SCHEMA_VERSION,
  type SandboxState,
} from '../../mocks/state.ts';
import { REASON_HEADER, REVISION_HEADER, SETTINGS_ROUTES } from '../../src/contract/index.ts';
import { basic, fixedClock, seededRandomBytes } from './harness.ts';

const ORIGIN = 'http://localhost:4321';

function setup(vault: StateVault & { readonly saved: SavedState | null } = createMemoryVault(), seed = 7) {
  const clock = fixedClock('2026-12-01T12:00:00.000Z');
  const stateContext = { randomBytes: seededRandomBytes(seed), now: clock.now };
  const saved: number[] = [];
  const keeper = createStateKeeper({
    vault,
    origin: ORIGIN,
    stateContext,
    lock: inOrder(),
    onSaved: (revision) => saved.push(revision),
  });
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await keeper.handle(new Request(`${ORIGIN}${path}`, init));
    if (!response) throw new Error(`no handler for ${path}`);
    return response;
  };
  const snapshot = async () => (await (await call(SETTINGS_ROUTES.snapshot)).json()) as SandboxState;
  return { keeper, vault, call, snapshot, stateContext, clock, saved };
}

const json = (method: string, body?: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  body: body === undefined ? undefined : JSON.stringify(body),
});

describe('the saved state', () => {
  it('nothing saved → a fresh state, saved as revision 1 and read back the same after', async () => {
    const { call, vault, snapshot, saved } = setup(createMemoryVault());
    const answer = await call(SETTINGS_ROUTES.view);
    const view = await answer.json();
    expect(view.account.legacyTokensEnabled).toBe(false);
    expect(vault.saved?.revision).toBe(1);
    // The answer names the revision it shows: the one its change notice carries.
    expect(answer.headers.get(REVISION_HEADER)).toBe('1');
    const state = await snapshot();
    expect(parseState(state)).toEqual({ ok: true, state });
    expect(vault.saved?.value).toEqual(state);
    expect(saved).toEqual([1]);
  });

  it('a valid saved state is read back exactly, and reading writes nothing', async () => {
    const context = { randomBytes: seededRandomBytes(3) };
    const state = resetAuthToken(enableLegacyTokens(createInitialState(context)), 'readOnly', context);
    const { snapshot, vault, saved, call } = setup(createMemoryVault({ value: state, revision: 4 }));
    expect(await snapshot()).toEqual(state);
    expect(vault.saved?.revision).toBe(4);
    expect((await call(SETTINGS_ROUTES.view)).headers.get(REVISION_HEADER)).toBe('4');
    expect(saved).toEqual([]);
  });

  it('a state of the previous schema is migrated, not replaced: nothing is lost and no notice', async () => {
    const context = { randomBytes: seededRandomBytes(3) };
    const current = enableLegacyTokens(createInitialState(context));
    const { log: _log, nextLogId: _next, rateLimit: _window, ...version1 } = { ...current, schemaVersion: 1 };
    const { snapshot } = setup(createMemoryVault({ value: version1, revision: 1 }));
    expect(await snapshot()).toEqual({
      ...current,
      log: [],
      nextLogId: 1,
      rateLimit: { windowStartedAt: null, used: 0 },
    });
  });

  it.each([
    { name: 'corrupt JSON', raw: () => '{"schemaVersion":1,', reason: 'corrupt' },
    { name: 'an empty string', raw: () => '', reason: 'corrupt' },
    { name: 'JSON null', raw: () => 'null', reason: 'corrupt' },
    { name: 'a JSON array', raw: () => '[]', reason: 'corrupt' },
    {
      name: 'schemaVersion 0',
      raw: (s: SandboxState) => JSON.stringify({ ...s, schemaVersion: 0 }),
      reason: 'outdated',
    },
    {
      name: 'a schema-invalid SID',
      raw: (s: SandboxState) => JSON.stringify({ ...s, accountSid: 'IRx' }),
      reason: 'corrupt',
    },
    {
      name: 'a missing field',
      raw: ({ actionInquiries: _, ...s }: SandboxState) => JSON.stringify(s),
      reason: 'corrupt',
    },
  ] as const)('handed over as $name → a fresh state with recovery $reason, saved once', async ({ raw, reason }) => {
    const { keeper, snapshot, vault, clock } = setup();
    const valid = enableLegacyTokens(createInitialState({ randomBytes: seededRandomBytes(99) }));
    expect(await keeper.importSaved(raw(valid))).toBe('imported');
    const state = await snapshot();
    expect(state.recovery).toEqual({ reason, at: clock.now().toISOString() });
    expect(state.accountSid).not.toBe(valid.accountSid);
    expect(vault.saved).toEqual({ value: state, revision: 2 });
    // The notice appears once: the replacement is what is saved now.
    expect(await snapshot()).toEqual(state);
  });

  it('the recovery notice clears on the next change', async () => {
    const { keeper, call, snapshot } = setup();
    await keeper.importSaved('not json');
    expect((await snapshot()).recovery?.reason).toBe('corrupt');
    expect((await call(SETTINGS_ROUTES.legacyTokens, json('POST'))).status).toBe(201);
    expect((await snapshot()).recovery).toBeNull();
  });
});

describe("the hand-over of an older version's localStorage state", () => {
  it('is kept exactly when nothing is saved yet', async () => {
    const state = enableLegacyTokens(createInitialState({ randomBytes: seededRandomBytes(5) }));
    const { keeper, snapshot, saved } = setup();
    expect(await keeper.importSaved(JSON.stringify(state))).toBe('imported');
    expect(await snapshot()).toEqual(state);
    expect(saved).toEqual([1]);
  });

  it('never replaces a state already saved', async () => {
    const { keeper, snapshot, vault } = setup();
    const before = await snapshot();
    const other = enableLegacyTokens(createInitialState({ randomBytes: seededRandomBytes(5) }));
    expect(await keeper.importSaved(JSON.stringify(other))).toBe('kept-existing');
    expect(await snapshot()).toEqual(before);
    expect(vault.saved?.revision).toBe(1);
  });
});

describe('a state saved by a newer version', () => {
  const newer = { schemaVersion: STATE_SCHEMA_VERSION + 1, accountSid: 'IRfuture', somethingNew: [1, 2, 3] };

  it('is kept untouched: reads and writes answer 409 "newer version", and nothing is saved', async () => {
    const { call, vault, saved } = setup(createMemoryVault({ value: newer, revision: 9 }));
    for (const [path, init] of [
      [SETTINGS_ROUTES.view, {}],
      [SETTINGS_ROUTES.legacyTokens, json('POST')],
      [SETTINGS_ROUTES.reset, json('POST')],
    ] as const) {
      const response = await call(path, init);
      expect(response.status, path).toBe(409);
      expect(response.headers.get(REASON_HEADER)).toBe('newer-state');
      expect(await response.json()).toEqual({ Status: 'ERROR', Message: expect.stringContaining('newer version') });
    }
    expect(vault.saved).toEqual({ value: newer, revision: 9 });
    expect(saved).toEqual([]);
  });

  it('is kept when handed over from localStorage too', async () => {
    const { keeper, call, vault } = setup();
    expect(await keeper.importSaved(JSON.stringify(newer))).toBe('imported');
    expect((await call(SETTINGS_ROUTES.view)).status).toBe(409);
    expect(vault.saved?.value).toEqual(newer);
  });
});

/** A vault whose writes fail once `failing` is set, as IndexedDB's do when the disk quota is reached. */
function failingVault(error: () => Error) {
  const inner = createMemoryVault();
  const vault = {
    failing: false,
    get saved() {
      return inner.saved;
    },
    read: inner.read,
    write: async (value: unknown, revision: number) => {
      if (vault.failing) throw error();
      return inner.write(value, revision);
    },
  };
  return vault;
}

describe('a write that cannot be saved', () => {
  it('storage full → 507 in the API error shape, and what was saved before is intact', async () => {
    const vault = failingVault(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const { call, snapshot } = setup(vault);
    const before = await snapshot();
    vault.failing = true;
    const response = await call(SETTINGS_ROUTES.legacyTokens, json('POST'));
    expect(response.status).toBe(507);
    expect(response.headers.get(REASON_HEADER)).toBe('storage-full');
    const body = await response.json();
    expect(body).toEqual({ Status: 'ERROR', Message: expect.stringContaining('storage for this site is full') });
    expect(body.Message).toContain('try again');
    expect(vault.saved).toEqual({ value: before, revision: 1 });
    // Reads still work, and show the state as saved (the refused change is not pretended).
    expect((await snapshot()).legacyTokensEnabled).toBe(false);
    vault.failing = false;
    expect((await call(SETTINGS_ROUTES.legacyTokens, json('POST'))).status).toBe(201);
    expect((await snapshot()).legacyTokensEnabled).toBe(true);
  });

  it('any other storage failure → 503 that says nothing changed', async () => {
    const vault = failingVault(() => new DOMException('The database connection is closing.', 'InvalidStateError'));
    const { call, snapshot } = setup(vault);
    const before = await snapshot();
    vault.failing = true;
    const response = await call(SETTINGS_ROUTES.reset, json('POST'));
    expect(response.status).toBe(503);
    expect((await response.json()).Message).toContain('not saved');
    expect(vault.saved?.value).toEqual(before);
  });
});

describe('storage that cannot be read', () => {
  it('answers 503 in the API error shape, for reads and writes alike', async () => {
    const broken = createMemoryVault();
    broken.read = async () => {
      throw new DOMException('Internal error opening backing store.', 'UnknownError');
    };
    const { call } = setup(broken);
    for (const [path, init] of [
      [SETTINGS_ROUTES.view, {}],
      [SETTINGS_ROUTES.reset, json('POST')],
    ] as const) {
      const response = await call(path, init);
      expect(response.status, path).toBe(503);
      expect(await response.json()).toEqual({ Status: 'ERROR', Message: expect.stringContaining('not saved') });
    }
  });
});

/** A vault that takes a while, so concurrent requests interleave between reading and saving. */
function slowVault() {
  const inner = createMemoryVault();
  const pause = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
  return {
    get saved() {
      return inner.saved;
    },
    read: async () => (await pause(), inner.read()),
    write: async (value: unknown, revision: number) => (await pause(), inner.write(value, revision)),
  };
}

describe('concurrent writes', () => {
  it.each([
    { workers: 1, name: 'one worker (its queue)' },
    { workers: 2, name: 'two workers at once, an old one and its successor (the revision check)' },
  ])('$name: every acknowledged create and reset is in the state afterwards', async ({ workers }) => {
    const vault = slowVault();
    const first = setup(vault);
    // Its own random stream, as a real second worker has: with the same seed, its first new token
    // could repeat the first worker's Read/Write token (the 403s of a rare run).
    const second = workers === 2 ? setup(vault, 8) : first;
    await first.call(SETTINGS_ROUTES.legacyTokens, json('POST'));
    const { accountSid, legacyToken } = await first.snapshot();
    const auth = basic(accountSid, legacyToken.readWrite.authToken);
    const creates = Array.from({ length: 25 }, (_, index) =>
      first.call(`/api/Mediapartners/${accountSid}/ActionInquiries`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ CampaignId: '12001', OrderId: `order-${index}` }),
      }),
    );
    const resets = Array.from({ length: 10 }, () => second.call(SETTINGS_ROUTES.resetReadOnly, json('POST')));
    const created = await Promise.all(creates);
    const reset = await Promise.all(resets);
    expect(created.map((response) => response.status)).toEqual(Array(25).fill(201));
    expect(reset.map((response) => response.status)).toEqual(Array(10).fill(200));
    const state = await first.snapshot();
    expect(state.actionInquiries.map((inquiry) => inquiry.OrderId).sort()).toEqual(
      Array.from({ length: 25 }, (_, index) => `order-${index}`).sort(),
    );
    expect(state.log.filter((entry) => entry.kind === 'action' && entry.action === 'reset-token')).toHaveLength(10);
    expect(state.log.filter((entry) => entry.kind === 'request' && entry.status === 201)).toHaveLength(25);
  });
});
