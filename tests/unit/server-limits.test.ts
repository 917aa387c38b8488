/**
 * The server's per-client limits (server/client-limits.ts) and its choice of content coding
 * (server/encoding.ts): q-values count, and a reply made on the fly is compressed only when it pays.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createClientLimit } from '../../server/client-limits.ts';
import { chooseCoding, compressDynamic, DYNAMIC_MIN_BYTES, varyWithEncoding } from '../../server/encoding.ts';

describe('a per-client limit', () => {
  it('allows the limit a window, then answers with the seconds to wait, per client', () => {
    let time = 0;
    const limit = createClientLimit({ limit: 3, windowMs: 60_000, now: () => time });
    const taken = [1, 2, 3, 4].map(() => limit.take('10.0.0.5'));
    expect(taken.map((result) => result.limited)).toEqual([false, false, false, true]);
    expect(taken[2]!.headers).toEqual({
      'X-RateLimit-Limit-minute': '3',
      'X-RateLimit-Remaining-minute': '0',
      'RateLimit-Reset': '60',
    });
    expect(limit.take('10.0.0.6').limited).toBe(false);
    time = 45_000;
    expect(limit.take('10.0.0.5')).toMatchObject({ limited: true, retryAfterSeconds: 15 });
    time = 60_000;
    expect(limit.take('10.0.0.5').limited).toBe(false);
  });

  it('keeps a bounded number of clients', () => {
    const limit = createClientLimit({ limit: 1, maxClients: 100, now: () => 0 });
    for (let index = 0; index < 1_000; index++) limit.take(`client-${index}`);
    // The first client was forgotten: it starts afresh rather than the map growing.
    expect(limit.take('client-0').limited).toBe(false);
    expect(limit.take('client-999').limited).toBe(true);
  });
});

describe('content codings', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['identity', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['', 'identity'],
  ])('Accept-Encoding %j gets %s', (header, coding) => {
    expect(chooseCoding(header)).toBe(coding);
  });

  it('compresses a textual reply above the threshold, and nothing else', async () => {
    const json = Buffer.from(JSON.stringify({ items: Array.from({ length: 100 }, (_, id) => ({ id, name: 'x' })) }));
    const br = await compressDynamic(json, 'application/json; charset=utf-8', 'br');
    expect(br.coding).toBe('br');
    expect(brotliDecompressSync(br.body).equals(json)).toBe(true);
    const gz = await compressDynamic(json, 'text/markdown; charset=utf-8', 'gzip');
    expect(gunzipSync(gz.body).equals(json)).toBe(true);
    const small = Buffer.alloc(DYNAMIC_MIN_BYTES - 1, 'a');
    expect((await compressDynamic(small, 'application/json', 'br')).coding).toBe('identity');
    expect((await compressDynamic(json, 'image/png', 'br')).coding).toBe('identity');
    expect(varyWithEncoding('Accept')).toBe('Accept, Accept-Encoding');
    expect(varyWithEncoding('accept-encoding')).toBe('accept-encoding');
  });
});
