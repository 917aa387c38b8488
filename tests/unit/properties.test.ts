/** Property tests: whatever arrives, the backend answers with a well-formed error, never a crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBasicAuth } from '../../mocks/partner-auth.ts';
import { createMemoryVault, createStateKeeper } from '../../mocks/state-keeper.ts';
import { isNewerState, parseState, SandboxStateSchema } from '../../mocks/state.ts';
import { api, basic, useSandbox } from './harness.ts';
import * as v from 'valibot';

const sandbox = useSandbox();

describe('properties', () => {
  it('any random Authorization header is refused with a well-formed 401, never a crash', async () => {
    sandbox.load(sandbox.enabled());
    const { accountSid } = sandbox.store.read();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (header) => {
        const safeHeader = header.replace(/[^\x20-\x7e]/g, '');
        const response = await api(`/api/Mediapartners/${accountSid}/Campaigns.json`, {
          headers: { Authorization: safeHeader },
        });
        expect(response.status).toBe(401);
        const body = await response.json();
        expect(body.Status).toBe('ERROR');
        expect(typeof body.Message).toBe('string');
      }),
      { numRuns: 150 },
    );
  });

  it('a current token changed in any one character, or cut or extended, is refused', async () => {
    sandbox.load(sandbox.enabled());
    const state = sandbox.store.read();
    const current = [state.legacyToken.readWrite.authToken, state.legacyToken.readOnly.authToken];
    const nearMiss = fc
      .tuple(
        fc.constantFrom(...current),
        fc.nat(31),
        fc.constantFrom(...'abcXYZ019.-~'),
        fc.constantFrom('replace', 'cut', 'extend'),
      )
      .map(([token, index, char, how]) =>
        how === 'replace'
          ? token.slice(0, index) + char + token.slice(index + 1)
          : how === 'cut'
            ? token.slice(0, index)
            : token + char,
      );
    await fc.assert(
      fc.asyncProperty(nearMiss, async (password) => {
        fc.pre(!current.includes(password));
        const response = await api(`/api/Mediapartners/${state.accountSid}/Campaigns.json`, {
          headers: { Authorization: basic(state.accountSid, password) },
        });
        expect(response.status).toBe(401);
      }),
      { numRuns: 150 },
    );
  });

  it('parseBasicAuth round-trips well-formed pairs and refuses anything else with a reason', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((name) => !name.includes(':')),
        fc.string({ minLength: 1, maxLength: 40 }),
        (username, password) => {
          const parsed = parseBasicAuth(basic(username, password));
          expect(parsed).toEqual({ username, password });
        },
      ),
    );
    // Anything: a pair with both parts, or a refusal that says why.
    fc.assert(
      fc.property(fc.string(), (header) => {
        const parsed = parseBasicAuth(header);
        if ('ok' in parsed) {
          expect(['missing-credentials', 'malformed-credentials']).toContain(parsed.reason);
          expect(parsed.message).toMatch(/Authorization header|authorization scheme/);
        } else {
          expect(parsed.username).not.toBe('');
          expect(parsed.password).not.toBe('');
        }
      }),
    );
    // Another scheme, or none, is never read as credentials.
    fc.assert(
      fc.property(
        fc.string().filter((header) => !/^\s*basic\b/i.test(header)),
        (header) => {
          expect(parseBasicAuth(header)).toMatchObject({ ok: false });
        },
      ),
    );
  });

  it('any saved string handed over from localStorage yields a valid sandbox state, or is kept as a newer one', async () => {
    const vault = createMemoryVault();
    const keeper = createStateKeeper({ vault, origin: 'http://localhost' });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (raw) => {
        vault.saved = null;
        await keeper.importSaved(raw);
        const response = (await keeper.handle(new Request('http://localhost/api/sandbox/snapshot')))!;
        let saved: unknown = raw;
        try {
          saved = JSON.parse(raw);
        } catch {}
        if (isNewerState(saved)) return void expect(response.status).toBe(409);
        const state = await response.json();
        expect(v.is(SandboxStateSchema, state)).toBe(true);
        expect(parseState(state).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('any JSON body for the version upgrade gets a JSON answer from the documented set', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 3 }), async (body) => {
        sandbox.load(sandbox.enabled());
        const response = await api('/api/sandbox/legacy-tokens/api-version', {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body,
        });
        expect([200, 400, 409]).toContain(response.status);
        const payload = await response.json();
        if (response.status === 200) expect(payload.legacyToken.apiVersion).toBeGreaterThan(12);
        else expect(payload.Status).toBe('ERROR');
      }),
      { numRuns: 150 },
    );
  });
});
