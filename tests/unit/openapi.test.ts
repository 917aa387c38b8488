/**
 * The OpenAPI document against what the handlers really do: it names exactly the registered
 * routes, and for every route, every status it documents is produced by a real request and
 * answered with the documented body shape and headers.
 */
import { createHash } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { getResponse, type HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers, createServerCopies } from '../../mocks/handlers.ts';
import { scenarioState } from '../../mocks/scenarios.ts';
import { addActionInquiry, createInitialState, enableLegacyTokens, type SandboxState } from '../../mocks/state.ts';
import { createMemoryStore } from '../../mocks/store.ts';
import { API_OPERATIONS, type ApiOperation } from '../../src/contract/api-operations.ts';
import { openApiDocument } from '../../src/contract/openapi.ts';
import { MAX_BODY_BYTES, SERVER_COPY_KEY_HEADER } from '../../src/contract/index.ts';
import { basic } from './harness.ts';

const ORIGIN = 'http://openapi.test';
/** The browser's key for its server copy; another browser's copy was made with another. */
const COPY_KEY = 'k'.repeat(43);
const keyHash = (key: string) => createHash('sha256').update(key).digest('hex');
const documentJson = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', ...documentJson });

/** The handler set's own routes (one method each; the 405 and 404 handlers take any), in OpenAPI's form. */
function registeredRoutes(): string[] {
  const handlers = createHandlers({ store: createMemoryStore(), serverCopies: createServerCopies() });
  return (handlers as HttpHandler[])
    .filter(({ info }) => typeof info.method === 'string' && String(info.path).startsWith('/api/'))
    .map(
      ({ info }) =>
        `${String(info.method)} ${String(info.path).replace(':accountSid', '{AccountSID}').replace(':format?', '').replace(':id', '{Id}')}`,
    );
}

/** A request that should get `status` from `operation`, and the sandbox it runs against. */
function scene(operation: ApiOperation, status: number): { state: SandboxState; request: Request } {
  const enabled = addActionInquiry(enableLegacyTokens(createInitialState()), {
    CampaignId: '12001',
    OrderId: 'R-1',
    Amount: null,
    Note: '',
  }).state;
  let state = enabled;
  if (operation.group === 'partner' && status === 429) state = scenarioState('rate-limited');
  if (operation.group === 'settings' && status === 404) state = createInitialState();
  if (operation.method === 'POST' && operation.path.endsWith('/legacy-tokens') && status === 201)
    state = createInitialState();

  const ids: Record<string, string> = { Campaigns: '12001', Actions: '19870.4521.100001', ActionInquiries: '1001' };
  const resource = operation.path.split('/')[4] ?? '';
  const path = operation.path
    .replace('{AccountSID}', state.accountSid)
    .replace('{Id}', status === 404 ? '999999' : (ids[resource] ?? ''));

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (operation.group === 'partner' && status !== 401) {
    headers.Authorization = basic(
      state.accountSid,
      state.legacyToken[status === 403 ? 'readOnly' : 'readWrite'].authToken,
    );
  }
  if (operation.headers) headers[SERVER_COPY_KEY_HEADER] = COPY_KEY;
  let body: string | undefined;
  if (operation.body) {
    headers['Content-Type'] = 'application/json';
    const valid: Record<string, unknown> = {
      SandboxState: state,
      VersionBody: { version: 15 },
      ScenarioBody: { name: 'enabled' },
      InquiryFields: operation.method === 'PUT' ? { Note: 'checked' } : { CampaignId: '12001', OrderId: 'R-2' },
    };
    const invalid =
      operation.body === 'InquiryFields'
        ? { CampaignId: 'none' }
        : { version: 'fifteen', name: 'none', schemaVersion: 0 };
    body = JSON.stringify(status === 400 ? invalid : status === 409 ? { version: 11 } : valid[operation.body]);
    if (status === 413) body = JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES) });
    if (status === 415) headers['Content-Type'] = 'text/plain';
  }
  if (operation.group === 'partner' && status === 400 && !operation.body) headers['IR-Version'] = '99';
  return { state, request: new Request(`${ORIGIN}${path}`, { method: operation.method, headers, body }) };
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 whose every schema compiles and every $ref resolves', () => {
    expect(documentJson.openapi).toBe('3.1.0');
    const text = JSON.stringify(documentJson);
    const refs = new Set([...text.matchAll(/"\$ref":"#\/([^"]+)"/g)].map(([, pointer]) => pointer!));
    expect(refs.size).toBeGreaterThan(10);
    for (const pointer of refs) {
      const target = pointer.split('/').reduce<any>((node, key) => node?.[key], documentJson);
      expect(target, pointer).toBeTypeOf('object');
    }
    for (const name of Object.keys((documentJson.components as any).schemas)) {
      expect(() => ajv.getSchema(`openapi#/components/schemas/${name}`), name).not.toThrow();
    }
  });

  it('names exactly the routes the handlers register', () => {
    const documented = API_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`);
    const registered = registeredRoutes();
    expect(registered.length).toBeGreaterThanOrEqual(28);
    expect(documented.sort()).toEqual(registered.sort());
    const paths = documentJson.paths as Record<string, Record<string, unknown>>;
    expect(Object.values(paths).flatMap((item) => Object.keys(item))).toHaveLength(documented.length);
  });

  const cases = API_OPERATIONS.flatMap((operation) =>
    Object.keys(operation.responses).map(
      (status) => [`${operation.method} ${operation.path} → ${status}`, operation, Number(status)] as const,
    ),
  );

  it.each(cases)('%s: the handlers answer it as documented', async (_name, operation, status) => {
    const { state, request } = scene(operation, status);
    const store = createMemoryStore(state);
    const serverCopies = createServerCopies();
    // A server copy exists (this client's for 200, another browser's for 403) except where none may.
    if (operation.group === 'support' && status !== 201 && status !== 404)
      serverCopies.put(state, keyHash(status === 403 ? 'another browser' : COPY_KEY));
    const handlers = createHandlers({ store, serverCopies });
    const response = await getResponse(handlers, request, { baseUrl: ORIGIN, quiet: true });
    expect(response?.status).toBe(status);
    const spec = operation.responses[status]!;
    for (const header of spec.headers ?? []) expect(response!.headers.has(header), header).toBe(true);
    expect(response!.headers.get('Content-Type')).toMatch(/^application\/json/);
    const validate = ajv.getSchema(`openapi#/components/schemas/${spec.schema}`)!;
    const body = await response!.json();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });
});
