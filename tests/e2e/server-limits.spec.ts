/**
 * What a LAN neighbour cannot do to `npm start`, and the clear answers at its limits: replace
 * or probe another browser's server copy, push every copy out, hold the server with questions;
 * a too-long API path is a 414; short addresses keep their query. Servers of their own where a
 * limit is lowered or copies are made; a second client is another loopback address (127.0.0.2).
 */
import { expect, test } from '@playwright/test';
import { createInitialState, enableLegacyTokens, type SandboxState } from '../../mocks/state.ts';
import { EN_GUIDE_PATH, ZH_GUIDE_PATH } from '../../src/site.ts';
import { requestBytes, spawnServer, type SpawnedServer } from './server-process.ts';

const STATIC_ORIGIN = `http://127.0.0.1:${process.env.E2E_STATIC_PORT ?? 4398}`;

const servers: SpawnedServer[] = [];
test.afterEach(() => servers.splice(0).forEach((server) => server.kill()));
async function start(env: Record<string, string>): Promise<SpawnedServer> {
  const server = await spawnServer({ env });
  servers.push(server);
  return server;
}

const KEY = 'k'.repeat(43);
const sandbox = (): SandboxState => enableLegacyTokens(createInitialState());
const basic = (state: SandboxState, token = state.legacyToken.readWrite.authToken) =>
  `Basic ${Buffer.from(`${state.accountSid}:${token}`).toString('base64')}`;

function putCopy(origin: string, state: SandboxState, key = KEY) {
  return fetch(`${origin}/api/sandboxes/${state.accountSid}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'X-Sandbox-Copy-Key': key },
    body: JSON.stringify(state),
  });
}

test('a copy is replaced only with the key it was made with; a stranger cannot tell it exists', async () => {
  const { origin } = await start({});
  const mine = sandbox();
  expect((await putCopy(origin, mine)).status).toBe(201);
  expect((await putCopy(origin, mine)).status).toBe(200);
  const theirs = { ...sandbox(), accountSid: mine.accountSid };
  const takeover = await putCopy(origin, theirs, 'x'.repeat(43));
  expect(takeover.status).toBe(403);
  const unkeyed = await fetch(`${origin}/api/sandboxes/${mine.accountSid}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(theirs),
  });
  expect(unkeyed.status).toBe(400);
  expect((await unkeyed.json()).Message).toMatch(/X-Sandbox-Copy-Key/);

  const campaigns = (state: SandboxState, authorization: string) =>
    fetch(`${origin}/api/Mediapartners/${state.accountSid}/Campaigns.json`, {
      headers: { Authorization: authorization },
    });
  // The page's token still works: the copy is the page's.
  expect((await campaigns(mine, basic(mine))).status).toBe(200);
  expect((await campaigns(mine, basic(theirs))).status).toBe(401);
  // A wrong token on a SID with a copy and on one without: the same answer, word for word.
  const nobody = sandbox();
  const guess = 'sandbox~' + 'g'.repeat(24);
  const answers = await Promise.all(
    [mine, nobody].map(async (state) => {
      const response = await campaigns(state, basic(state, guess));
      return [response.status, response.headers.get('x-sandbox-reason'), await response.text()];
    }),
  );
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0]![1]).toBe('unknown-account');
  // The page's check: its key finds the copy; any other gets the answer a SID without one gets.
  const check = (state: SandboxState, key: string) =>
    fetch(`${origin}/api/sandboxes/${state.accountSid}`, { headers: { 'X-Sandbox-Copy-Key': key } });
  expect((await check(mine, KEY)).status).toBe(200);
  expect((await check(mine, 'x'.repeat(43))).status).toBe(404);
  expect((await check(nobody, KEY)).status).toBe(404);
});

test('one client may make only so many new copies a minute; replacing its own and other clients go on', async () => {
  const { origin } = await start({ COPY_LIMIT_PER_MINUTE: '3' });
  const copies = [sandbox(), sandbox(), sandbox()];
  for (const state of copies) expect((await putCopy(origin, state)).status).toBe(201);
  const refused = await putCopy(origin, sandbox());
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(refused.headers.get('x-ratelimit-limit-minute')).toBe('3');
  expect((await refused.json()).Message).toMatch(/^Too many new sandbox copies from one client: 3 a minute/);
  expect((await putCopy(origin, copies[0]!)).status).toBe(200);

  const other = sandbox();
  const fromElsewhere = await requestBytes(`${origin}/api/sandboxes/${other.accountSid}`, {
    method: 'PUT',
    localAddress: '127.0.0.2',
    headers: { 'Content-Type': 'application/json', 'X-Sandbox-Copy-Key': KEY },
    body: JSON.stringify(other),
  });
  expect(fromElsewhere.status).toBe(201);
  // The first copies are all still there (none was pushed out).
  for (const state of copies) {
    const response = await fetch(`${origin}/api/Mediapartners/${state.accountSid}/Campaigns.json`, {
      headers: { Authorization: basic(state) },
    });
    expect(response.status).toBe(200);
  }
});

test('?ask= is limited per client like the partner API: a 429 that says when, pages unaffected', async () => {
  const { origin } = await start({ ASK_LIMIT_PER_MINUTE: '3' });
  const ask = (question: string, init: Parameters<typeof requestBytes>[1] = {}) =>
    requestBytes(`${origin}${EN_GUIDE_PATH}.md?ask=${encodeURIComponent(question)}`, init);
  for (let index = 0; index < 3; index++) expect((await ask(`reset token ${index}`)).status).toBe(200);
  const limited = await ask('one more');
  expect(limited.status).toBe(429);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  expect(limited.headers['x-ratelimit-remaining-minute']).toBe('0');
  expect(limited.headers['content-type']).toBe('text/markdown; charset=utf-8');
  expect(limited.body.toString('utf8')).toMatch(
    /^Too many questions from one client: 3 a minute\. Try again in \d+ s\./,
  );
  const asJson = await ask('one more', { headers: { Accept: 'application/json' } });
  expect(asJson.status).toBe(429);
  expect(JSON.parse(asJson.body.toString('utf8')).error).toMatch(/^Too many questions/);
  // Pages and markdown without a question are no questions; another client still asks.
  expect((await requestBytes(`${origin}${EN_GUIDE_PATH}`)).status).toBe(200);
  expect((await requestBytes(`${origin}${EN_GUIDE_PATH}.md`)).status).toBe(200);
  expect((await ask('reset token', { localAddress: '127.0.0.2' })).status).toBe(200);
});

test('an API path too long for the router is a 414 in the error shape, before any route', async ({ baseURL }) => {
  for (const length of [5_000, 9_000]) {
    const response = await fetch(`${baseURL}/api/Mediapartners/${'A'.repeat(length)}/Campaigns.json`);
    expect(response.status, String(length)).toBe(414);
    expect(response.statusText).toBe('URI Too Long');
    expect(await response.json()).toEqual({
      Status: 'ERROR',
      Message: 'URI Too Long: the sandbox API takes paths and queries of at most 4,096 characters.',
    });
  }
  // Just under the limit the route answers as usual (no credentials: 401).
  const under = await fetch(`${baseURL}/api/Mediapartners/${'A'.repeat(3_900)}/Campaigns.json`);
  expect(under.status).toBe(401);
});

test('short addresses keep their query: a shared scenario or question is not lost', async ({ baseURL, page }) => {
  const question = encodeURIComponent('如何重置令牌？');
  for (const [path, target] of [
    ['/?scenario=enabled', `${EN_GUIDE_PATH}?scenario=enabled`],
    ['/partner?scenario=enabled', `${EN_GUIDE_PATH}?scenario=enabled`],
    [`/partner/zh/?ask=${question}`, `${ZH_GUIDE_PATH}?ask=${question}`],
  ]) {
    const response = await fetch(`${baseURL}${path}`, { redirect: 'manual', headers: { Accept: 'text/html' } });
    expect(response.status, path).toBe(302);
    expect(response.headers.get('location'), path).toBe(target);
  }
  // A browser opening the short address with a question lands on the guide with it.
  const response = await page.goto(`${baseURL}/partner/zh?ask=${question}`);
  expect(new URL(response!.url()).searchParams.get('ask')).toBe('如何重置令牌？');
  expect(new URL(response!.url()).pathname).toBe(ZH_GUIDE_PATH);

  // On a plain static host the short address is Astro's redirect page: it carries the query too.
  for (const [path, target] of [
    ['/?scenario=enabled#step-2', `${EN_GUIDE_PATH}?scenario=enabled#step-2`],
    [`/partner/zh/?ask=${question}`, `${ZH_GUIDE_PATH}?ask=${question}`],
  ] as const) {
    const guide = page.waitForRequest(
      (request) => request.isNavigationRequest() && request.url().includes('/api-tokens/'),
    );
    await page.goto(`${STATIC_ORIGIN}${path}`);
    expect((await guide).url().replace(STATIC_ORIGIN, '')).toBe(target.replace(/#.*/, ''));
    await expect.poll(() => new URL(page.url()).hash).toBe(new URL(`http://x${target}`).hash);
  }
});
