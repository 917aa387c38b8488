/**
 * The route lists as MSW holds them (one `http.<method>(path)` per route): every path answers the
 * methods it does not take with 405 and an `Allow` of its own registered methods (behind the
 * partner API's checks). That the OpenAPI document, and so the README's tables, name exactly
 * these routes is openapi.test.ts's and route-tables.test.ts's to check.
 */
import type { HttpHandler } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { PARTNER_API, SETTINGS_API } from '../../src/contract/index.ts';
import { addActionInquiry } from '../../mocks/state.ts';
import { ORIGIN, api, basic, useSandbox } from './harness.ts';

const sandbox = useSandbox();
const PARTNER_PREFIX = `${ORIGIN}${PARTNER_API}/:accountSid/`;

/** `METHOD path` for each handler of one method (the 405 and 404 handlers take any: `http.all`). */
function registered(prefix: string): Array<{ method: string; path: string }> {
  return (sandbox.handlers as HttpHandler[])
    .filter(({ info }) => typeof info.method === 'string' && String(info.path).startsWith(prefix))
    .map(({ info }) => ({ method: String(info.method), path: String(info.path).slice(ORIGIN.length) }));
}

describe('405 answers come from the registered handlers', () => {
  let sid: string;
  let rw: string;
  let ro: string;
  beforeEach(() => {
    const { state } = addActionInquiry(sandbox.enabled(), {
      CampaignId: '12001',
      OrderId: 'R-1',
      Amount: null,
      Note: '',
    });
    sandbox.load(state);
    sid = state.accountSid;
    rw = state.legacyToken.readWrite.authToken;
    ro = state.legacyToken.readOnly.authToken;
  });

  /** A concrete URL for a pattern: the sandbox's SID, an id that exists. */
  const urlOf = (path: string) => path.replace(':accountSid', sid).replace(':format?', '').replace(':id', '1001');

  it('every path answers PATCH (no route takes it) with 405 and exactly its own methods in Allow', async () => {
    const byPath = new Map<string, string[]>();
    for (const prefix of [`${ORIGIN}${SETTINGS_API}`, PARTNER_PREFIX]) {
      for (const { method, path } of registered(prefix)) byPath.set(path, [...(byPath.get(path) ?? []), method]);
    }
    // 14 settings paths and 5 partner paths; paths with ids are probed with the inquiry that exists.
    expect(byPath.size).toBe(19);
    for (const [path, methods] of byPath) {
      const response = await api(urlOf(path), {
        method: 'PATCH',
        headers: { Authorization: basic(sid, rw), Accept: 'application/json' },
      });
      expect(response.status, path).toBe(405);
      expect(response.headers.get('Allow'), path).toBe(methods.join(', '));
      expect((await response.json()).Message, path).toMatch(/^PATCH is not allowed/);
    }
  });

  it('partner API: without credentials a wrong method is a 401 (auth comes before 404 and 405)', async () => {
    const response = await api(`${PARTNER_API}/${sid}/Campaigns.json`, { method: 'DELETE' });
    expect(response.status).toBe(401);
    expect(response.headers.get('Allow')).toBeNull();
  });

  it('partner API: a Read-Only token on the wrong form of a resource gets 405 (the route), not 403', async () => {
    const response = await api(`${PARTNER_API}/${sid}/ActionInquiries/1001.json`, {
      method: 'POST',
      headers: { Authorization: basic(sid, ro), 'Content-Type': 'application/json' },
      body: JSON.stringify({ CampaignId: '12001', OrderId: 'R-2' }),
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, PUT, DELETE');
    expect(sandbox.store.read().actionInquiries).toHaveLength(1);
  });

  it('partner API: a 405 points to the form of the resource that takes the method', async () => {
    const response = await api(`${PARTNER_API}/${sid}/ActionInquiries.json`, {
      method: 'PUT',
      headers: { Authorization: basic(sid, rw), 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(405);
    expect((await response.json()).Message).toBe(
      'PUT is not allowed on /ActionInquiries; use GET, POST here, or PUT /ActionInquiries/{Id}.',
    );
  });

  it('partner API: a 404 names the registered resources', async () => {
    const response = await api(`${PARTNER_API}/${sid}/Nope.json`, { headers: { Authorization: basic(sid, rw) } });
    expect(response.status).toBe(404);
    expect((await response.json()).Message).toBe(
      'Unknown resource "/Nope". Sandbox resources: Campaigns, Campaigns/{Id}, Actions, Actions/{Id}, ActionInquiries, ActionInquiries/{Id}.',
    );
  });
});
