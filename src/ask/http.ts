/**
 * The `?ask=` and `.md` endpoints as one fetch-style handler (Request in, Response out), shared
 * by `npm start`'s server and the site's service worker, so both answer byte for byte alike.
 * Returns null for requests that are not its own (a known page's static `.md`, plain pages).
 */
import { createAskEngine, type AskEngine } from './engine.ts';
import { inertMarkdown, pageNotFoundMarkdown, replyMarkdown, tooLongMessage } from './reply.ts';
import { detectLanguage } from './text.ts';
import type { AskIndexData } from './types.ts';
import { MAX_QUESTION_CHARS } from './worker-url.ts';

export interface AskHandlerOptions {
  /** Loads the index (the static `/ask-index.json`, or the file behind it); called once, on the first question. */
  loadIndex: () => Promise<AskIndexData>;
}

const MARKDOWN = 'text/markdown; charset=utf-8';

/** Decides without waiting whether a request is for the ask handler (a service worker must know at once). */
export function isAskRequest(request: Request): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = new URL(request.url);
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return false;
  return url.searchParams.has('ask') || url.pathname.endsWith('.md');
}

function reply(body: string, status: number, json: boolean): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': json ? 'application/json; charset=utf-8' : MARKDOWN,
      'X-Robots-Tag': 'noindex',
      'Cache-Control': 'no-store',
      Vary: 'Accept',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** JSON only when the client asks for it before (or instead of) markdown. */
function wantsJson(request: Request): boolean {
  const accept = request.headers.get('Accept') ?? '';
  const json = accept.indexOf('application/json');
  const markdown = accept.search(/text\/markdown|text\/plain/);
  return json >= 0 && (markdown < 0 || json < markdown);
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

export function createAskHandler({ loadIndex }: AskHandlerOptions): (request: Request) => Promise<Response | null> {
  let engine: Promise<AskEngine> | null = null;
  const getEngine = () => {
    engine ??= loadIndex().then(createAskEngine);
    // A failed load (offline before the first question) may succeed later.
    engine.catch(() => {
      engine = null;
    });
    return engine;
  };

  return async (request) => {
    if (!isAskRequest(request)) return null;
    const url = new URL(request.url);
    const json = wantsJson(request);
    const isMarkdownPath = url.pathname.endsWith('.md');
    const path = pagePathOf(url.pathname);
    const asked = url.searchParams.has('ask');
    const question = (url.searchParams.get('ask') ?? '').trim();
    const questionLength = [...question].length;
    if (asked && questionLength > MAX_QUESTION_CHARS) {
      const message = tooLongMessage(questionLength, detectLanguage(question));
      return reply(json ? JSON.stringify({ error: message }) : `# ${inertMarkdown(message)}\n`, 400, json);
    }

    const ask = await getEngine();
    const page = ask.page(path);
    if (isMarkdownPath && !page) {
      const language = /(^|\/)zh(\/|$)/.test(path) ? 'zh' : 'en';
      const body = json
        ? JSON.stringify({ error: 'Page Not Found', path: path.slice(0, 300), suggestions: ask.pages.map((candidate) => ({ title: candidate.title, url: `${url.origin}${candidate.path}.md` })) })
        : pageNotFoundMarkdown(path, ask.pages, url.origin, language);
      return reply(body, 200, json);
    }
    // A known page's .md without a question is the static file.
    if (!asked) return null;

    const pagePath = page?.path ?? ask.pages[0]!.path;
    const result =
      question === '' || question === '<question>'
        ? ask.usage({ page: page?.path, origin: url.origin, language: page?.locale ?? 'en' })
        : ask.ask({ question, goal: url.searchParams.get('goal')?.slice(0, MAX_QUESTION_CHARS) ?? '', page: page?.path, origin: url.origin });
    if (json) return reply(JSON.stringify(result), 200, true);
    return reply(replyMarkdown(result, url.origin, pagePath), 200, false);
  };
}
