/**
 * The page's side of the sandbox backend, which runs in the site's service worker
 * (src/ask/service-worker.ts): the page waits until the worker controls it (a request sent before
 * would reach the network), hands over a state an older version of the site saved in
 * localStorage, then talks to `/api/…` with plain fetch.
 */
import {
  SERVICE_WORKER_URL,
  STORAGE_KEY,
  type SandboxBackend,
  type WorkerAnswer,
  type WorkerRequest,
} from '../src/contract/index.ts';

let started: Promise<SandboxBackend> | null = null;

/** Idempotent: every embed on a page awaits the same start before its first request. */
export function startSandboxWorker(): Promise<SandboxBackend> {
  started ??= (async () => {
    // Service workers exist only in secure contexts (https, localhost), e.g. not on a LAN IP.
    if (!window.isSecureContext || !('serviceWorker' in navigator)) return 'server';
    const worker = await controllingWorker();
    await handOverSavedState(worker);
    return 'worker';
  })();
  return started;
}

/** Asks the worker something and waits for its answer. */
function ask(worker: ServiceWorker, request: WorkerRequest): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as WorkerAnswer);
    worker.postMessage(request, [channel.port2]);
  });
}

async function controllingWorker(): Promise<ServiceWorker> {
  const container = navigator.serviceWorker;
  if (container.controller) return container.controller;
  const controlled = new Promise<void>((resolve) =>
    container.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
  // Registered from <head> already (Base.astro); registering again returns that registration.
  await container.register(SERVICE_WORKER_URL, { updateViaCache: 'none' });
  const { active } = await container.ready;
  // A page loaded past an active worker (a hard reload) is controlled only once it claims it.
  if (!container.controller && active) void ask(active, { type: 'claim' });
  if (!container.controller) await controlled;
  return container.controller!;
}

/**
 * The localStorage state of the site's older versions moves to the worker, which keeps it only
 * if it has none yet; the key goes once the worker has answered, so nothing is lost on the way.
 */
async function handOverSavedState(worker: ServiceWorker): Promise<void> {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return; // Storage blocked: nothing to hand over.
  }
  if (raw === null) return;
  const answer = await ask(worker, { type: 'import-saved-state', raw });
  if (!answer.ok) throw new Error(`The saved sandbox could not be moved to this version's storage: ${answer.message}`);
  localStorage.removeItem(STORAGE_KEY);
}

/**
 * Calls `onUpdate` when a new version of the worker takes over this page (a deploy): the page's
 * own code is then older than its backend, so it offers a reload. The inline script in <head>
 * notes a takeover that happens before the sandbox has loaded (`data-site-updated`).
 */
export function watchForUpdate(onUpdate: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  if (document.documentElement.dataset.siteUpdated !== undefined) onUpdate();
  else navigator.serviceWorker.addEventListener('controllerchange', onUpdate, { once: true });
}
