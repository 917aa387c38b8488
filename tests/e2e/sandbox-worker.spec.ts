/**
 * The browser's one sandbox, kept by the site's service worker in IndexedDB: two tabs writing at
 * once lose nothing that was acknowledged, the state survives the worker being stopped, and the
 * state an older version saved in localStorage is moved over once with nothing lost.
 */
import type { CDPSession, Page } from '@playwright/test';
import { embed, expect, openReady, pageApi, seedSavedState, STORAGE_KEY, test, zh } from './fixtures.ts';

interface Snapshot {
  accountSid: string;
  legacyTokensEnabled: boolean;
  legacyToken: { readWrite: { authToken: string }; readOnly: { authToken: string } };
  actionInquiries: { Id: string; OrderId: string }[];
  log: { id: number; kind: string; method?: string; status?: number; action?: string }[];
}

const snapshot = async (page: Page) => (await pageApi<Snapshot>(page, '/api/sandbox/snapshot')).body;

/** Stops every service worker of the browser, as Chromium does to an idle one. */
async function stopWorkers(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  return cdp;
}

test('two tabs writing at once: 20 rounds, every acknowledged write is in the state both tabs see', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const other = await context.newPage();
  await openReady(page);
  // The rounds run from two tabs the worker answers that have no widgets (llms.txt), as in
  // support-share: on the guide every write redrew ten apps and consoles, most of this test's CPU.
  // What is checked is the worker's state as each tab reads it, not what the widgets draw.
  await page.goto('/llms.txt');
  await other.goto('/llms.txt');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await other.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect((await pageApi(page, '/api/sandbox/legacy-tokens', { method: 'POST' })).status).toBe(201);

  const acknowledgedCreates: string[] = [];
  // Nothing writes between rounds, so each round starts from the state the last one checked.
  let before = await snapshot(page);
  for (let round = 1; round <= 20; round++) {
    // One tab resets the Read/Write token…
    const reset = page.evaluate(async () => {
      const response = await fetch('/api/sandbox/legacy-tokens/read-write/reset', {
        method: 'POST',
        headers: { Accept: 'application/json' },
      });
      const view = await response.json();
      return { status: response.status, token: view.credentials?.readWrite.authToken as string };
    });
    // …while the other fires 10 partner calls and 5 creates with the tokens it knew.
    const calls = other.evaluate(
      async ({ sid, readOnly, readWrite, round }) => {
        const auth = (token: string) => `Basic ${btoa(`${sid}:${token}`)}`;
        const base = `/api/Mediapartners/${sid}`;
        const reads = Array.from({ length: 10 }, () =>
          fetch(`${base}/Campaigns`, { headers: { Authorization: auth(readOnly), Accept: 'application/json' } }),
        );
        const creates = Array.from({ length: 5 }, (_, index) =>
          fetch(`${base}/ActionInquiries`, {
            method: 'POST',
            headers: { Authorization: auth(readWrite), Accept: 'application/json', 'Content-Type': 'application/json' },
            body: JSON.stringify({ CampaignId: '12001', OrderId: `round-${round}-${index}` }),
          }),
        );
        const [read, created] = await Promise.all([Promise.all(reads), Promise.all(creates)]);
        return {
          reads: read.map((response) => response.status),
          created: created.map((response, index) => ({ status: response.status, orderId: `round-${round}-${index}` })),
        };
      },
      {
        sid: before.accountSid,
        readOnly: before.legacyToken.readOnly.authToken,
        readWrite: before.legacyToken.readWrite.authToken,
        round,
      },
    );
    const [resetAnswer, callAnswers] = await Promise.all([reset, calls]);
    expect(resetAnswer.status).toBe(200);
    expect(callAnswers.reads).toEqual(Array(10).fill(200));

    // The tabs take turns reading the state back; both read it all after the last round.
    const after = await snapshot(round % 2 ? page : other);
    expect(after.legacyToken.readWrite.authToken, `round ${round}: the reset stands`).toBe(resetAnswer.token);
    const saved = new Set(after.actionInquiries.map((inquiry) => inquiry.OrderId));
    const acknowledged = callAnswers.created.filter((create) => create.status === 201).map((create) => create.orderId);
    expect(
      acknowledged.filter((orderId) => !saved.has(orderId)),
      `round ${round}: creates lost`,
    ).toEqual([]);
    const logged = after.log.filter((entry) => entry.id > before.log.at(-1)!.id);
    expect(logged.filter((entry) => entry.kind === 'action' && entry.action === 'reset-token')).toHaveLength(1);
    expect(
      logged.filter((entry) => entry.kind === 'request' && entry.method === 'GET' && entry.status === 200),
    ).toHaveLength(10);
    expect(logged.filter((entry) => entry.kind === 'request' && entry.status === 201)).toHaveLength(
      acknowledged.length,
    );
    acknowledgedCreates.push(...acknowledged);
    before = after;
  }
  for (const tab of [page, other]) {
    const final = await snapshot(tab);
    expect(final.legacyToken.readWrite.authToken).toBe(before.legacyToken.readWrite.authToken);
    const saved = new Set(final.actionInquiries.map((inquiry) => inquiry.OrderId));
    expect(
      acknowledgedCreates.filter((orderId) => !saved.has(orderId)),
      'creates lost over 20 rounds',
    ).toEqual([]);
  }
});

test('the state survives the service worker being stopped between requests', async ({ page }) => {
  await openReady(page);
  await embed(page, 2).getByRole('button', { name: zh.enableLegacyTokens }).click();
  await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
  const reset = await pageApi<{ credentials: { readWrite: { authToken: string } } }>(
    page,
    '/api/sandbox/legacy-tokens/read-write/reset',
    { method: 'POST' },
  );
  expect(reset.status).toBe(200);
  const before = await snapshot(page);

  const cdp = await stopWorkers(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version: { runningStatus: string }) => version.runningStatus === 'stopped')) resolve();
    }),
  );
  await stopped;
  // The next request starts the worker afresh: it reads the state from IndexedDB.
  const after = await snapshot(page);
  expect(after).toEqual(before);
  expect(after.legacyToken.readWrite.authToken).toBe(reset.body.credentials.readWrite.authToken);
  // A reload (the worker stopped once more) shows the same sandbox.
  await stopWorkers(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready');
  await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
  expect((await snapshot(page)).accountSid).toBe(before.accountSid);
});

test('the state an older version saved in localStorage is moved to the worker once, nothing lost', async ({
  page,
  context,
}) => {
  const sid = `IRSANDBOX${'M'.repeat(24)}1`;
  const saved = {
    schemaVersion: 2,
    accountSid: sid,
    accountName: 'Migrated partner',
    legacyTokensEnabled: true,
    legacyToken: {
      name: 'Legacy Account Token',
      createdAt: '2024-03-18T10:42:00.000Z',
      apiVersion: 13,
      readWrite: { authToken: `sandbox~${'A'.repeat(24)}`, lastResetAt: '2026-11-30T08:00:00.000Z', revoked: [] },
      readOnly: { authToken: `sandbox~${'B'.repeat(24)}`, lastResetAt: null, revoked: [] },
    },
    actionInquiries: [],
    nextActionInquiryId: 1001,
    log: [],
    nextLogId: 1,
    rateLimit: { windowStartedAt: null, used: 0 },
    recovery: null,
  };
  await seedSavedState(context, JSON.stringify(saved));
  await openReady(page);
  // Saved before the state kept its scenario: it gets the one its log names (none), and loses nothing.
  const kept = { ...saved, scenario: null };
  expect(await snapshot(page)).toEqual(kept);
  await expect(embed(page, 2).getByRole('article', { name: zh.legacyAccountTokens })).toBeVisible();
  // Handed over and acknowledged: the old key is gone, and the worker's copy is what a reload shows.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-sandbox', 'ready');
  expect(await snapshot(page)).toEqual(kept);
});
