/**
 * Content codings: which one a request gets (Accept-Encoding with q-values, through `negotiator`)
 * and, for replies made on the fly (API JSON, `?ask=` answers), the compression itself. Files
 * are compressed once at build time (precompress.ts) and only picked here.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';

export type ContentCoding = 'br' | 'gzip' | 'identity';

/** Brotli first, gzip next: at equal q-values the smaller one wins. */
const CODINGS: ContentCoding[] = ['br', 'gzip', 'identity'];

/** The coding to send: the client's most preferred of br, gzip and identity (identity if it names none). */
export function chooseCoding(acceptEncoding: string | string[] | undefined): ContentCoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(', ') : acceptEncoding;
  if (!header) return 'identity';
  const negotiator = new Negotiator({ headers: { 'accept-encoding': header } }) as Negotiator & {
    // negotiator 1.x takes the tie-break order ({ preferred }); its DefinitelyTyped types predate it.
    encoding(available: readonly string[], options: { preferred: readonly string[] }): string | undefined;
  };
  const chosen = negotiator.encoding(CODINGS, { preferred: CODINGS });
  // A client that refuses even identity (`identity;q=0, *;q=0`) still gets identity: RFC 9110 12.5.3.
  return (chosen as ContentCoding | undefined) ?? 'identity';
}

/** Below this a reply is sent as it is: the coding's own bytes would eat the gain. */
export const DYNAMIC_MIN_BYTES = 1024;

const COMPRESSIBLE_TYPE = /^(application\/(json|xml|problem\+json)|text\/[a-z-]+|image\/svg\+xml)\b/i;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * A reply made on the fly, in `coding` when that pays: big enough, of a textual type and not
 * already encoded. Brotli at quality 5 and gzip at 6: fast enough per request, most of the gain.
 */
export async function compressDynamic(
  body: Buffer,
  contentType: string | null,
  coding: ContentCoding,
): Promise<{ body: Buffer; coding: ContentCoding }> {
  if (coding === 'identity' || body.length < DYNAMIC_MIN_BYTES || !COMPRESSIBLE_TYPE.test(contentType ?? '')) {
    return { body, coding: 'identity' };
  }
  const compressed =
    coding === 'br'
      ? await brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : await gzipAsync(body, { level: 6 });
  return compressed.length < body.length ? { body: compressed, coding } : { body, coding: 'identity' };
}

/** Adds `Accept-Encoding` to a Vary value without repeating it. */
export function varyWithEncoding(vary: string | null | undefined): string {
  const names = (vary ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.includes('*') || names.some((name) => name.toLowerCase() === 'accept-encoding')) return names.join(', ');
  return [...names, 'Accept-Encoding'].join(', ');
}
