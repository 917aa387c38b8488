/**
 * Reads HTTP/1.1 messages off a byte stream as the proxy forwards it, only to say which bytes
 * belong to which request and response (start line, headers, bytes on the wire); it changes
 * nothing. Handles what a browser and `npm start` exchange: Content-Length, chunked bodies,
 * bodies that end with the connection, and bodiless answers (HEAD, 1xx, 204, 304).
 */

export interface WireMessage {
  startLine: string;
  /** Lower-case names; a repeated header's values joined with ", ". */
  headers: Map<string, string>;
  /** Start line, headers and the blank line after them. */
  headerBytes: number;
  /** The body as sent, chunk framing included. */
  bodyBytes: number;
}

/** How the message whose head was just read ends. */
export type Framing = 'none' | 'length' | 'chunked' | 'until-close';

type State = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'trailer' | 'until-close' | 'lost';

/** A head longer than this is not HTTP as we know it: stop reading (the bytes are still counted). */
const MAX_HEAD_BYTES = 64 * 1024;
const EMPTY: Buffer = Buffer.alloc(0);

function parseHead(text: string): Pick<WireMessage, 'startLine' | 'headers'> {
  const [startLine = '', ...lines] = text.split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return { startLine, headers };
}

/** The framing HTTP/1.1 gives a message with a body, from its headers (RFC 9112 §6.3). */
export function framingFromHeaders(headers: Map<string, string>, isResponse: boolean): Framing {
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) return 'chunked';
  if (headers.has('content-length')) return 'length';
  return isResponse ? 'until-close' : 'none';
}

export interface MessageReader {
  feed(chunk: Buffer): void;
  /** The connection closed: a body that runs until the close is complete now. */
  end(): void;
  /** Bytes that could not be read as HTTP (after a malformed head). */
  readonly unreadBytes: number;
}

/**
 * `framingOf` decides, from a message's head, how its body ends (a response needs its request's
 * method and its status); `onMessage` gets each complete message.
 */
export function createMessageReader(
  framingOf: (head: Pick<WireMessage, 'startLine' | 'headers'>) => Framing,
  onMessage: (message: WireMessage) => void,
): MessageReader {
  let pending: Buffer = EMPTY;
  let state: State = 'head';
  let current: WireMessage | null = null;
  let remaining = 0;
  let unreadBytes = 0;

  const finish = () => {
    if (current) onMessage(current);
    current = null;
    state = 'head';
  };

  /** A CRLF-ended line at `offset`, or null when it has not all arrived. */
  const lineEnd = (data: Buffer, offset: number) => {
    const end = data.indexOf('\r\n', offset);
    return end < 0 ? null : end;
  };

  function feed(chunk: Buffer): void {
    if (state === 'lost') {
      unreadBytes += chunk.length;
      return;
    }
    const data = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    pending = EMPTY;
    let offset = 0;
    const keepRest = () => {
      pending = data.subarray(offset);
      offset = data.length;
    };
    while (offset < data.length) {
      if (state === 'head') {
        const end = data.indexOf('\r\n\r\n', offset);
        if (end < 0) {
          if (data.length - offset > MAX_HEAD_BYTES) {
            state = 'lost';
            unreadBytes += data.length - offset;
            offset = data.length;
          } else keepRest();
          continue;
        }
        const head = parseHead(data.toString('latin1', offset, end));
        current = { ...head, headerBytes: end + 4 - offset, bodyBytes: 0 };
        offset = end + 4;
        const framing = framingOf(head);
        if (framing === 'none') finish();
        else if (framing === 'chunked') state = 'chunk-size';
        else if (framing === 'until-close') state = 'until-close';
        else {
          remaining = Number(head.headers.get('content-length'));
          if (!Number.isSafeInteger(remaining) || remaining < 0) {
            state = 'lost';
            continue;
          }
          state = 'length';
          if (remaining === 0) finish();
        }
      } else if (state === 'length' || state === 'chunk-data') {
        const take = Math.min(remaining, data.length - offset);
        offset += take;
        remaining -= take;
        current!.bodyBytes += take;
        if (remaining === 0) {
          if (state === 'length') finish();
          else state = 'chunk-size';
        }
      } else if (state === 'chunk-size' || state === 'trailer') {
        const end = lineEnd(data, offset);
        if (end === null) {
          keepRest();
          continue;
        }
        const line = data.toString('latin1', offset, end);
        current!.bodyBytes += end + 2 - offset;
        offset = end + 2;
        if (state === 'trailer') {
          if (line === '') finish();
          continue;
        }
        const size = parseInt(line.split(';')[0]!.trim(), 16);
        if (Number.isNaN(size)) state = 'lost';
        else if (size === 0) state = 'trailer';
        else {
          remaining = size + 2; // the chunk and its CRLF
          state = 'chunk-data';
        }
      } else if (state === 'until-close') {
        current!.bodyBytes += data.length - offset;
        offset = data.length;
      } else {
        unreadBytes += data.length - offset;
        offset = data.length;
      }
    }
  }

  return {
    feed,
    end() {
      if (state === 'until-close') finish();
    },
    get unreadBytes() {
      return unreadBytes;
    },
  };
}

/** Status code of a response's start line ("HTTP/1.1 200 OK"), or 0. */
export function statusOf(startLine: string): number {
  return Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(startLine)?.[1] ?? 0);
}

/** Method and target of a request's start line ("GET /x HTTP/1.1"). */
export function requestLineOf(startLine: string): { method: string; target: string } {
  const [method = '', target = ''] = startLine.split(' ');
  return { method, target };
}
