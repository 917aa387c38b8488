/**
 * The built files, through sirv: read from disk on every request (`dev` mode), so a rebuild of
 * dist/ under a running server is served at once (new chunks included, no restart), and sent
 * precompressed (`.br`, `.gz` beside each file, from precompress.ts) when the client accepts it.
 * sirv's own Accept-Encoding check ignores q-values and its Range parsing is loose, so the
 * request is made plain for it first: the coding chosen here, a Range it gets right or none.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { chooseCoding } from './encoding.ts';

/** `bytes=first-` or `bytes=first-last` (last ≥ first, > 0): the ranges sirv serves correctly. */
const SIMPLE_RANGE = /^bytes=(\d{1,15})-(\d{0,15})$/;

function usableRange(request: IncomingMessage): boolean {
  const range = request.headers.range;
  // If-Range: the client holds a copy that may be stale; the whole file is the safe answer.
  if (!range || request.headers['if-range'] !== undefined) return false;
  const match = SIMPLE_RANGE.exec(range.trim());
  if (!match) return false;
  const [first, last] = [Number(match[1]), match[2] === '' ? undefined : Number(match[2])];
  return last === undefined || (last > 0 && last >= first);
}

/** A path sirv must not serve: a dotfile, or a compressed copy asked for by name. */
function isHidden(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return /(^|\/)\./.test(decoded) || /\.(br|gz)$/i.test(decoded);
}

export function createStaticFiles(
  distDir: string,
  setHeaders: (reply: ServerResponse, pathname: string) => void,
): (request: IncomingMessage, reply: ServerResponse, pathname: string, next: () => void) => void {
  const files = sirv(distDir, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (reply, pathname) => setHeaders(reply, pathname),
  });
  return (request, reply, pathname, next) => {
    if (isHidden(pathname)) return next();
    // A range is of the file as it is on disk: such a request gets it uncompressed.
    const ranged = usableRange(request);
    if (!ranged) delete request.headers.range;
    const coding = ranged ? 'identity' : chooseCoding(request.headers['accept-encoding']);
    request.headers['accept-encoding'] = coding === 'identity' ? '' : coding;
    // On every answer, 304 and 404 included: what a cache keeps depends on Accept-Encoding.
    reply.setHeader('Vary', 'Accept-Encoding');
    files(request, reply, next);
  };
}
