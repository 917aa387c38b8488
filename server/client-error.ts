/**
 * Requests Node's HTTP parser refuses before any handler runs. The parser stays strict; this
 * replaces Node's empty 400 with a useful answer when the request line holds raw non-ASCII
 * bytes (`curl "…/page.md?ask=如何重置"` sends them, and people and agents do type that), and
 * with 405 for a method Node does not know (or CONNECT).
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { CONTENT_TYPES, errorBody } from '../src/http/respond.ts';
import { API_ALLOW, parseHost, SECURITY_HEADERS, STATIC_ALLOW } from './security.ts';

type ParserError = Error & { code?: string; rawPacket?: Buffer };

const STATUS_BY_CODE: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
};

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** Percent-decoded where that works; in a query `+` is a space, in a path it is itself. */
function decodeLoosely(text: string, plusIsSpace = true): string {
  try {
    return decodeURIComponent(plusIsSpace ? text.replaceAll('+', ' ') : text);
  } catch {
    return text;
  }
}

/** The help text for a request line with raw non-ASCII bytes, with the curl command that works. */
export function percentEncodeHelp(requestLine: string, origin: string): string {
  const target = requestLine.split(' ')[1] ?? '/';
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const fields =
    queryAt === -1
      ? []
      : target
          .slice(queryAt + 1)
          .split('&')
          .filter(Boolean);
  const url = shellQuote(`${origin}${encodeURI(decodeLoosely(path, false))}`);
  const options = fields.map((field) => {
    const [name = '', ...value] = field.split('=');
    return `--data-urlencode ${shellQuote(`${decodeLoosely(name)}=${decodeLoosely(value.join('='))}`)}`;
  });
  const example = options.length
    ? `curl -G ${options.join(' ')} ${url}`
    : `curl -G --data-urlencode 'ask=<your question>' ${url}`;
  // The reader's own characters make the example: the first run of non-ASCII in the target.
  const sample = /[^\x00-\x7f]{1,4}/u.exec(target)?.[0];
  const encoding = sample ? ` (${sample} → ${encodeURIComponent(sample)})` : '';
  return [
    'Bad Request: the URL holds characters that are not percent-encoded (raw non-ASCII bytes).',
    `Percent-encode them as UTF-8${encoding}, or let curl do it:`,
    '',
    `  ${example}`,
    '',
  ].join('\n');
}

function rawResponse(status: number, body: string, headers: string[] = []): string {
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Connection: close',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
    ...headers,
    ...(body ? ['Cache-Control: no-store', `Content-Length: ${Buffer.byteLength(body)}`] : []),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

function methodNotAllowed(method: string, target: string, staticOnly: boolean): string {
  const shown = /^[A-Za-z-]{1,20}$/.test(method) ? method : 'This method';
  if (!staticOnly && /^\/api(\/|\?|$)/.test(target)) {
    const body = JSON.stringify(errorBody(`${shown} is not supported by the sandbox API; it uses ${API_ALLOW}.`));
    return rawResponse(405, body, [`Allow: ${API_ALLOW}`, `Content-Type: ${CONTENT_TYPES.json}`]);
  }
  return rawResponse(405, `Method Not Allowed: ${shown}. This address serves files: use GET or HEAD.\n`, [
    `Allow: ${STATIC_ALLOW}`,
    `Content-Type: ${CONTENT_TYPES.text}`,
  ]);
}

/** The server's 'clientError' listener: Node's own answers, plus 405 and the percent-encoding help. */
export function createClientErrorHandler({ staticOnly }: { staticOnly: boolean }) {
  return (error: ParserError, socket: Socket): void => {
    // Node's default: answer only if nothing was written yet, then close.
    if (error.code === 'ECONNRESET' || !socket.writable || socket.bytesWritten > 0) {
      socket.destroy();
      return;
    }
    const status = STATUS_BY_CODE[error.code ?? ''] ?? 400;
    // Bounded: the line is echoed back to the client that sent it, never logged.
    const head = error.rawPacket?.subarray(0, 8192).toString('utf8') ?? '';
    const requestLine = head.split('\r\n', 1)[0] ?? '';
    const [method = '', target = ''] = requestLine.split(' ');
    if (error.code === 'HPE_INVALID_METHOD') {
      socket.end(methodNotAllowed(method, target, staticOnly));
      return;
    }
    let body = '';
    if (status === 400 && /[^\x00-\x7f]/.test(requestLine)) {
      const hostHeader = /\r\nhost:[ \t]*([^\r\n]*)/i.exec(head)?.[1]?.trim() ?? '';
      const local = socket.localAddress?.includes(':') ? `[${socket.localAddress}]` : socket.localAddress;
      body = percentEncodeHelp(requestLine, `http://${parseHost(hostHeader)?.host ?? `${local}:${socket.localPort}`}`);
    }
    socket.end(rawResponse(status, body, body ? [`Content-Type: ${CONTENT_TYPES.text}`] : []));
  };
}

/** CONNECT (a proxy tunnel) is no method of this server: Node hands it over raw. */
export function refuseConnect(_request: IncomingMessage, socket: Duplex): void {
  socket.end(
    rawResponse(405, 'Method Not Allowed: CONNECT. This server is no proxy.\n', [
      `Allow: ${STATIC_ALLOW}`,
      `Content-Type: ${CONTENT_TYPES.text}`,
    ]),
  );
}
