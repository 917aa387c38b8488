/**
 * The site's service worker runs the handler set through src/sandbox/msw-direct.ts instead of
 * MSW (astro.config.mjs aliases `msw` there). The same requests, in the same order, against two
 * identical sandboxes (one answered by MSW's getResponse, one by the direct runner) must get the
 * same answers: status, the headers a client reads, and the body. The requests cover every route
 * kind the handlers rely on MSW's matching for: parameters, `:format?` suffixes, `*` and regular
 * expression paths, method fallbacks (405 with Allow), fall-through to the 404s, escaped letters,
 * trailing slashes and query strings.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SandboxState, StateContext } from '../../mocks/state.ts';
import { basic, fixedClock, seededRandomBytes } from './harness.ts';

const ORIGIN = 'https://sandbox.test';

type Runner = (request: Request) => Promise<Response | undefined>;

/** A fresh sandbox (seeded, fixed clock) whose handlers come from the `msw` module this import graph sees. */
async function sandboxRunner(): Promise<{ run: Runner; state: () => SandboxState }> {
  const [{ createHandlers }, { createMemoryStore }, { createInitialState }, { getResponse }] = await Promise.all([
    import('../../mocks/handlers.ts'),
    import('../../mocks/store.ts'),
    import('../../mocks/state.ts'),
    import('msw'),
  ]);
  const clock = fixedClock();
  const stateContext: StateContext = { randomBytes: seededRandomBytes(), now: () => clock.now() };
  const store = createMemoryStore(createInitialState(stateContext), stateContext);
  // As the worker makes them: paths relative to the page's origin (mocks/state-keeper.ts).
  const handlers = createHandlers({ store, stateContext });
  return {
    run: (request) => getResponse(handlers as never, request, { baseUrl: ORIGIN, quiet: true }),
    state: () => store.read(),
  };
}

async function bothRunners(): Promise<{ msw: Awaited<ReturnType<typeof sandboxRunner>>; direct: Runner }> {
  vi.resetModules();
  const msw = await sandboxRunner();
  vi.resetModules();
  vi.doMock('msw', () => import('../../src/sandbox/msw-direct.ts'));
  const direct = await sandboxRunner();
  vi.doUnmock('msw');
  return { msw, direct: direct.run };
}

/** What a client can see of an answer (undefined: no handler answered). */
async function seen(response: Response | undefined) {
  if (!response) return undefined;
  const headers = ['content-type', 'allow', 'x-sandbox-reason', 'www-authenticate', 'cache-control'].map((name) => [
    name,
    response.headers.get(name),
  ]);
  return { status: response.status, headers: Object.fromEntries(headers), body: await response.text() };
}

type Step = (sid: string, auth: string) => [string, RequestInit?];

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

const STEPS: Step[] = [
  () => ['/api/sandbox'],
  () => ['/api/sandbox/legacy-tokens/credentials'],
  () => ['/api/sandbox/legacy-tokens', { method: 'POST' }],
  () => ['/api/sandbox/legacy-tokens/credentials?x=1'],
  () => ['/api/sandbox/account/'],
  () => ['/api/sandbox/legacy-tokens/read-only/reset', { method: 'POST' }],
  () => ['/api/sandbox/legacy-tokens/read-only/reset', { method: 'GET' }],
  () => ['/api/sandbox/legacy-tokens/api-version', json('PUT', { apiVersion: 'nope' })],
  () => ['/api/sandbox/legacy-tokens/api-version', { method: 'PATCH' }],
  () => ['/api/sandbox/nothing-here'],
  () => ['/api/sandbox/log'],
  () => ['/api/elsewhere'],
  () => ['/api'],
  (sid, auth) => [`/api/Mediapartners/${sid}/Campaigns`, { headers: { Authorization: auth } }],
  (sid, auth) => [`/api/Mediapartners/${sid}/Campaigns.json`, { headers: { Authorization: auth } }],
  (sid, auth) => [`/api/Mediapartners/${sid}/Campaigns/12001.json`, { headers: { Authorization: auth } }],
  (sid, auth) => [`/api/Mediapartners/${sid}/Campaign%73.xml`, { headers: { Authorization: auth } }],
  (sid, auth) => [`/api/Mediapartners/${sid}/Campaigns/`, { headers: { Authorization: auth } }],
  (sid, auth) => [`/api/Mediapartners/${sid}/CampaignsX`, { headers: { Authorization: auth } }],
  (sid, auth) => [`/api/Mediapartners/${sid}/Campaigns`, { method: 'DELETE', headers: { Authorization: auth } }],
  (sid, auth) => [
    `/api/Mediapartners/${sid}/ActionInquiries.json`,
    {
      ...json('POST', { ActionId: '1', Reason: 'x' }),
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
    },
  ],
  (sid) => [`/api/Mediapartners/${sid}/Campaigns`, { headers: { Authorization: basic(sid, 'wrong') } }],
  () => ['/api/Mediapartners/', {}],
  () => ['/api/Mediapartners'],
  () => ['https://api.impact.com/Mediapartners/IRabc/Campaigns'],
  () => ['http://IMPACT.com/anything?x=1'],
  () => ['/api/sandbox/reset', { method: 'POST' }],
  () => ['/api/sandbox'],
];

describe('the service worker’s direct handler runner', () => {
  it('answers every kind of route exactly as MSW’s getResponse does', async () => {
    const { msw, direct } = await bothRunners();
    for (const [index, step] of STEPS.entries()) {
      const { accountSid, legacyToken } = msw.state();
      const [path, init] = step(accountSid, basic(accountSid, legacyToken.readWrite.authToken));
      const request = () => new Request(new URL(path, ORIGIN), init);
      const expected = await seen(await msw.run(request()));
      expect(await seen(await direct(request())), `step ${index}: ${init?.method ?? 'GET'} ${path}`).toEqual(expected);
    }
  });

  it('hands on a request no handler takes', async () => {
    const { msw, direct } = await bothRunners();
    const request = () => new Request('https://elsewhere.test/page');
    expect(await msw.run(request())).toBeUndefined();
    expect(await direct(request())).toBeUndefined();
  });
});
