/**
 * The route lists as MSW holds them (one `http.<method>(path)` per route): the README's tables
 * name exactly those routes, and every path answers the methods it does not take with 405 and
 * an `Allow` of its own registered methods (behind the partner API's checks).
 */
import { readFileSync } from 'node:fs';
import type { HttpHandler } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { PARTNER_API, SETTINGS_API } from '../../src/contract/index.ts';
import { addActionInquiry } from '../../mocks/state.ts';
import { ORIGIN, api, basic, useSandbox } from './harness.ts';

const sandbox = useSandbox();
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const PARTNER_PREFIX = `${ORIGIN}${PARTNER_API}/:accountSid/`;

/** `METHOD path` for each handler of one method (the 405 and 404 handlers take any: `http.all`). */
function registered(prefix: string): Array<{ method: string; path: string }> {
  return (sandbox.handlers as HttpHandler[])
    .filter(({ info }) => typeof info.method === 'string' && String(info.path).startsWith(prefix))
    .map(({ info }) => ({ method: String(info.method), path: String(info.path).slice(ORIGIN.length) }));
}

/** A partner route pattern as the README writes it: `ActionInquiries/{Id}`. */
const partnerResource = (path: string) =>
  path
    .slice(PARTNER_PREFIX.length - ORIGIN.length)
    .replace(':format?', '')
    .replace(':id', '{Id}');

function readmeSection(heading: string): string {
  const start = README.indexOf(`\n## ${heading}`);
  expect(start, heading).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

describe('the README lists exactly the registered routes', () => {
  it('settings API: the table rows are the http.<method> handlers', () => {
    const table = readmeSection('The settings API');
    const documented = [...table.matchAll(/^\| `(GET|POST|PUT|DELETE) (\/api\/sandbox[^`]*)`/gm)].map(
      ([, method, path]) => `${method} ${path}`,
    );
    const routes = registered(`${ORIGIN}${SETTINGS_API}`).map(({ method, path }) => `${method} ${path}`);
    expect(routes.length).toBeGreaterThanOrEqual(13);
    expect(documented.sort()).toEqual(routes.sort());
  });

  it('partner API: the resource list is the http.<method> handlers', () => {
    const section = readmeSection('The partner API');
    const documented = [
      // Partner resources start with a capital (Campaigns, ActionInquiries/{Id}); the section's
      // notes also name settings routes (`GET /api/sandbox/log`), which the table above checks.
      ...section.matchAll(/`((?:GET|POST|PUT|DELETE)(?:\|(?:GET|POST|PUT|DELETE))*) ([A-Z][\w/{}]*)`/g),
    ].flatMap(([, methods = '', resource]) => methods.split('|').map((method) => `${method} ${resource}`));
    const routes = registered(PARTNER_PREFIX).map(({ method, path }) => `${method} ${partnerResource(path)}`);
    expect(routes.length).toBeGreaterThanOrEqual(9);
    expect(documented.sort()).toEqual(routes.sort());
  });
});

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
