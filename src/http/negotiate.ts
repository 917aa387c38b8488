/**
 * The one rule for choosing a response's representation from `Accept` (RFC 9110 §12.5.1), used
 * by the partner API (XML or JSON) and the `?ask=` replies (markdown or JSON). Hand-written
 * because `negotiator` (with `content-type`) adds about 3 KB gzip to each of the two browser
 * bundles, more than the sandbox's size budget leaves.
 */

/** What a response can be; each has one Content-Type (respond.ts) and the media types that name it. */
export type Representation = 'json' | 'xml' | 'markdown' | 'text';

const MEDIA_TYPES: Record<Representation, readonly string[]> = {
  json: ['application/json'],
  xml: ['application/xml', 'text/xml'],
  // Markdown is plain text to a client that only knows text/plain.
  markdown: ['text/markdown', 'text/plain'],
  text: ['text/plain'],
};

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
  /** Position in the header: the client's own order breaks ties. */
  order: number;
}

/** The header's media ranges; malformed ones (and parameters other than `q`) are ignored. */
function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part, order) => {
    const [range = '', ...parameters] = part.split(';');
    const [type, subtype, extra] = range.trim().toLowerCase().split('/');
    if (!type || !subtype || extra !== undefined) return [];
    const weight = parameters.map((parameter) => parameter.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    // A range with an unreadable weight is dropped rather than guessed at.
    const readable = weight === undefined || /^(\d+\.?\d*|\.\d+)$/.test(weight.slice(2));
    return readable && q <= 1 ? [{ type, subtype, q, order }] : [];
  });
}

/** 2 for `type/subtype`, 1 for `type/*`, 0 for `*\/*`, -1 when the range does not match. */
function specificity(mediaType: string, range: MediaRange): number {
  const [type, subtype] = mediaType.split('/');
  if (range.type === '*' && range.subtype === '*') return 0;
  if (range.type !== type) return -1;
  if (range.subtype === '*') return 1;
  return range.subtype === subtype ? 2 : -1;
}

/**
 * The offered representation the client prefers: the highest `q` (taken from the most specific
 * range that names it), then the more specific range, then the one the header names first, then
 * the server's order. Without an Accept header, or when nothing offered is acceptable, the first
 * offered is the answer: these APIs fall back to their default rather than answer 406.
 */
export function negotiate<T extends Representation>(accept: string | null, offered: readonly [T, ...T[]]): T {
  const ranges = parseAccept(accept ?? '');
  let best: { representation: T; q: number; specificity: number; order: number } | null = null;
  for (const representation of offered) {
    for (const mediaType of MEDIA_TYPES[representation]) {
      // The most specific matching range decides a media type's q (RFC 9110 §12.5.1).
      let match: { q: number; specificity: number; order: number } | null = null;
      for (const range of ranges) {
        const level = specificity(mediaType, range);
        if (level < 0) continue;
        if (!match || level > match.specificity || (level === match.specificity && range.q > match.q)) {
          match = { q: range.q, specificity: level, order: range.order };
        }
      }
      if (!match || match.q === 0) continue;
      const better =
        !best ||
        match.q > best.q ||
        (match.q === best.q && match.specificity > best.specificity) ||
        (match.q === best.q && match.specificity === best.specificity && match.order < best.order);
      if (better) best = { representation, ...match };
    }
  }
  return best?.representation ?? offered[0];
}
