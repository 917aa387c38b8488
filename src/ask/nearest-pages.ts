/**
 * The pages nearest a missing page's address: the `.md` "Page Not Found" (./http.ts) and the HTML
 * 404 page (src/layouts/NotFound.astro, in the browser) list the same ones, in the same order
 * (`pagesToSuggest`).
 * Its own module, so the 404 page's script carries this and nothing of the ask engine.
 */

/** How many a "page not found" lists. */
export const NEAREST_PAGES_SHOWN = 5;

/** Pages ranked by how much of the requested path they share (segments first, then words). */
export function nearestPages<Page extends { path: string }>(path: string, pages: readonly Page[]): Page[] {
  const segments = path.split('/').filter(Boolean);
  const words = new Set(segments.flatMap((segment) => segment.split(/[-_.]+/)).filter((word) => word.length > 1));
  const score = (page: Page) => {
    const theirs = page.path.split('/').filter(Boolean);
    let shared = 0;
    while (shared < segments.length && segments[shared] === theirs[shared]) shared += 1;
    const theirWords = theirs.flatMap((segment) => segment.split(/[-_.]+/));
    return shared * 10 + theirWords.filter((word) => words.has(word)).length;
  };
  return [...pages].sort((a, b) => score(b) - score(a) || a.path.localeCompare(b.path));
}

/** What a "page not found" lists: the nearest pages, those in its own language first. */
export function pagesToSuggest<Page extends { path: string }>(
  path: string,
  pages: readonly Page[],
  inOwnLanguage: (page: Page) => boolean,
): Page[] {
  const nearest = nearestPages(path, pages);
  const own = nearest.filter(inOwnLanguage);
  return [...own, ...nearest.filter((page) => !own.includes(page))].slice(0, NEAREST_PAGES_SHOWN);
}
