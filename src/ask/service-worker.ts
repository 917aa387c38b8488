/**
 * The site's service worker (built to /sandbox-sw.js by astro.config.mjs): it answers `?ask=`
 * and `.md` requests itself — navigations included, which MSW leaves alone — with the same
 * handler as `npm start`, then loads MSW's worker, which runs the sandbox backend.
 */
/// <reference lib="webworker" />
import { askReply, createAskHandler, isAskRequest, wantsJson } from './http.ts';
import type { AskIndexData } from './types.ts';
import { ASK_INDEX_URL } from '../contract/routes.ts';

declare const self: ServiceWorkerGlobalScope;

const CACHE_NAME = 'impact-ask-index-v1';

/** The index from the network, kept in Cache Storage so questions still work offline later. */
async function loadIndex(): Promise<AskIndexData> {
  const cache = await caches.open(CACHE_NAME);
  try {
    const response = await fetch(ASK_INDEX_URL, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${ASK_INDEX_URL}: HTTP ${response.status}`);
    await cache.put(ASK_INDEX_URL, response.clone());
    return (await response.json()) as AskIndexData;
  } catch (error) {
    const cached = await cache.match(ASK_INDEX_URL);
    if (cached) return (await cached.json()) as AskIndexData;
    throw error;
  }
}

const handleAsk = createAskHandler({ loadIndex });

/** Marks a reply as this worker's, so a test (or a curious reader) can tell it from the server's. */
function servedByWorker(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('X-Served-By', 'service-worker');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function unavailable(request: Request): Response {
  const message =
    'The documentation could not be reached (offline before this page or the index was first loaded?). Try again when online.';
  const json = wantsJson(request);
  return askReply(json ? { error: message } : `# Ask unavailable\n\n${message}\n`, 503, json);
}

// Registered before MSW's listener, and stops it: one answer per request.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (new URL(request.url).origin !== self.location.origin || !isAskRequest(request)) return;
  event.stopImmediatePropagation();
  event.respondWith(answer(request).catch(() => unavailable(request)));
});

/** A question, or a `.md` page: the static file when there is one, else "Page Not Found". */
async function answer(request: Request): Promise<Response> {
  const asked = await handleAsk(request);
  if (asked) return servedByWorker(asked);
  const file = await fetch(request);
  if (file.status !== 404) return file;
  const missing = await handleAsk(request, { notFound: true });
  return missing ? servedByWorker(missing) : file;
}

// MSW's worker unregisters itself when its last mocking page closes. Here it is the site's own
// worker, which must keep answering `?ask=` (offline too) after the sandbox page is gone, so
// that one step is skipped; MSW still hears about closed pages and forgets them.
Object.defineProperty(self.registration, 'unregister', { value: async () => false });

importScripts('/mockServiceWorker.js');
