/**
 * The bench's throttling proxy (bench/lib): the link arithmetic it schedules bytes with, the HTTP
 * framing it counts responses by, and that it forwards a real exchange unchanged. No timings are
 * asserted: the arithmetic is checked on given clocks, the proxy unthrottled.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageReader, framingFromHeaders, type WireMessage } from '../../bench/lib/http-wire.ts';
import { startThrottlingProxy, type ThrottlingProxy } from '../../bench/lib/proxy.ts';
import { createLink, createNetwork, SLOW_PHONE_NETWORK, transmitMs, UNTHROTTLED } from '../../bench/lib/throttle.ts';

describe('the link arithmetic', () => {
  it('sends at the link rate: 1.6 Mbps moves 200,000 bytes a second, 750 kbps 93,750', () => {
    expect(transmitMs(200_000, 1600)).toBe(1000);
    expect(transmitMs(93_750, 750)).toBe(1000);
    expect(transmitMs(1_000_000, Infinity)).toBe(0);
  });

  it('delivers half a round trip after the bytes are sent, one send after another', () => {
    const link = createLink(1600, 75);
    expect(link.send(0, 20_000)).toBe(175); // 100 ms on the link + 75 ms
    expect(link.send(0, 20_000)).toBe(275); // waits for the first
    expect(link.send(50, 2_000)).toBe(285); // and for that one
    expect(link.send(1_000, 2_000)).toBe(1_085); // an idle link starts at once
  });

  it('holds bytes until they may leave (a new connection pays for its handshake)', () => {
    const network = createNetwork(SLOW_PHONE_NETWORK);
    expect(network.handshakeMs).toBe(150);
    // A 750-byte request handed over as the connection opens: handshake, 8 ms on the uplink, 75 ms.
    expect(network.up.send(0, 750, network.handshakeMs)).toBe(150 + 8 + 75);
  });

  it('shares one link between connections, as one radio', () => {
    const { down } = createNetwork(SLOW_PHONE_NETWORK);
    const first = down.send(0, 200_000);
    const second = down.send(0, 200_000);
    expect(second - first).toBe(1000);
  });

  it('adds nothing when unthrottled', () => {
    const network = createNetwork(UNTHROTTLED);
    expect(network.down.send(42, 1_000_000)).toBe(42);
    expect(network.up.send(42, 10, 42 + network.handshakeMs)).toBe(42);
  });
});

/** Reads `wire` fed in pieces cut at `cuts`, as responses to requests with `methods`. */
function readResponses(wire: Buffer, cuts: number[], methods: string[] = []): WireMessage[] {
  const messages: WireMessage[] = [];
  const pending = [...methods];
  const reader = createMessageReader(
    ({ startLine, headers }) => {
      const status = Number(startLine.split(' ')[1]);
      if (pending.shift() === 'HEAD' || status === 204 || status === 304) return 'none';
      return framingFromHeaders(headers, true);
    },
    (message) => messages.push(message),
  );
  let from = 0;
  for (const cut of [...cuts, wire.length]) {
    reader.feed(wire.subarray(from, cut));
    from = cut;
  }
  reader.end();
  return messages;
}

describe('reading HTTP framing off the wire', () => {
  const lengthResponse = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Encoding: br\r\n\r\nhello');
  const chunkedResponse = Buffer.from(
    'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n',
  );
  const notModified = Buffer.from('HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n');

  it('splits a connection into its responses, whatever the pieces it arrives in', () => {
    const wire = Buffer.concat([lengthResponse, chunkedResponse, notModified, lengthResponse]);
    for (let cut = 0; cut <= wire.length; cut++) {
      const messages = readResponses(wire, [cut, Math.min(wire.length, cut + 7)]);
      expect(messages.map((message) => message.headerBytes + message.bodyBytes)).toEqual([
        lengthResponse.length,
        chunkedResponse.length,
        notModified.length,
        lengthResponse.length,
      ]);
    }
  });

  it('keeps the headers (lower-case names) and counts the body as sent', () => {
    const [plain, chunked] = readResponses(Buffer.concat([lengthResponse, chunkedResponse]), []);
    expect(plain!.headers.get('content-encoding')).toBe('br');
    expect(plain!.bodyBytes).toBe(5);
    expect(chunked!.bodyBytes).toBe(chunkedResponse.length - chunkedResponse.indexOf('\r\n\r\n') - 4);
  });

  it('gives an answer to HEAD no body, and reads a body without length until the connection closes', () => {
    const head = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 999\r\n\r\n');
    const untilClose = Buffer.from('HTTP/1.1 200 OK\r\n\r\nrest of the stream');
    const messages = readResponses(Buffer.concat([head, untilClose]), [3], ['HEAD', 'GET']);
    expect(messages.map((message) => message.bodyBytes)).toEqual([0, 'rest of the stream'.length]);
  });
});

describe('the proxy', () => {
  let server: Server | undefined;
  let proxy: ThrottlingProxy | undefined;
  afterEach(async () => {
    await proxy?.stop();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it('forwards an exchange unchanged and counts every byte of the answer', async () => {
    const body = gzipSync(Buffer.from('a page '.repeat(5_000)));
    server = createServer((request, reply) => {
      reply.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' });
      reply.end(request.url === '/page' ? body : undefined);
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    proxy = await startThrottlingProxy({ upstreamPort: port, network: createNetwork(UNTHROTTLED) });

    const response = await fetch(`${proxy.origin}/page`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from('a page '.repeat(5_000)));
    await proxy.waitQuiet(50, 5_000);
    const count = proxy.count();
    expect(count.responses).toHaveLength(1);
    expect(count.responses[0]).toMatchObject({
      method: 'GET',
      path: '/page',
      status: 200,
      contentEncoding: 'gzip',
      contentType: 'text/html',
      acceptEncoding: 'gzip',
    });
    // Chunked (no Content-Length was set): the body on the wire is the gzip bytes plus chunk framing.
    expect(count.responses[0]!.bodyBytes).toBeGreaterThan(body.length);
    expect(count.responses[0]!.wireBytes).toBe(count.downBytes);
    expect(count.unreadBytes).toBe(0);
  });
});
