/**
 * `npm start` serves compressed: the build's Brotli and gzip copies of pages, chunks, workers,
 * markdown, llms*.txt and the ask index, chosen by Accept-Encoding (q-values count) with
 * `Vary`, and replies made on the fly (API JSON, `?ask=` answers) compressed above a small
 * size. Lengths, ETags, HEAD, Range and 304 stay right. It also serves a build as it is now:
 * a rebuild under a running server, and an older build without compressed copies.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { EN_GUIDE_PATH, ZH_GUIDE_PATH } from '../../src/site.ts';
import { copyOfDist, requestBytes, spawnServer, type BytesReply, type SpawnedServer } from './server-process.ts';

const STATIC_ORIGIN = `http://127.0.0.1:${process.env.E2E_STATIC_PORT ?? 4398}`;

const decode = (reply: BytesReply) =>
  reply.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(reply.body)
    : reply.headers['content-encoding'] === 'gzip'
      ? gunzipSync(reply.body)
      : reply.body;

async function builtFiles(origin: string): Promise<string[]> {
  const guide = (await requestBytes(`${origin}${EN_GUIDE_PATH}`)).body.toString('utf8');
  // The layout's own script (the page's last): one big enough to have compressed copies.
  const chunk = [...guide.matchAll(/src="(\/_astro\/[^"]+\.js)"/g)].at(-1)![1]!;
  return [
    EN_GUIDE_PATH,
    `${ZH_GUIDE_PATH}.md`,
    chunk,
    '/sandbox-sw.js',
    '/sandbox-sw-ask.js',
    '/llms.txt',
    '/llms-full.txt',
    '/ask-index.json',
  ];
}

test('files: br or gzip as the client prefers, the same bytes once decoded, Vary and a length that fits', async ({
  baseURL,
}) => {
  for (const origin of [baseURL!, STATIC_ORIGIN]) {
    for (const path of await builtFiles(origin)) {
      const identity = await requestBytes(`${origin}${path}`);
      expect(identity.status, path).toBe(200);
      expect(identity.headers['content-encoding'], path).toBeUndefined();
      const etags = new Set([identity.headers.etag]);
      for (const [accept, coding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['br;q=0, gzip', 'gzip'],
        ['gzip;q=0.8, br;q=0.5', 'gzip'],
        ['br;q=0, gzip;q=0', undefined],
      ] as const) {
        const reply = await requestBytes(`${origin}${path}`, { headers: { 'Accept-Encoding': accept } });
        expect(reply.headers['content-encoding'], `${path} ${accept}`).toBe(coding);
        expect(reply.headers.vary, path).toMatch(/Accept-Encoding/);
        expect(Number(reply.headers['content-length']), path).toBe(reply.body.length);
        expect(decode(reply).equals(identity.body), path).toBe(true);
        if (coding) expect(reply.body.length, path).toBeLessThan(identity.body.length);
        etags.add(reply.headers.etag);

        const head = await requestBytes(`${origin}${path}`, { method: 'HEAD', headers: { 'Accept-Encoding': accept } });
        expect(head.body.length).toBe(0);
        expect(head.headers['content-length']).toBe(reply.headers['content-length']);
        expect(head.headers['content-encoding']).toBe(coding);
      }
      // One ETag per coding: a cache never takes one representation's validator for another's.
      expect(etags.size, path).toBe(3);
    }
  }
});

test('files: a revalidation is per coding, a Range is of the uncompressed file, a dubious Range gets it all', async ({
  baseURL,
}) => {
  const url = `${baseURL}/llms-full.txt`;
  const br = await requestBytes(url, { headers: { 'Accept-Encoding': 'br' } });
  const revalidated = await requestBytes(url, {
    headers: { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) },
  });
  expect(revalidated.status).toBe(304);
  expect(revalidated.headers.vary).toBe('Accept-Encoding');
  // The br copy's validator does not match the gzip copy.
  const gzip = await requestBytes(url, {
    headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': String(br.headers.etag) },
  });
  expect(gzip.status).toBe(200);
  expect(gzip.headers['content-encoding']).toBe('gzip');

  const whole = (await requestBytes(url)).body;
  const ranged = await requestBytes(url, { headers: { 'Accept-Encoding': 'br, gzip', Range: 'bytes=10-109' } });
  expect(ranged.status).toBe(206);
  expect(ranged.headers['content-encoding']).toBeUndefined();
  expect(ranged.headers['content-range']).toBe(`bytes 10-109/${whole.length}`);
  expect(ranged.body.equals(whole.subarray(10, 110))).toBe(true);
  for (const range of ['bytes=-100', 'bytes=0-0', 'bytes=20-10', 'bytes=0-9,20-29', 'items=0-9']) {
    const reply = await requestBytes(url, { headers: { Range: range } });
    expect(reply.status, range).toBe(200);
    expect(reply.body.equals(whole), range).toBe(true);
  }
  const stale = await requestBytes(url, { headers: { Range: 'bytes=0-9', 'If-Range': '"another"' } });
  expect(stale.status).toBe(200);
  // The compressed copies are not files of their own.
  expect((await requestBytes(`${baseURL}/llms-full.txt.br`)).status).toBe(404);
});

test('replies made on the fly: JSON and answers above 1 KB compressed, small ones as they are', async ({ baseURL }) => {
  const accept = { 'Accept-Encoding': 'gzip, br' };
  const answer = await requestBytes(
    `${baseURL}${EN_GUIDE_PATH}.md?ask=${encodeURIComponent('How do I reset the read/write token?')}`,
    { headers: { ...accept, Accept: 'application/json' } },
  );
  expect(answer.status).toBe(200);
  expect(answer.headers['content-encoding']).toBe('br');
  expect(answer.headers.vary).toBe('Accept, Accept-Encoding');
  expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  expect(JSON.parse(decode(answer).toString('utf8'))).toHaveProperty('answer');

  // A partner API list, on a server of its own (its sandbox is enabled for this).
  const server = await spawnServer();
  try {
    const { origin } = server;
    expect((await fetch(`${origin}/api/sandbox/legacy-tokens`, { method: 'POST' })).status).toBe(201);
    const credentials = await (await fetch(`${origin}/api/sandbox/legacy-tokens/credentials`)).json();
    const authorization = `Basic ${Buffer.from(`${credentials.accountSid}:${credentials.readWrite.authToken}`).toString('base64')}`;
    const campaigns = await requestBytes(`${origin}/api/Mediapartners/${credentials.accountSid}/Campaigns.json`, {
      headers: { 'Accept-Encoding': 'gzip', Authorization: authorization },
    });
    expect(campaigns.status).toBe(200);
    expect(campaigns.headers['content-encoding']).toBe('gzip');
    expect(decode(campaigns).length).toBeGreaterThan(1024);
    expect(JSON.parse(decode(campaigns).toString('utf8'))).toHaveProperty('Campaigns');
  } finally {
    server.kill();
  }

  const small = await requestBytes(`${baseURL}/api/sandbox/account`, { headers: accept });
  expect(small.body.length).toBeLessThan(1024);
  expect(small.headers['content-encoding']).toBeUndefined();
  expect(JSON.parse(small.body.toString('utf8'))).toHaveProperty('sid');
  const notFound = await requestBytes(`${baseURL}/partner/zh/no-such-page`, { headers: accept });
  expect(notFound.status).toBe(404);
  expect(decode(notFound).toString('utf8')).toContain('<html');
});

test.describe('a build as it is now', () => {
  const servers: SpawnedServer[] = [];
  const cleanups: Array<() => void> = [];
  test.afterEach(() => {
    servers.splice(0).forEach((server) => server.kill());
    cleanups.splice(0).forEach((cleanup) => cleanup());
  });
  const build = () => {
    const copy = copyOfDist();
    cleanups.push(copy.remove);
    return copy.dir;
  };

  test('a rebuild under a running server is served at once: new chunks and pages, no restart', async () => {
    const dist = build();
    const server = await spawnServer({ distDir: dist });
    servers.push(server);
    await server.logged('a rebuild (npm run build) is served without a restart');
    const chunk = '/_astro/rebuilt.0123abcd.js';
    expect((await requestBytes(`${server.origin}${chunk}`)).status).toBe(404);
    writeFileSync(join(dist, chunk), 'export const rebuilt = true;\n');
    for (const suffix of ['', '.br', '.gz']) rmSync(join(dist, `llms.txt${suffix}`));
    writeFileSync(join(dist, 'llms.txt'), '# Rebuilt\n');
    const script = await requestBytes(`${server.origin}${chunk}`);
    expect(script.status).toBe(200);
    expect(script.body.toString('utf8')).toBe('export const rebuilt = true;\n');
    expect(
      (await requestBytes(`${server.origin}/llms.txt`, { headers: { 'Accept-Encoding': 'br' } })).body.toString(),
    ).toBe('# Rebuilt\n');
  });

  test('a build without compressed copies is served as it is, and the server says so', async () => {
    const dist = build();
    const compressed = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && /\.(br|gz)$/.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name));
    const copies = compressed(dist);
    expect(copies.length).toBeGreaterThan(10);
    copies.forEach((file) => rmSync(file));
    const server = await spawnServer({ distDir: dist });
    servers.push(server);
    await server.logged('no precompressed files');
    const page = await requestBytes(`${server.origin}${EN_GUIDE_PATH}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body.toString('utf8')).toContain('<html');
  });
});
