/**
 * The one rule for choosing a response's representation from `Accept` (RFC 9110 §12.5.1), used
 * by the partner API (XML or JSON) and the `?ask=` replies (markdown or JSON). Hand-written
 * because `negotiator` (with `content-type`) adds about 3 KB gzip to each of the two browser
 * bundles, more than the sandbox's size budget leaves.
 */

/** What a response can be; each has one Content-Type (respond.ts) and the media types that name it. */
export type Representation = 'json' | 'xml' | 'markdown' | 'text';
/** What a client may be offered: a representation, or the page itself (a browser asking for `<page>?ask=`). */
export type Negotiable = Representation | 'html';

const MEDIA_TYPES: Record<Negotiable, readonly string[]> = {
  html: ['text/html', 'application/xhtml+xml'],
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

/** The header's media ranges; malformed ones, and ranges with an unreadable weight, are dropped. */
function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').flatMap((part, order) => {
    const range = /^\s*([\w.+*-]+)\/([\w.+*-]+)\s*(;.*)?$/.exec(part.toLowerCase());
    // Parameters other than q (charset, …) do not narrow the match.
    const weight = /;\s*q=([^;]*)/.exec(range?.[3] ?? '')?.[1]?.trim();
    const q = weight === undefined ? 1 : /^(\d+\.?\d*|\.\d+)$/.test(weight) ? Number(weight) : NaN;
    return range && q <= 1 ? [{ type: range[1]!, subtype: range[2]!, q, order }] : [];
  });
}

/**
 * How a media type stands with the client: `[q, specificity, -order]` of the most specific range
 * that names it (RFC 9110 §12.5.1; equally specific ranges: the higher q), specificity being
 * 2 for `type/subtype`, 1 for `type/*`, 0 for `*\/*`. Undefined when no range names it.
 */
function rank(mediaType: string, ranges: MediaRange[]): number[] | undefined {
  const [type, subtype] = mediaType.split('/');
  let best: number[] | undefined;
  for (const range of ranges) {
    const level =
      range.type === '*' && range.subtype === '*' ? 0 : range.type !== type ? -1 : range.subtype === '*' ? 1 : 2;
    if (level < 0 || (level === 2 && range.subtype !== subtype)) continue;
    if (!best || level > best[1]! || (level === best[1] && range.q > best[0]!)) best = [range.q, level, -range.order];
  }
  return best;
}

/** Compares ranks element by element: is `a` above `b`? */
function above(a: number[], b: number[]): boolean {
  const index = a.findIndex((value, at) => value !== b[at]);
  return index >= 0 && a[index]! > b[index]!;
}

/**
 * The offered representation the client prefers: the highest q, then the more specific range,
 * then the one the header names first, then the server's order. Without an Accept header, or when
 * nothing offered is acceptable (q=0 or not named), the first offered is the answer: these APIs
 * fall back to their default rather than answer 406.
 */
export function negotiate<T extends Negotiable>(accept: string | null, offered: readonly [T, ...T[]]): T {
  const ranges = parseAccept(accept ?? '');
  let chosen = offered[0];
  let chosenRank: number[] | undefined;
  for (const representation of offered) {
    for (const mediaType of MEDIA_TYPES[representation]) {
      const candidate = rank(mediaType, ranges);
      if (candidate && candidate[0]! > 0 && (!chosenRank || above(candidate, chosenRank))) {
        chosen = representation;
        chosenRank = candidate;
      }
    }
  }
  return chosen;
}
