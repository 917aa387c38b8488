/**
 * Share links: the sandbox's compact state (GET /api/sandbox/share) deflated and base64url-coded
 * into the address's fragment (`#sandbox=…`), which browsers never send to a server, so the
 * state stays out of every request and server log. Decoding refuses anything odd with a
 * ShareLinkError; the backend then validates what was decoded like any saved state.
 */
import { MAX_SHARE_LINK_CHARS, SHARE_FRAGMENT_KEY } from '../../contract/index.ts';

/** Far above any real sandbox's compact form; stops a crafted link from inflating without end. */
const MAX_DECODED_BYTES = 64 * 1024;

export class ShareLinkError extends Error {}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    throw new ShareLinkError('not base64url');
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new ShareLinkError('too large once inflated');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The compact state as the fragment's value. */
export async function encodeShared(shared: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(shared));
  const deflated = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(await readAll(deflated, Number.POSITIVE_INFINITY));
}

/** The compact state back from the fragment's value; a truncated or altered value throws ShareLinkError. */
export async function decodeShared(encoded: string): Promise<unknown> {
  if (encoded.length === 0 || encoded.length > MAX_SHARE_LINK_CHARS) throw new ShareLinkError('wrong length');
  const bytes = fromBase64Url(encoded);
  let text: string;
  try {
    const inflated = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readAll(inflated, MAX_DECODED_BYTES));
  } catch (error) {
    throw error instanceof ShareLinkError ? error : new ShareLinkError('not deflate-raw');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ShareLinkError('not JSON');
  }
}

/** The page's address (without any fragment) carrying the encoded state. */
export function shareUrl(pageUrl: string, encoded: string): string {
  const url = new URL(pageUrl);
  url.hash = `${SHARE_FRAGMENT_KEY}=${encoded}`;
  return url.href;
}

/** The encoded state in an address's fragment, or null when it carries none. */
export function sharedInFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_FRAGMENT_KEY);
}
