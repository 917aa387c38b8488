/**
 * The `?ask=` and `.md` endpoints as one fetch-style handler (Request in, Response out), shared
 * by `npm start`'s server and the site's service worker, so both answer byte for byte alike.
 * Returns null for requests that are not its own (a known page's static `.md`, plain pages).
 */
import { createAskEngine, type AskEngine } from './engine.ts';
import { GUIDE_PATHS, localeOfMissingPage, REDIRECTS } from '../site.ts';
import { pagesToSuggest } from './nearest-pages.ts';
import { pageNotFoundMarkdown, replyMarkdown, tooLongMessage } from './reply.ts';
import { detectLanguage } from './text.ts';
import type { AskIndexData } from './types.ts';
import { localeFromPath, MAX_QUESTION_CHARS } from '../contract/index.ts';
import { negotiate, respond } from '../http/respond.ts';

export interface AskHandlerOptions {
  /** Loads the index (the static `/ask-index.json`, or the file behind it); called once, on the first question. */
  loadIndex: () => Promise<AskIndexData>;
}

/**
 * Decides without waiting whether a request is for the ask handler (a service worker must know at
 * once). A browser opening `<page>?ask=…` (Accept prefers HTML) is not: it gets the page, which
 * answers in its ask box, so a shared link shows the answer in the page. `<page>.md?ask=…` is
 * always answered.
 */
export function isAskRequest(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = new URL(request.url);
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return false;
  if (url.pathname.endsWith('.md')) return true;
  return (
    url.searchParams.has('ask') && negotiate(request.headers.get('Accept'), ['markdown', 'json', 'html']) !== 'html'
  );
}

/** Markdown by default; JSON when Accept prefers it (src/http/negotiate.ts). */
export function wantsJson(request: Request): boolean {
  return negotiate(request.headers.get('Accept'), ['markdown', 'json']) === 'json';
}

/** A reply as JSON (`body` serialised) or markdown (`body` is the text), never cached or indexed. */
export function askReply(body: unknown, status: number, json: boolean): Response {
  const init = { status, headers: { 'X-Robots-Tag': 'noindex', Vary: 'Accept', 'X-Content-Type-Options': 'nosniff' } };
  return json ? respond(body, init) : respond(String(body), { ...init, format: 'markdown' });
}

function pagePathOf(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape stays as sent; it simply names no page.
  }
  return path.replace(/\.md$/, '').replace(/\/+$/, '') || '/';
}

/** Says the host has no file for the request: only then is a `.md` without a question a "Page Not Found". */
export interface AskRequestContext {
  notFound?: boolean;
}

/**
 * `handle(request)` answers `?ask=` requests and returns null for anything else, so a `.md` page
 * is served as the static file it is (without loading the index). Called again with
 * `{ notFound: true }` after the host found no file, it answers a `.md` with "Page Not Found".
 */
export function createAskHandler({
  loadIndex,
}: AskHandlerOptions): (request: Request, context?: AskRequestContext) => Promise<Response | null> {
  let engine: Promise<AskEngine> | null = null;
  const getEngine = () => {
    engine ??= loadIndex().then(createAskEngine);
    // A failed load (offline before the first question) may succeed later.
    engine.catch(() => {
      engine = null;
    });
    return engine;
  };

  return async (request, { notFound = false } = {}) => {
    if (!isAskRequest(request)) return null;
    const url = new URL(request.url);
    const json = wantsJson(request);
    const isMarkdownPath = url.pathname.endsWith('.md');
    const asked = url.searchParams.has('ask');
    if (!asked && !(isMarkdownPath && notFound)) return null;
    const path = pagePathOf(url.pathname);
    const question = (url.searchParams.get('ask') ?? '').trim();
    const goal = (url.searchParams.get('goal') ?? '').trim();
    for (const [what, text] of [
      ['question', question],
      ['goal', goal],
    ] as const) {
      const length = [...text].length;
      if (length > MAX_QUESTION_CHARS) {
        const message = tooLongMessage(length, detectLanguage(text), what);
        // The site's own words (no request text in them): plain markdown, no escapes to show in raw text.
        return askReply(json ? { error: message } : `# ${message}\n`, 400, json);
      }
    }

    const ask = await getEngine();
    // A short address (/, /partner/zh) stands for the page it leads to. A `.md` names a page
    // file exactly: `/.md` or `/%2F.md` is no page, so it is never redirected.
    const page = ask.page(isMarkdownPath ? path : (REDIRECTS[path] ?? path));
    if (isMarkdownPath && !page) {
      // As the HTML 404 (src/layouts/NotFound.astro): the language the address suggests, its pages first.
      const language = localeOfMissingPage(path);
      const nearest = pagesToSuggest(path, ask.pages, (candidate) => candidate.locale === language);
      const body = json
        ? {
            error: 'Page Not Found',
            path: path.slice(0, 300),
            suggestions: nearest.map((candidate) => ({
              title: candidate.title,
              url: `${url.origin}${candidate.path}.md`,
            })),
          }
        : pageNotFoundMarkdown(path, nearest, url.origin, language);
      return askReply(body, 200, json);
    }

    // Asked on a path that is no content page (the full sandbox, say): the whole site answers, in the guide's context.
    const context = page ?? ask.page(GUIDE_PATHS[localeFromPath(path)]) ?? ask.pages[0]!;
    const result =
      question === '' || question === '<question>'
        ? ask.usage({ page: context.path, origin: url.origin, language: context.locale })
        : ask.ask({ question, goal, page: page?.path, origin: url.origin });
    return askReply(json ? result : replyMarkdown(result, url.origin, context.path), 200, json);
  };
}
