/**
 * The partner API beyond auth: formats, the token's API version and per-call overrides,
 * routing errors, body validation, and the hourly rate limit.
 */
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { setApiVersion, type SandboxState } from '../../mocks/state.ts';
import { ORIGIN, api, basic, useSandbox, xmlElementTexts } from './harness.ts';

const sandbox = useSandbox();

let sid: string;
let rw: string;
let ro: string;

function load(next: SandboxState) {
  sid = next.accountSid;
  rw = next.legacyToken.readWrite.authToken;
  ro = next.legacyToken.readOnly.authToken;
  sandbox.load(next);
}

beforeEach(() => load(sandbox.enabled()));

/** Calls the partner API with the current read/write token unless other headers say otherwise. */
function partner(resource: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return api(`/api/Mediapartners/${sid}/${resource}`, {
    ...init,
    headers: { Authorization: basic(sid, rw), ...init.headers },
  });
}

const postJson = (resource: string, body: unknown, headers: Record<string, string> = {}) =>
  partner(resource, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

type Campaign = Record<string, unknown> & { CampaignId: string };

describe('response formats', () => {
  it('answers in XML by default, with the <ImpactRadiusResponse> root', async () => {
    const response = await partner('Campaigns');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/xml/);
    const text = await response.text();
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<ImpactRadiusResponse>/);
    expect(text.trimEnd().endsWith('</ImpactRadiusResponse>')).toBe(true);
    expect(xmlElementTexts(text, 'CampaignId')).toEqual(['12001', '12002', '12003']);
  });

  it('puts paging attributes on the list element, as impact.com does', async () => {
    const text = await (await partner('Campaigns')).text();
    expect(text).toMatch(/<Campaigns [^>]*\bpage="1"[^>]*\btotal="3"[^>]*>\s*<Campaign>/);
  });

  it('a single resource is XML too, without paging', async () => {
    const text = await (await partner('Campaigns/12002')).text();
    expect(text).toMatch(/^<\?xml[^>]*\?>\s*<ImpactRadiusResponse>/);
    expect(xmlElementTexts(text, 'CampaignName')).toEqual(['Contoso Weekend Getaways']);
    expect(text).not.toMatch(/page=/);
  });

  it('.json suffix → JSON', async () => {
    const response = await partner('Campaigns.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.Campaigns.map((c: Campaign) => c.CampaignId)).toEqual(['12001', '12002', '12003']);
    expect(body['@total']).toBe('3');
    expect(body['@uri']).toBe(`/Mediapartners/${sid}/Campaigns`);
  });

  it('.json suffix works on a single resource', async () => {
    const body = await (await partner('Campaigns/12001.json')).json();
    expect(body).toMatchObject({ CampaignId: '12001', CampaignName: 'Northwind Spring Gear' });
  });

  it('Accept: application/json → JSON', async () => {
    const response = await partner('Actions', { headers: { Accept: 'application/json' } });
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect((await response.json()).Actions).toHaveLength(3);
  });

  it('Accept with parameters and other types still selects JSON', async () => {
    const response = await partner('Actions', { headers: { Accept: 'text/html, application/json;q=0.9' } });
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it.each([
    { accept: 'application/json;q=0.1, application/xml', type: /^application\/xml/ },
    { accept: 'application/xml, application/json', type: /^application\/xml/ },
    { accept: 'application/json;q=0', type: /^application\/xml/ },
    { accept: 'application/json, */*', type: /^application\/json/ },
  ])('Accept weights and order choose the format: $accept', async ({ accept, type }) => {
    const response = await partner('Actions', { headers: { Accept: accept } });
    expect(response.headers.get('Content-Type')).toMatch(type);
  });

  it('.xml suffix wins over Accept: application/json', async () => {
    const response = await partner('Campaigns.xml', { headers: { Accept: 'application/json' } });
    expect(response.headers.get('Content-Type')).toMatch(/^application\/xml/);
    expect((await response.text()).startsWith('<?xml')).toBe(true);
  });

  it('.JSON suffix is case-insensitive', async () => {
    const response = await partner('Campaigns.JSON');
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it('errors follow the requested format too', async () => {
    const json = await partner('Nope.json');
    expect(json.status).toBe(404);
    expect(await json.json()).toMatchObject({ Status: 'ERROR', Message: expect.stringContaining('Unknown resource') });
    const xml = await partner('Nope');
    expect(xml.status).toBe(404);
    const text = await xml.text();
    expect(xmlElementTexts(text, 'Status')).toEqual(['ERROR']);
    expect(xmlElementTexts(text, 'Message')[0]).toContain('Unknown resource "/Nope"');
  });

  it('escapes values in XML: a posted OrderId with markup reads back intact but inert', async () => {
    const orderId = `<script>&"x'</script>`;
    const created = await postJson('ActionInquiries', {
      CampaignId: '12001',
      OrderId: orderId,
      Note: 'a < b && c > d',
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('Location')!;
    const id = location.split('/').pop()!;

    const text = await (await partner(`ActionInquiries/${id}`)).text();
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('</script>');
    expect(text).not.toMatch(/&(?!#\d+;|#x[0-9a-f]+;|lt;|gt;|amp;|quot;|apos;)/i);
    expect(xmlElementTexts(text, 'OrderId')).toEqual([orderId]);
    expect(xmlElementTexts(text, 'Note')).toEqual(['a < b && c > d']);

    // The list view escapes the same values, and JSON returns them unchanged.
    const list = await (await partner('ActionInquiries')).text();
    expect(list).not.toContain('<script>');
    expect(xmlElementTexts(list, 'OrderId')).toEqual([orderId]);
    const json = await (await partner(`ActionInquiries/${id}.json`)).json();
    expect(json.OrderId).toBe(orderId);
  });

  it('characters XML 1.0 forbids never reach the XML; JSON keeps them', async () => {
    const orderId = 'A\u0000B\u0001C\u001fD\tE';
    const created = await postJson('ActionInquiries', { CampaignId: '12001', OrderId: orderId, Note: 'bell\u0007' });
    expect(created.status).toBe(201);
    const id = created.headers.get('Location')!.split('/').pop()!;
    const text = await (await partner(`ActionInquiries/${id}`)).text();
    // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(text).not.toMatch(/&#(?:[0-8]|1[124-9]|2\d|3[01]);/);
    const [xmlOrderId] = xmlElementTexts(text, 'OrderId');
    expect(xmlOrderId?.replace(/\uFFFD/g, '')).toBe('ABCD\tE');
    expect((await (await partner(`ActionInquiries/${id}.json`)).json()).OrderId).toBe(orderId);
  });

  it('fields that are not part of an inquiry are dropped, never echoed as XML elements', async () => {
    const created = await postJson('ActionInquiries', {
      CampaignId: '12001',
      OrderId: 'A-2',
      'x><evil': 1,
      Status: 'APPROVED',
    });
    expect(created.status).toBe(201);
    const id = created.headers.get('Location')!.split('/').pop()!;
    const text = await (await partner(`ActionInquiries/${id}`)).text();
    expect(text).not.toContain('evil');
    expect(xmlElementTexts(text, 'Status')).toEqual(['PENDING']);
  });
});

describe('API version', () => {
  const VERSIONS = [11, 12, 13, 14, 15, 16] as const;

  it.each(VERSIONS.map((version) => ({ version, deeplinks: version >= 15 })))(
    'token on version $version: DeeplinkDomains present = $deeplinks',
    async ({ version, deeplinks }) => {
      load(setApiVersion(sandbox.enabled(), version));
      const response = await partner('Campaigns.json');
      expect(response.status).toBe(200);
      expect(response.headers.get('IR-Version')).toBe(String(version));
      const campaigns: Campaign[] = (await response.json()).Campaigns;
      expect(campaigns).toHaveLength(3);
      for (const campaign of campaigns) expect('DeeplinkDomains' in campaign).toBe(deeplinks);

      const one = await (await partner('Campaigns/12001.json')).json();
      expect('DeeplinkDomains' in one).toBe(deeplinks);
      const xml = await (await partner('Campaigns/12001')).text();
      expect(xml.includes('DeeplinkDomains')).toBe(deeplinks);
    },
  );

  it('a new token starts on version 12', async () => {
    const response = await partner('Campaigns.json');
    expect(response.headers.get('IR-Version')).toBe('12');
  });

  it('upgrading through the settings API changes what Campaigns returns', async () => {
    const before = await (await partner('Campaigns.json')).json();
    expect(before.Campaigns[0].DeeplinkDomains).toBeUndefined();
    const upgrade = await api('/api/sandbox/legacy-tokens/api-version', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: 15 }),
    });
    expect(upgrade.status).toBe(200);
    const response = await partner('Campaigns.json');
    expect(response.headers.get('IR-Version')).toBe('15');
    expect((await response.json()).Campaigns[0].DeeplinkDomains).toEqual([
      'northwind.example',
      'shop.northwind.example',
    ]);
  });

  async function storedVersion() {
    return (await (await api('/api/sandbox/legacy-tokens/api-version')).json()).apiVersion;
  }

  it('IR-Version header overrides the version for one call only', async () => {
    const overridden = await partner('Campaigns.json', { headers: { 'IR-Version': '15' } });
    expect(overridden.status).toBe(200);
    expect(overridden.headers.get('IR-Version')).toBe('15');
    expect((await overridden.json()).Campaigns[0].DeeplinkDomains).toBeDefined();

    const next = await partner('Campaigns.json');
    expect(next.headers.get('IR-Version')).toBe('12');
    expect((await next.json()).Campaigns[0].DeeplinkDomains).toBeUndefined();
    expect(await storedVersion()).toBe(12);
    expect(sandbox.store.read().legacyToken.apiVersion).toBe(12);
  });

  it('IrVersion query parameter overrides the version for one call only', async () => {
    const overridden = await partner('Campaigns.json?IrVersion=16');
    expect(overridden.status).toBe(200);
    expect(overridden.headers.get('IR-Version')).toBe('16');
    expect((await overridden.json()).Campaigns[0].DeeplinkDomains).toBeDefined();
    expect(await storedVersion()).toBe(12);
  });

  it('an override may ask for an older version than the token’s for that call', async () => {
    load(setApiVersion(sandbox.enabled(), 16));
    const response = await partner('Campaigns/12003.json', { headers: { 'IR-Version': '11' } });
    expect(response.headers.get('IR-Version')).toBe('11');
    expect((await response.json()).DeeplinkDomains).toBeUndefined();
    expect(await storedVersion()).toBe(16);
  });

  it('a read-only token may use an override as well', async () => {
    const response = await partner('Campaigns.json', {
      headers: { Authorization: basic(sid, ro), 'IR-Version': '15' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('IR-Version')).toBe('15');
  });

  it.each([
    { how: 'header', value: '10' },
    { how: 'header', value: '17' },
    { how: 'header', value: '99' },
    { how: 'header', value: 'abc' },
    { how: 'header', value: '15.0' },
    { how: 'header', value: '-15' },
    { how: 'header', value: '' },
    { how: 'query', value: '10' },
    { how: 'query', value: '17' },
    { how: 'query', value: 'latest' },
    { how: 'query', value: '1e1' },
  ])('unknown override ($how "$value") → 400 naming IrVersion', async ({ how, value }) => {
    const response =
      how === 'header'
        ? await partner('Campaigns.json', { headers: { 'IR-Version': value } })
        : await partner(`Campaigns.json?IrVersion=${encodeURIComponent(value)}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ Status: 'ERROR', Message: expect.stringMatching(/Unknown API version/) });
    expect(body.Errors).toEqual([expect.objectContaining({ Field: 'IrVersion' })]);
    // The header reports the version that would have applied: the token's own.
    expect(response.headers.get('IR-Version')).toBe('12');
    expect(await storedVersion()).toBe(12);
  });

  it('an unknown override on a write does not write', async () => {
    const response = await postJson('ActionInquiries', { CampaignId: '12001', OrderId: 'V-1' }, { 'IR-Version': '42' });
    expect(response.status).toBe(400);
    expect(sandbox.store.read().actionInquiries).toEqual([]);
  });
});

describe('routing and validation', () => {
  it('unknown resource → 401 without credentials, 404 with them', async () => {
    const anonymous = await api(`/api/Mediapartners/${sid}/Nope.json`);
    expect(anonymous.status).toBe(401);
    const response = await partner('Nope.json');
    expect(response.status).toBe(404);
    expect((await response.json()).Message).toMatch(/Unknown resource "\/Nope"/);
  });

  it.each([
    'Campaigns/12001/Extra',
    'Campaigns/',
    'campaigns',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
  ])('resource path "%s" → 404', async (resource) => {
    const response = await partner(resource, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      Status: 'ERROR',
      Message: expect.stringContaining('Unknown resource'),
    });
    expect(response.headers.get('Allow')).toBeNull();
  });

  it('a malformed percent-encoding in the path → 404, not a crash', async () => {
    const response = await partner('Campaigns%E0%A4%A.json', { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ Status: 'ERROR' });
    const anonymous = await api(`/api/Mediapartners/${sid}/Campaigns%ZZ`);
    expect(anonymous.status).toBe(401);
  });

  it('percent-encoded resource names are decoded', async () => {
    const response = await partner('Campaign%73/1200%31.json');
    expect(response.status).toBe(200);
    expect((await response.json()).CampaignId).toBe('12001');
  });

  it.each(['Campaigns/99999', 'Actions/1', 'ActionInquiries/424242'])('%s (unknown id) → 404', async (resource) => {
    const response = await partner(`${resource}.json`);
    expect(response.status).toBe(404);
    expect((await response.json()).Message).toMatch(/was not found/);
  });

  it('Actions list and single action', async () => {
    const list = await (await partner('Actions.json')).json();
    expect(list.Actions.map((action: { Id: string }) => action.Id)).toEqual([
      '19870.4521.100001',
      '19870.4521.100002',
      '19870.4521.100003',
    ]);
    const one = await (await partner('Actions/19870.4521.100002.json')).json();
    expect(one).toMatchObject({ Id: '19870.4521.100002', State: 'PENDING' });
  });

  it.each([
    { method: 'PUT', resource: 'Campaigns', allow: ['GET'] },
    { method: 'POST', resource: 'Campaigns', allow: ['GET'] },
    { method: 'DELETE', resource: 'Campaigns/12001', allow: ['GET'] },
    { method: 'PATCH', resource: 'Campaigns', allow: ['GET'] },
    { method: 'DELETE', resource: 'Actions', allow: ['GET'] },
    // The Allow of the list form, not of the resource's two forms together (PUT and DELETE need an id).
    { method: 'PATCH', resource: 'ActionInquiries', allow: ['GET', 'POST'] },
  ])('$method $resource → 405 with Allow', async ({ method, resource, allow }) => {
    const response = await partner(`${resource}.json`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: method === 'DELETE' ? undefined : '{}',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')!.split(/,\s*/).sort()).toEqual([...allow].sort());
    expect((await response.json()).Message).toMatch(new RegExp(`${method} is not allowed`));
  });

  it.each([
    { method: 'POST', resource: 'ActionInquiries/1001', allow: ['GET', 'PUT', 'DELETE'] },
    { method: 'PUT', resource: 'ActionInquiries', allow: ['GET', 'POST'] },
    { method: 'DELETE', resource: 'ActionInquiries', allow: ['GET', 'POST'] },
  ])('$method on the wrong ActionInquiries form → 405 with Allow', async ({ method, resource, allow }) => {
    const response = await partner(`${resource}.json`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: method === 'DELETE' ? undefined : '{}',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')!.split(/,\s*/).sort()).toEqual([...allow].sort());
  });

  it('a non-standard method cannot reach a prototype property as a handler', async () => {
    // fetch in Node cannot send custom methods through MSW, so use MSW's resolver directly,
    // as the service worker and `npm start` do.
    for (const method of ['constructor', 'toString', 'FOO']) {
      const request = new Request(`${ORIGIN}/api/Mediapartners/${sid}/Campaigns.json`, {
        method,
        headers: { Authorization: basic(sid, ro) },
      });
      const response = await getResponse(sandbox.handlers, request);
      expect(response?.status, method).toBe(405);
      expect(response?.headers.get('Allow')).toBe('GET');
    }
  });

  describe('POST ActionInquiries validation', () => {
    it.each([
      { name: 'missing CampaignId', body: { OrderId: 'A-1' }, fields: ['CampaignId'] },
      { name: 'unknown CampaignId', body: { CampaignId: '99999', OrderId: 'A-1' }, fields: ['CampaignId'] },
      { name: 'missing OrderId', body: { CampaignId: '12001' }, fields: ['OrderId'] },
      { name: 'empty OrderId', body: { CampaignId: '12001', OrderId: '' }, fields: ['OrderId'] },
      { name: 'OrderId of 65 characters', body: { CampaignId: '12001', OrderId: 'x'.repeat(65) }, fields: ['OrderId'] },
      { name: 'OrderId as an object', body: { CampaignId: '12001', OrderId: { a: 1 } }, fields: ['OrderId'] },
      { name: 'negative Amount', body: { CampaignId: '12001', OrderId: 'A-1', Amount: -1 }, fields: ['Amount'] },
      { name: 'Amount not a number', body: { CampaignId: '12001', OrderId: 'A-1', Amount: 'ten' }, fields: ['Amount'] },
      { name: 'Amount as a boolean', body: { CampaignId: '12001', OrderId: 'A-1', Amount: true }, fields: ['Amount'] },
      {
        name: 'Amount of "Infinity"',
        body: { CampaignId: '12001', OrderId: 'A-1', Amount: 'Infinity' },
        fields: ['Amount'],
      },
      {
        name: 'Note of 501 characters',
        body: { CampaignId: '12001', OrderId: 'A-1', Note: 'n'.repeat(501) },
        fields: ['Note'],
      },
      { name: 'Note as a number', body: { CampaignId: '12001', OrderId: 'A-1', Note: 5 }, fields: ['Note'] },
      { name: 'everything missing', body: {}, fields: ['CampaignId', 'OrderId'] },
    ])('$name → 400 naming $fields', async ({ body, fields }) => {
      const response = await postJson('ActionInquiries.json', body);
      expect(response.status).toBe(400);
      const json = await response.json();
      expect(json).toMatchObject({ Status: 'ERROR', Message: expect.any(String) });
      expect(json.Errors.map((error: { Field: string }) => error.Field).sort()).toEqual([...fields].sort());
      for (const error of json.Errors) expect(error.Message).toEqual(expect.any(String));
      expect(sandbox.store.read().actionInquiries).toEqual([]);
    });

    it('a JSON number that overflows to Infinity is refused, not stored as null or "Infinity"', async () => {
      const response = await partner('ActionInquiries.json', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"CampaignId":"12001","OrderId":"A-1","Amount":1e400}',
      });
      expect(response.status).toBe(400);
      expect((await response.json()).Errors).toEqual([expect.objectContaining({ Field: 'Amount' })]);
      expect(sandbox.store.read().actionInquiries).toEqual([]);
    });

    it('Errors are listed in XML as well', async () => {
      const response = await postJson('ActionInquiries', { CampaignId: '99999', OrderId: 'A-1' });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(xmlElementTexts(text, 'Field')).toEqual(['CampaignId']);
    });

    it.each([
      { name: 'malformed JSON', contentType: 'application/json', body: '{"CampaignId":', status: 400 },
      { name: 'a JSON array', contentType: 'application/json', body: '[1,2]', status: 400 },
      { name: 'a JSON string', contentType: 'application/json', body: '"x"', status: 400 },
      { name: 'an empty JSON body', contentType: 'application/json', body: '', status: 400 },
      { name: 'text/plain', contentType: 'text/plain', body: 'CampaignId=12001', status: 415 },
      { name: 'XML', contentType: 'application/xml', body: '<ActionInquiry/>', status: 415 },
      { name: 'multipart', contentType: 'multipart/form-data; boundary=x', body: '--x--', status: 415 },
    ])('$name → $status', async ({ contentType, body, status }) => {
      const response = await partner('ActionInquiries.json', {
        method: 'POST',
        headers: { 'Content-Type': contentType },
        body,
      });
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ Status: 'ERROR', Message: expect.any(String) });
      expect(sandbox.store.read().actionInquiries).toEqual([]);
    });

    it('a body over 64 KiB → 413', async () => {
      const response = await postJson('ActionInquiries.json', {
        CampaignId: '12001',
        OrderId: 'A-1',
        Pad: 'p'.repeat(65 * 1024),
      });
      expect(response.status).toBe(413);
      expect((await response.json()).Message).toMatch(/64 KiB/);
    });

    it('form-urlencoded POST is accepted and numbers are read from text', async () => {
      const response = await partner('ActionInquiries.json', {
        method: 'POST',
        body: new URLSearchParams({ CampaignId: '12003', OrderId: 'FORM-1', Amount: '19.99', Note: 'from a form' }),
      });
      expect(response.status).toBe(201);
      const id = response.headers.get('Location')!.split('/').pop()!;
      const inquiry = await (await partner(`ActionInquiries/${id}.json`)).json();
      expect(inquiry).toMatchObject({
        Id: id,
        CampaignId: '12003',
        OrderId: 'FORM-1',
        Amount: 19.99,
        Note: 'from a form',
        Status: 'PENDING',
      });
    });

    it('a JSON body without Content-Type is read as JSON', async () => {
      const response = await partner('ActionInquiries.json', {
        method: 'POST',
        body: new Blob([JSON.stringify({ CampaignId: 12002, OrderId: 7 })]),
      });
      expect(response.status).toBe(201);
      expect(sandbox.store.read().actionInquiries[0]).toMatchObject({ CampaignId: '12002', OrderId: '7' });
    });

    it('created inquiries get increasing ids and the clock’s date', async () => {
      const first = await postJson('ActionInquiries.json', { CampaignId: '12001', OrderId: 'A-1' });
      const second = await postJson('ActionInquiries.json', { CampaignId: '12001', OrderId: 'A-2' });
      const idOf = (response: Response) => Number(response.headers.get('Location')!.split('/').pop());
      expect(idOf(second)).toBe(idOf(first) + 1);
      const list = await (await partner('ActionInquiries.json')).json();
      expect(list['@total']).toBe('2');
      expect(list.ActionInquiries.map((item: { OrderId: string }) => item.OrderId)).toEqual(['A-1', 'A-2']);
      expect(list.ActionInquiries[0].CreatedDate).toBe(sandbox.clock.now().toISOString());
    });
  });

  it('PUT validates only the fields it is given', async () => {
    const created = await postJson('ActionInquiries.json', { CampaignId: '12001', OrderId: 'A-1', Amount: 5 });
    const id = created.headers.get('Location')!.split('/').pop()!;
    const bad = await partner(`ActionInquiries/${id}.json`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Amount: -3 }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).Errors).toEqual([expect.objectContaining({ Field: 'Amount' })]);
    const good = await partner(`ActionInquiries/${id}.json`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Amount: 7 }),
    });
    expect(good.status).toBe(200);
    expect(sandbox.store.read().actionInquiries[0]).toMatchObject({ Id: id, OrderId: 'A-1', Amount: 7 });
    const missing = await partner('ActionInquiries/999999.json', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(404);
  });

  it('the path outside /api/Mediapartners/{SID}/{Resource} → 404', async () => {
    for (const path of ['/api/Mediapartners', '/api/Mediapartners/', `/api/Mediapartners/${sid}`]) {
      const response = await api(`${path}`, { headers: { Authorization: basic(sid, rw), Accept: 'application/json' } });
      expect(response.status, path).toBe(404);
      expect((await response.json()).Message).toMatch(/\/api\/Mediapartners\/\{AccountSID\}\/\{Resource\}/);
    }
  });
});

describe('rate limit', () => {
  it('every authorised answer carries the hourly limit headers', async () => {
    const first = await partner('Campaigns.json');
    expect(first.headers.get('X-RateLimit-Limit-hour')).toBe('1000');
    expect(first.headers.get('X-RateLimit-Remaining-hour')).toBe('999');
    const second = await partner('Nope.json');
    expect(second.status).toBe(404);
    expect(second.headers.get('X-RateLimit-Limit-hour')).toBe('1000');
    expect(second.headers.get('X-RateLimit-Remaining-hour')).toBe('998');
  });

  it('the 1001st call in an hour → 429 with Retry-After; the window resets after an hour', async () => {
    const start = sandbox.clock.now().getTime();
    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, index) =>
          partner('Campaigns.json', { headers: { Authorization: basic(sid, index % 2 ? rw : ro) } }),
        ),
      );
      statuses.push(...responses.map((response) => response.status));
    }
    expect(statuses).toHaveLength(1000);
    expect(statuses.every((status) => status === 200)).toBe(true);

    sandbox.clock.advance(10 * 60 * 1000);
    const limited = await partner('Campaigns.json');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe(String(50 * 60));
    expect(limited.headers.get('X-RateLimit-Remaining-hour')).toBe('0');
    expect((await limited.json()).Message).toMatch(/Rate limit exceeded/);

    // Writes are limited too, and a limited write changes nothing.
    const write = await postJson('ActionInquiries.json', { CampaignId: '12001', OrderId: 'RL-1' });
    expect(write.status).toBe(429);
    expect(sandbox.store.read().actionInquiries).toEqual([]);

    // One second before the hour is up, still limited.
    sandbox.clock.advance(start + 60 * 60 * 1000 - 1000 - sandbox.clock.now().getTime());
    const almost = await partner('Campaigns.json');
    expect(almost.status).toBe(429);
    expect(almost.headers.get('Retry-After')).toBe('1');

    sandbox.clock.advance(1000);
    const fresh = await partner('Campaigns.json');
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('X-RateLimit-Remaining-hour')).toBe('999');
  }, 60_000); // A thousand real calls through the handlers: room for a busy 2-core machine.
});
