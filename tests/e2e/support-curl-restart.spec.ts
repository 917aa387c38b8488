/**
 * The curl note tells the truth when the server loses the page's copy: after a restart the page
 * notices (a keyed check when the tab regains focus) and sends its sandbox again, so the copied
 * command keeps answering as the page does; while the server is down the note says so and the
 * page retries until it is back. On a server of the test's own, restarted on the same port.
 */
import { expect, openReady, test, tryPanel } from './fixtures.ts';
import { spawnServer, type SpawnedServer } from './server-process.ts';
import { BOTH_LOCALES, testIn } from './support-helpers.ts';

const servers: SpawnedServer[] = [];
test.afterEach(() => servers.splice(0).forEach((server) => server.kill()));

async function start(port?: number): Promise<SpawnedServer> {
  const server = await spawnServer({ env: port ? { PORT: String(port) } : {} });
  servers.push(server);
  return server;
}

async function stop(server: SpawnedServer): Promise<void> {
  process.kill(server.process.pid!, 'SIGTERM');
  expect(await server.exited).toBe(0);
}

for (const { locale, sandbox, t, s } of BOTH_LOCALES) {
  testIn('en', locale)(
    `${locale}: a lost copy is sent again after a restart; while the server is down the note says it retries`,
    async ({ page }) => {
      test.setTimeout(90_000);
      const first = await start();
      // The page's own clock, so the test need not sit out the retry timer (1 s, 2 s, 4 s … 15 s).
      await page.clock.install();
      await openReady(page, `${first.origin}${sandbox}?scenario=enabled`);
      const panel = tryPanel(page);
      await panel.getByText(t.equivalentCurl).click();
      const note = panel.locator('[data-server-copy]');
      await expect(note).toHaveAttribute('data-server-copy', 'synced');
      const { sid, token } = await page.evaluate(async () => ({
        sid: (await (await fetch('/api/sandbox/account')).json()).sid as string,
        token: (await (await fetch('/api/sandbox')).json()).credentials.readWrite.authToken as string,
      }));
      const curl = (origin: string) =>
        fetch(`${origin}/api/Mediapartners/${sid}/Campaigns.json`, {
          headers: { Authorization: `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}` },
        }).then((response) => response.status);
      expect(await curl(first.origin)).toBe(200);

      // A restart the page did not see: the copy is gone until the page looks again.
      await stop(first);
      const second = await start(first.port);
      expect(await curl(second.origin)).toBe(401);
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect.poll(() => curl(second.origin), { timeout: 15_000 }).toBe(200);
      await expect(note).toHaveAttribute('data-server-copy', 'synced');
      await expect(panel.getByText(s.curlMirrored)).toBeVisible();

      // Down: the note says so (not "static host"), and the page retries until the server is back.
      await stop(second);
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect(note).toHaveAttribute('data-server-copy', 'unreachable');
      await expect(panel.getByText(s.curlServerUnreachable)).toBeVisible();
      const third = await start(first.port);
      // Past the longest wait between tries: the next one finds the server back, with no reader's
      // action (again if a try was still on its way to the stopped server when the clock moved).
      await expect(async () => {
        await page.clock.fastForward(15_000);
        await expect(note).toHaveAttribute('data-server-copy', 'synced', { timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      expect(await curl(third.origin)).toBe(200);
    },
  );
}
