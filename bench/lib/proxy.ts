/**
 * A TCP proxy on loopback in front of a server on loopback: the browser opens the site through
 * it, so everything the site fetches (pages, scripts, the service worker's own fetches) crosses
 * the emulated network (bench/lib/throttle.ts), which DevTools' network emulation does not do for
 * a worker. It forwards bytes unchanged and counts them, reading the HTTP framing on the way to
 * say which bytes were which response (and with which Content-Encoding). It only ever connects
 * to the one upstream port on 127.0.0.1.
 */
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { BenchError } from './config.ts';
import { createMessageReader, framingFromHeaders, requestLineOf, statusOf, type WireMessage } from './http-wire.ts';
import { SEGMENT_BYTES, type Link, type Network } from './throttle.ts';

/** One response as it crossed the network. */
export interface WireResponse {
  method: string;
  path: string;
  status: number;
  /** Who asked (the request's Sec-Fetch-Dest): document, script, serviceworker, empty (fetch)… */
  destination: string;
  /** The request's Accept-Encoding, and what the response used ("identity" when none). */
  acceptEncoding: string;
  contentEncoding: string;
  contentType: string;
  /** Headers + body as sent. */
  wireBytes: number;
  bodyBytes: number;
}

interface WireCount {
  /** Every byte server → browser (responses with their headers), and browser → server. */
  downBytes: number;
  upBytes: number;
  connections: number;
  responses: WireResponse[];
  /** Bytes the HTTP reader could not attribute to a response (should be 0). */
  unreadBytes: number;
}

export interface ThrottlingProxy {
  origin: string;
  network: Network;
  /** Starts a new count (the previous one is returned by `count`). */
  resetCount(): void;
  count(): WireCount;
  /** Resolves once nothing has crossed for `quietMs` (and nothing is still in flight), or after `timeoutMs`. */
  waitQuiet(quietMs: number, timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

/** Bytes handed to a link, delivered in order when the link says they arrive. */
function createPipe(link: Link, destination: Socket, earliest: () => number, onDelivered: (bytes: number) => void) {
  const queue: { at: number; data: Buffer }[] = [];
  let timer: NodeJS.Timeout | null = null;
  let ended = false;
  const pump = () => {
    timer = null;
    const now = performance.now();
    while (queue.length && queue[0]!.at <= now + 0.5) {
      const { data } = queue.shift()!;
      if (!destination.destroyed) destination.write(data);
      onDelivered(data.length);
    }
    if (queue.length) timer = setTimeout(pump, Math.max(0, queue[0]!.at - performance.now()));
    else if (ended && !destination.destroyed) destination.end();
  };
  return {
    push(chunk: Buffer) {
      const now = performance.now();
      for (let offset = 0; offset < chunk.length; offset += SEGMENT_BYTES) {
        const data = chunk.subarray(offset, offset + SEGMENT_BYTES);
        queue.push({ at: link.send(now, data.length, earliest()), data });
      }
      if (!timer) pump();
    },
    end() {
      ended = true;
      if (!timer) pump();
    },
    get inFlight() {
      return queue.length > 0;
    },
    stop() {
      if (timer) clearTimeout(timer);
      queue.length = 0;
    },
  };
}

function emptyCount(): WireCount {
  return { downBytes: 0, upBytes: 0, connections: 0, responses: [], unreadBytes: 0 };
}

export async function startThrottlingProxy(options: {
  upstreamPort: number;
  network: Network;
  /** Port to listen on, if free; otherwise any free port. */
  preferredPort?: number;
}): Promise<ThrottlingProxy> {
  const { network, upstreamPort } = options;
  let count = emptyCount();
  let lastActivity = performance.now();
  const sockets = new Set<Socket>();
  const pipes = new Set<ReturnType<typeof createPipe>>();

  const server = createServer((client) => {
    const acceptedAt = performance.now();
    count.connections++;
    const upstream = connect({ host: '127.0.0.1', port: upstreamPort });
    sockets.add(client).add(upstream);
    const activity = () => {
      lastActivity = performance.now();
    };
    const toServer = createPipe(network.up, upstream, () => acceptedAt + network.handshakeMs, activity);
    const toBrowser = createPipe(network.down, client, () => 0, activity);
    pipes.add(toServer).add(toBrowser);

    // Requests waiting for their response, oldest first (browsers do not pipeline, but keep order anyway).
    const asked: WireMessage[] = [];
    const requests = createMessageReader(
      ({ headers }) => framingFromHeaders(headers, false),
      (request) => asked.push(request),
    );
    const responses = createMessageReader(
      ({ startLine, headers }) => {
        const status = statusOf(startLine);
        const method = requestLineOf(asked[0]?.startLine ?? '').method;
        if (method === 'HEAD' || (status >= 100 && status < 200) || status === 204 || status === 304) return 'none';
        return framingFromHeaders(headers, true);
      },
      (response) => {
        const status = statusOf(response.startLine);
        if (status >= 100 && status < 200) return; // an interim answer: the real one follows
        const request = asked.shift();
        const { method, target } = requestLineOf(request?.startLine ?? '');
        count.responses.push({
          method,
          path: target,
          status,
          destination: request?.headers.get('sec-fetch-dest') ?? '',
          acceptEncoding: request?.headers.get('accept-encoding') ?? '',
          contentEncoding: response.headers.get('content-encoding') ?? 'identity',
          contentType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim(),
          wireBytes: response.headerBytes + response.bodyBytes,
          bodyBytes: response.bodyBytes,
        });
      },
    );

    client.on('data', (chunk: Buffer) => {
      activity();
      count.upBytes += chunk.length;
      requests.feed(chunk);
      toServer.push(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      activity();
      count.downBytes += chunk.length;
      responses.feed(chunk);
      toBrowser.push(chunk);
    });
    client.on('end', () => toServer.end());
    upstream.on('end', () => {
      responses.end();
      toBrowser.end();
    });
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      count.unreadBytes += requests.unreadBytes + responses.unreadBytes;
      toServer.stop();
      toBrowser.stop();
      pipes.delete(toServer);
      pipes.delete(toBrowser);
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    // A reset on either side ends both (the browser sees the connection drop, as it would).
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', () => {
      // Let what the server sent before closing reach the browser first.
      if (!toBrowser.inFlight) close();
      else setTimeout(close, 60_000).unref();
    });
  });

  const listenOn = (port: number) =>
    new Promise<number>((done, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', fail);
        done((server.address() as AddressInfo).port);
      });
    });
  let port: number;
  try {
    port = await listenOn(options.preferredPort ?? 0);
  } catch {
    port = await listenOn(0);
  }

  return {
    origin: `http://127.0.0.1:${port}`,
    network,
    resetCount() {
      count = emptyCount();
    },
    count: () => count,
    async waitQuiet(quietMs, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const inFlight = [...pipes].some((pipe) => pipe.inFlight);
        if (!inFlight && performance.now() - lastActivity >= quietMs) return true;
        if (performance.now() > deadline) return false;
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    stop: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        for (const pipe of pipes) pipe.stop();
        server.close(() => done());
      }),
  };
}

/** Throws unless the proxy forwards a request to its upstream and counts the answer. */
export async function proxySelfTest(proxy: ThrottlingProxy, path: string): Promise<void> {
  proxy.resetCount();
  const response = await fetch(`${proxy.origin}${path}`, { signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  await proxy.waitQuiet(100, 5_000);
  const { responses, downBytes } = proxy.count();
  if (response.status !== 200 || responses.length !== 1 || responses[0]!.wireBytes !== downBytes)
    throw new BenchError(
      `the throttling proxy did not forward ${path} as expected (status ${response.status}, ${responses.length} responses read, ${downBytes} bytes)`,
    );
  proxy.resetCount();
}
