/**
 * The server's copies of browsers' sandboxes against a LAN neighbour who knows an Account SID:
 * only the browser that made a copy (its key) replaces or checks it, and a partner API caller
 * without one of the copy's tokens gets the answer a SID without a copy gets, logged nowhere
 * in the copy.
 */
import { describe, expect, it } from 'vitest';
import { createInitialState, enableLegacyTokens, resetAuthToken } from '../../mocks/state.ts';
import { basic, seededRandomBytes, serverCopyBackend } from './harness.ts';

const KEY = 'a'.repeat(43);
const OTHER_KEY = 'b'.repeat(43);

function setup() {
  const backend = serverCopyBackend();
  const { call, browsers } = backend;
  const check = (key?: string, sid = browsers.accountSid) =>
    call(`/api/sandboxes/${sid}`, { headers: key ? { 'X-Sandbox-Copy-Key': key } : {} });
  return { ...backend, put: backend.putCopy, check };
}

describe("a server copy's key", () => {
  it('is required, and only the browser holding it may replace the copy', async () => {
    const { sandboxes, browsers, put, call } = setup();
    expect((await put(browsers)).status).toBe(400);
    expect((await put(browsers, 'short')).status).toBe(400);
    expect(sandboxes.size).toBe(0);
    expect((await put(browsers, KEY)).status).toBe(201);
    expect((await put(browsers, KEY)).status).toBe(200);

    // A neighbour's own sandbox under the same SID, with tokens of its choosing.
    const neighbours = { ...enableLegacyTokens(createInitialState({ randomBytes: seededRandomBytes(9) })) };
    neighbours.accountSid = browsers.accountSid;
    const refused = await put(neighbours, OTHER_KEY);
    expect(refused.status).toBe(403);
    expect((await refused.json()).Message).toMatch(/Another browser made the copy/);
    const asBrowser = await call(`/api/Mediapartners/${browsers.accountSid}/Campaigns.json`, {
      headers: { Authorization: basic(browsers.accountSid, browsers.legacyToken.readWrite.authToken) },
    });
    expect(asBrowser.status).toBe(200);
    const asNeighbour = await call(`/api/Mediapartners/${browsers.accountSid}/Campaigns.json`, {
      headers: { Authorization: basic(browsers.accountSid, neighbours.legacyToken.readWrite.authToken) },
    });
    expect(asNeighbour.status).toBe(401);
  });

  it('answers the check with 200 to its browser and the same 404 to anyone else, copy or none', async () => {
    const { browsers, put, check } = setup();
    const absent = await check(KEY);
    expect(absent.status).toBe(404);
    const absentBody = await absent.text();
    await put(browsers, KEY);
    expect((await check(KEY)).status).toBe(200);
    for (const key of [OTHER_KEY, undefined]) {
      const response = await check(key);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(absentBody);
    }
  });
});

describe('a partner API caller without one of the copy’s tokens', () => {
  it('gets what a SID without a copy gets, and the copy’s log does not hear of it', async () => {
    const { sandboxes, browsers, put, call, stateContext } = setup();
    const other = enableLegacyTokens(createInitialState({ randomBytes: seededRandomBytes(11) }));
    const guess = 'sandbox~' + 'x'.repeat(24);
    const attempt = async (sid: string, authorization?: string) => {
      const response = await call(`/api/Mediapartners/${sid}/Campaigns.json`, {
        headers: authorization ? { Authorization: authorization } : {},
      });
      return {
        status: response.status,
        reason: response.headers.get('X-Sandbox-Reason'),
        body: (await response.text()).replaceAll(sid, 'SID'),
      };
    };
    // A reset token too: its holder once had the page's credentials and gets the page's answer.
    const reset = resetAuthToken(browsers, 'readWrite', stateContext);
    await put(reset, KEY);
    const logged = () =>
      sandboxes.storeFor(reset.accountSid, basic(reset.accountSid, reset.legacyToken.readWrite.authToken))!.read().log
        .length;
    const before = logged();

    for (const authorization of [
      basic(reset.accountSid, guess),
      basic(other.accountSid, guess),
      'Bearer x',
      undefined,
    ]) {
      expect(await attempt(reset.accountSid, authorization)).toEqual(await attempt(other.accountSid, authorization));
    }
    expect((await attempt(reset.accountSid, basic(reset.accountSid, guess))).reason).toBe('unknown-account');
    expect(logged()).toBe(before);

    const old = await attempt(reset.accountSid, basic(reset.accountSid, browsers.legacyToken.readWrite.authToken));
    expect(old).toMatchObject({ status: 401, reason: 'revoked-token' });
    expect(logged()).toBe(before + 1);
  });
});

describe('a page whose sandbox came from another browser’s share link', () => {
  it('gets a 401 that says why once its own tokens are not the copy’s, in the words any unknown SID gets', async () => {
    const { browsers, put, call, stateContext } = setup();
    await put(browsers, KEY);
    // This browser opened the other's share link (the same SID and tokens), then reset its token:
    // its own copy is refused (the other browser made the one for this SID).
    const here = resetAuthToken(browsers, 'readWrite', stateContext);
    expect((await put(here, OTHER_KEY)).status).toBe(403);
    const curl = async (sid: string) => {
      const response = await call(`/api/Mediapartners/${sid}/Campaigns.json`, {
        headers: { Authorization: basic(sid, here.legacyToken.readWrite.authToken), Accept: 'application/json' },
      });
      return { status: response.status, body: (await response.text()).replaceAll(sid, 'SID') };
    };
    const answer = await curl(here.accountSid);
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body).Message).toMatch(/another browser's share link.*copy under this Account SID/);
    // Word for word what a SID without a copy gets: it tells a neighbour nothing.
    const noCopy = enableLegacyTokens(createInitialState({ randomBytes: seededRandomBytes(12) }));
    expect(await curl(noCopy.accountSid)).toEqual(answer);
  });
});
