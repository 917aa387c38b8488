/**
 * The state's transitions, the memory store and the credentials it holds (how the browser saves
 * it and recovers bad saved data: state-keeper.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { constantTimeEqual, generateAccountSid, generateAuthToken } from '../../mocks/credentials.ts';
import {
  addActionInquiry,
  createInitialState,
  enableLegacyTokens,
  parseState,
  removeActionInquiry,
  replaceActionInquiry,
  resetAuthToken,
  setApiVersion,
} from '../../mocks/state.ts';
import { createMemoryStore } from '../../mocks/store.ts';
import { maskToken } from '../../src/contract/index.ts';
import { fixedClock, seededRandomBytes } from './harness.ts';

function context(seed = 7) {
  const clock = fixedClock('2026-12-01T12:00:00.000Z');
  return { clock, stateContext: { randomBytes: seededRandomBytes(seed), now: clock.now } };
}

const SID = /^IR[A-Za-z0-9]{31}1$/;
const TOKEN = /^[A-Za-z0-9.~-]{32}$/;

describe('createMemoryStore', () => {
  it('starts from the given state, or a fresh one, and keeps what is written', () => {
    const { stateContext } = context();
    const given = createInitialState(stateContext);
    expect(createMemoryStore(given).read()).toBe(given);
    const store = createMemoryStore(undefined, stateContext);
    expect(store.read().accountSid).toMatch(SID);
    const next = enableLegacyTokens(store.read());
    store.write(next);
    expect(store.read()).toBe(next);
  });
});

describe('state transitions', () => {
  it('the initial state is valid, disabled, on version 12, with two different tokens', () => {
    const state = createInitialState(context().stateContext);
    expect(parseState(state).ok).toBe(true);
    expect(state.legacyTokensEnabled).toBe(false);
    expect(state.legacyToken.apiVersion).toBe(12);
    expect(state.legacyToken.readWrite.authToken).not.toBe(state.legacyToken.readOnly.authToken);
    expect(state.legacyToken.readWrite.lastResetAt).toBeNull();
  });

  it('the same seed gives the same credentials; another seed gives others', () => {
    const a = createInitialState(context(1).stateContext);
    const b = createInitialState(context(1).stateContext);
    const c = createInitialState(context(2).stateContext);
    expect(b.accountSid).toBe(a.accountSid);
    expect(b.legacyToken.readWrite.authToken).toBe(a.legacyToken.readWrite.authToken);
    expect(c.accountSid).not.toBe(a.accountSid);
  });

  it('transitions do not mutate their input', () => {
    const { stateContext } = context();
    const state = enableLegacyTokens(createInitialState(stateContext));
    const copy = structuredClone(state);
    resetAuthToken(state, 'readWrite', stateContext);
    setApiVersion(state, 16);
    const { state: withInquiry, inquiry } = addActionInquiry(
      state,
      { CampaignId: '12001', OrderId: 'O', Amount: null, Note: '' },
      stateContext,
    );
    replaceActionInquiry(withInquiry, { ...inquiry, Note: 'changed' });
    removeActionInquiry(withInquiry, inquiry.Id);
    expect(state).toEqual(copy);
  });

  it('reset history keeps the five latest revoked tokens, newest first, and stays valid', () => {
    const { stateContext, clock } = context();
    let state = enableLegacyTokens(createInitialState(stateContext));
    const seen = [state.legacyToken.readWrite.authToken];
    for (let index = 0; index < 7; index++) {
      clock.advance(1000);
      state = resetAuthToken(state, 'readWrite', stateContext);
      seen.push(state.legacyToken.readWrite.authToken);
    }
    expect(new Set(seen).size).toBe(8);
    expect(state.legacyToken.readWrite.revoked.map((entry) => entry.authToken)).toEqual(seen.slice(2, 7).reverse());
    expect(state.legacyToken.readWrite.lastResetAt).toBe(clock.now().toISOString());
    expect(state.legacyToken.readOnly.revoked).toEqual([]);
    expect(parseState(state).ok).toBe(true);
  });

  it('keeps at most 100 action inquiries, dropping the oldest, and stays valid', () => {
    const { stateContext } = context();
    let state = enableLegacyTokens(createInitialState(stateContext));
    for (let index = 0; index < 105; index++) {
      state = addActionInquiry(
        state,
        { CampaignId: '12001', OrderId: `O-${index}`, Amount: index, Note: '' },
        stateContext,
      ).state;
    }
    expect(state.actionInquiries).toHaveLength(100);
    expect(state.actionInquiries[0]?.OrderId).toBe('O-5');
    expect(state.actionInquiries.at(-1)!.OrderId).toBe('O-104');
    expect(new Set(state.actionInquiries.map((item) => item.Id)).size).toBe(100);
    expect(parseState(state).ok).toBe(true);
  });

  it('parseState says why it refused and where', () => {
    expect(parseState('text')).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(parseState(null)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(parseState({ schemaVersion: 9 })).toEqual({
      ok: false,
      reason: 'outdated',
      problems: [expect.stringContaining('schemaVersion')],
    });
    const state = createInitialState(context().stateContext);
    const result = parseState({ ...state, nextActionInquiryId: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(/^nextActionInquiryId: /)]);
  });
});

describe('credentials', () => {
  const random = seededRandomBytes(99);

  it('generated Account SIDs are 34 characters: IR, 31 letters or digits, then 1', () => {
    for (let index = 0; index < 200; index++) {
      const sid = generateAccountSid(random);
      expect(sid).toHaveLength(34);
      expect(sid).toMatch(SID);
    }
  });

  it('generated Auth Tokens are 32 characters of letters, digits and . ~ -', () => {
    const tokens = Array.from({ length: 200 }, () => generateAuthToken(random));
    for (const token of tokens) {
      expect(token).toHaveLength(32);
      expect(token).toMatch(TOKEN);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('the default generator uses crypto randomness and never repeats', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => generateAuthToken()));
    expect(tokens.size).toBe(50);
    expect(generateAccountSid()).toMatch(SID);
  });

  it('a generator that returns only out-of-range bytes at first still completes', () => {
    let calls = 0;
    const skewed = (length: number) => {
      calls += 1;
      return new Uint8Array(length).fill(calls === 1 ? 255 : 3);
    };
    expect(generateAuthToken(skewed)).toMatch(TOKEN);
    expect(calls).toBeGreaterThan(1);
  });

  describe('constantTimeEqual', () => {
    it.each([
      { given: '', expected: '', equal: true },
      { given: 'a', expected: 'a', equal: true },
      { given: 'sandbox~token', expected: 'sandbox~token', equal: true },
      { given: 'é€😀', expected: 'é€😀', equal: true },
      { given: '', expected: 'a', equal: false },
      { given: 'a', expected: '', equal: false },
      { given: 'a', expected: 'b', equal: false },
      { given: 'abc', expected: 'abd', equal: false },
      { given: 'xbc', expected: 'abc', equal: false },
      { given: 'ab', expected: 'abc', equal: false },
      { given: 'abc', expected: 'ab', equal: false },
      { given: 'abcabc', expected: 'abc', equal: false },
      { given: 'abc', expected: 'abcabc', equal: false },
      { given: 'ABC', expected: 'abc', equal: false },
      { given: 'abc ', expected: 'abc', equal: false },
      { given: '\u0000', expected: '', equal: false },
      { given: '', expected: '\u0000', equal: false },
      { given: '\u0100', expected: '\u0000', equal: false },
    ])('($given, $expected) → $equal', ({ given, expected, equal }) => {
      expect(constantTimeEqual(given, expected)).toBe(equal);
      expect(constantTimeEqual(expected, given)).toBe(equal);
    });

    it('agrees with === on many random pairs of real tokens', () => {
      const tokens = Array.from({ length: 30 }, () => generateAuthToken(random));
      for (const a of tokens) for (const b of tokens) expect(constantTimeEqual(a, b)).toBe(a === b);
    });
  });

  describe('maskToken', () => {
    it('shows only the first and last four characters of a real token, keeping its length', () => {
      for (let index = 0; index < 50; index++) {
        const token = generateAuthToken(random);
        const masked = maskToken(token);
        expect(masked).toHaveLength(token.length);
        expect(masked.slice(0, 4)).toBe(token.slice(0, 4));
        expect(masked.slice(-4)).toBe(token.slice(-4));
        expect(masked.slice(4, -4)).toBe('•'.repeat(token.length - 8));
        // No run of five or more characters of the token survives.
        for (let start = 0; start + 5 <= token.length; start++)
          expect(masked).not.toContain(token.slice(start, start + 5));
      }
    });

    it.each(['', 'a', 'abcd', 'abcdefgh'])('hides a short value completely (%j)', (value) => {
      const masked = maskToken(value);
      expect(masked).toBe('•'.repeat(value.length));
    });

    it('never reveals the middle of any value longer than eight characters', () => {
      for (let length = 9; length <= 40; length++) {
        const value = Array.from({ length }, (_, index) => String.fromCharCode(65 + (index % 26))).join('');
        const masked = maskToken(value);
        expect(masked.slice(4, -4)).toMatch(/^•+$/);
        expect(masked).toHaveLength(length);
      }
    });
  });
});
