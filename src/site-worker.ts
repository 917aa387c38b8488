/**
 * The page's one way to the site's service worker (src/ask/service-worker.ts), for the sandbox
 * (mocks/browser.ts) and the ask box (src/ask/client.ts) alike. It keeps no state of its own: the
 * browser holds the one registration (the inline script in <head> made it; registering again with
 * the same options returns it) and whether the worker controls the page, so every caller shares
 * that one start, and a start that failed is tried afresh by the next caller.
 */
import { SERVICE_WORKER_OPTIONS, SERVICE_WORKER_URL, type WorkerRequest } from './contract/index.ts';

/**
 * The worker that controls this page, once it does (a request sent before would reach the
 * network); null where no worker can run (`npm start`'s server answers then).
 */
export async function controllingWorker(): Promise<ServiceWorker | null> {
  // Only secure contexts (https, localhost) have service workers, e.g. not a page at a LAN address.
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return null;
  if (!container.controller) {
    const controlled = new Promise((resolve) =>
      container.addEventListener('controllerchange', resolve, { once: true }),
    );
    // The <head> script's registration (build/register-worker.mjs): other options would start an update.
    await container.register(SERVICE_WORKER_URL, SERVICE_WORKER_OPTIONS);
    const { active } = await container.ready;
    // A page loaded past an active worker (a hard reload) is controlled only once it claims it.
    // No answer is awaited: the controllerchange is the answer.
    if (!container.controller && active) active.postMessage({ type: 'claim' } satisfies WorkerRequest);
    if (!container.controller) await controlled;
  }
  return container.controller;
}
