/**
 * Between Node's HTTP objects and the fetch Request/Response the handlers speak: the body read
 * with its limit, the headers copied, and a Response sent back compressed when that pays.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../src/contract/index.ts';
import { chooseCoding, compressDynamic, varyWithEncoding } from './encoding.ts';

async function readLimitedBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    // Keep at most one byte past the limit: enough for the handlers to answer 413.
    if (size > MAX_BODY_BYTES + 1) {
      request.resume();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

export async function toFetchRequest(request: IncomingMessage, url: URL): Promise<Request | null> {
  const headers = toHeaders(request);
  const method = request.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readLimitedBody(request);
  if (body === null) return null;
  return new Request(url, { method, headers, body: body?.length ? new Uint8Array(body) : undefined });
}

/** Sends a fetch Response, compressed when the client accepts it and that pays (encoding.ts). */
export async function sendFetchResponse(
  response: Response,
  reply: ServerResponse,
  request: IncomingMessage,
): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const contentType = response.headers.get('content-type');
  const sent = await compressDynamic(
    Buffer.from(await response.arrayBuffer()),
    contentType,
    chooseCoding(request.headers['accept-encoding']),
  );
  if (contentType) headers.vary = varyWithEncoding(headers.vary);
  if (sent.coding !== 'identity') headers['content-encoding'] = sent.coding;
  // HEAD gets the length the GET body would have.
  headers['content-length'] = String(sent.body.length);
  // A Response built in code has an empty statusText: send the standard reason phrase.
  reply.writeHead(response.status, response.statusText || STATUS_CODES[response.status] || '', headers);
  reply.end(request.method === 'HEAD' ? undefined : sent.body);
}
