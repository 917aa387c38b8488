/**
 * The site's service worker (built to /sandbox-sw.js by astro.config.mjs), one per browser. It
 * is the sandbox's backend: `/api/…` requests (and any to a real impact.com host) are answered by
 * the shared handlers over the state in IndexedDB (mocks/state-keeper.ts), one at a time. It also
 * answers `?ask=` and `.md` requests, navigations included, with the same handler as `npm start`.
 */
/// <reference lib="webworker" />
import { askReply, isAskRequest, wantsJson, type createAskHandler } from './http.ts';
import type { AskIndexData } from './types.ts';
import {
  ASK_INDEX_URL,
  SANDBOX_CHANGES_CHANNEL,
  SERVER_SANDBOXES,
  SERVICE_WORKER_ASK_URL,
  SITE_BUILD,
  type WorkerAnswer,
  type WorkerRequest,
} from '../contract/index.ts';
import { IMPACT_HOST_PATTERN } from '../../mocks/handlers.ts';
import { createIndexedDbVault } from '../../mocks/state-indexeddb.ts';
import { createStateKeeper, inOrder, type Lock } from '../../mocks/state-keeper.ts';

declare const self: ServiceWorkerGlobalScope;

const CACHE_NAME = 'impact-ask-index-v1';
/** The ask engine, built apart (src/ask/worker-ask.ts) so the worker installs without it. */
const ASK_CHUNK_URL = SERVICE_WORKER_ASK_URL;

/** A file from the network, kept in Cache Storage so questions still work offline later. */
async function fetchKept(url: string): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    await cache.put(url, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(url);
    if (cached) return cached;
    throw error;
  }
}

async function loadIndex(): Promise<AskIndexData> {
  return (await (await fetchKept(ASK_INDEX_URL)).json()) as AskIndexData;
}

/**
 * A service worker may not import() and may importScripts() only while it installs, so the
 * chunk is run as a script once, at the first question: it leaves its factory on `self`.
 */
let askHandler: Promise<ReturnType<typeof createAskHandler>> | null = null;
function loadAskHandler(): Promise<ReturnType<typeof createAskHandler>> {
  askHandler ??= fetchKept(ASK_CHUNK_URL)
    .then((response) => response.text())
    .then((code) => {
      (0, eval)(code);
      const factory = (self as unknown as { impactAskHandler: typeof createAskHandler }).impactAskHandler;
      return factory({ loadIndex });
    });
  // A failed load (offline before the first question) may succeed later.
  askHandler.catch(() => {
    askHandler = null;
  });
  return askHandler;
}

const handleAsk: ReturnType<typeof createAskHandler> = async (request, context) =>
  (await loadAskHandler())(request, context);

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

/** A question, or a `.md` page: the static file when there is one, else "Page Not Found". */
async function answer(request: Request): Promise<Response> {
  const asked = await handleAsk(request);
  if (asked) return servedByWorker(asked);
  const file = await fetch(request);
  if (file.status !== 404) return file;
  const missing = await handleAsk(request, { notFound: true });
  return missing ? servedByWorker(missing) : file;
}

/**
 * One request at a time across every copy of this worker (an old one may still be finishing
 * while a new one takes over): a Web Lock where there is one, else this copy's own queue.
 */
const locks = self.navigator.locks;
const lock: Lock = locks ? (task) => locks.request('impact-sandbox-state', task) : inOrder();
const changes = new BroadcastChannel(SANDBOX_CHANGES_CHANNEL);
const vault = createIndexedDbVault();
const keeper = createStateKeeper({
  vault,
  origin: self.location.origin,
  lock,
  onSaved: (revision) => changes.postMessage({ revision }),
});

/**
 * Requests the worker has nothing to do with skip it, so they never wait for it to start (Static
 * Routing API; the first matching rule wins): the site's chunks, and page loads other than a
 * question or a `.md` page. The rest (`/api/…`, questions, real impact.com hosts) come to it.
 */
function bypassRules() {
  const { protocol, hostname, port } = self.location;
  const here = { protocol: protocol.slice(0, -1), hostname, port };
  return [
    { condition: { urlPattern: new URLPattern({ search: '*ask*' }) }, source: 'fetch-event' },
    { condition: { urlPattern: new URLPattern({ ...here, pathname: '*.md' }) }, source: 'fetch-event' },
    { condition: { urlPattern: new URLPattern({ ...here, pathname: '/_astro/*' }) }, source: 'network' },
    { condition: { requestMode: 'navigate' }, source: 'network' },
  ];
}

// A new version takes over at once (pages loaded under the old one say so: mocks/browser.ts).
self.addEventListener('install', (event) => {
  void self.skipWaiting();
  // The database opens (a new browser: is created) while the worker installs, not at the page's
  // first request, which a new reader's page sends as soon as the worker controls it. A read
  // changes nothing; it is not waited for, so activation does not wait either.
  void vault.read().catch(() => undefined);
  const routable = event as ExtendableEvent & { addRoutes?: (rules: unknown[]) => Promise<void> };
  // Where the browser has no static routing, every request still comes to the fetch handler.
  if (typeof routable.addRoutes === 'function' && typeof URLPattern === 'function')
    event.waitUntil(routable.addRoutes(bypassRules()).catch(() => undefined));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const message = event.data as WorkerRequest;
  const port = event.ports[0];
  const reply = (answer: WorkerAnswer) => port?.postMessage(answer);
  const work =
    message?.type === 'import-saved-state'
      ? keeper.importSaved(String(message.raw))
      : message?.type === 'claim'
        ? self.clients.claim().then(() => 'claimed')
        : message?.type === 'build'
          ? Promise.resolve(SITE_BUILD)
          : Promise.reject(new Error('unknown message'));
  event.waitUntil(
    work.then(
      (result) => reply({ ok: true, result }),
      (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const sameOrigin = url.origin === self.location.origin;
  if (sameOrigin && isAskRequest(request)) {
    event.respondWith(answer(request).catch(() => unavailable(request)));
    return;
  }
  const api = sameOrigin && (url.pathname === '/api' || url.pathname.startsWith('/api/'));
  // The server's copies of browsers' sandboxes (npm start) live on the server only.
  if ((api && !url.pathname.startsWith(`${SERVER_SANDBOXES}/`)) || IMPACT_HOST_PATTERN.test(request.url)) {
    event.respondWith(keeper.handle(request).then((response) => response ?? fetch(request)));
  }
});
