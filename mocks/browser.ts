/**
 * The page's side of the sandbox backend, which runs in the site's service worker
 * (src/ask/service-worker.ts): the page waits until the worker controls it (a request sent before
 * would reach the network), hands over a state an older version of the site saved in
 * localStorage, then talks to `/api/…` with plain fetch.
 */
import {
  SITE_BUILD,
  STORAGE_KEY,
  type SandboxBackend,
  type WorkerAnswer,
  type WorkerRequest,
} from '../src/contract/index.ts';
import { controllingWorker } from '../src/site-worker.ts';

/** Called once per page (app.ts): every embed's first request waits for it. */
export async function startSandboxWorker(): Promise<SandboxBackend> {
  const worker = await controllingWorker();
  if (!worker) return 'server';
  await handOverSavedState(worker);
  return 'worker';
}

/** Asks the worker something and waits for its answer. */
function askWorker(worker: ServiceWorker, request: WorkerRequest): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as WorkerAnswer);
    worker.postMessage(request, [channel.port2]);
  });
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
  const answer = await askWorker(worker, { type: 'import-saved-state', raw });
  if (!answer.ok) throw new Error(`The saved sandbox could not be moved to this version's storage: ${answer.message}`);
  localStorage.removeItem(STORAGE_KEY);
}

/**
 * Calls `onUpdate` once a worker of another build than this page's code has installed while this
 * page runs (a deploy): the page's own code is then older than its backend, so it offers a reload.
 * Usually the new worker takes the page over at once; but Chromium leaves it waiting, until the
 * next navigation, when a request reaches the old one just as it would activate (a busy page), so
 * the page says so as soon as one is installed, not only on a takeover. A page loaded after the
 * deploy while the old worker still answered runs the new code already: the new worker says it
 * is the build this page was built beside, so neither its install nor its takeover prompts. The
 * inline script in <head> notes a takeover that happens before the sandbox has loaded
 * (`data-site-updated`).
 */
export function watchForUpdate(onUpdate: () => void): void {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  let told = false;
  const tellUnlessOurs = async (worker: ServiceWorker | null) => {
    if (told || !worker || (await builtBesideThisPage(worker)) || told) return;
    told = true;
    onUpdate();
  };
  if (document.documentElement.dataset.siteUpdated !== undefined) void tellUnlessOurs(container.controller);
  container.addEventListener('controllerchange', () => void tellUnlessOurs(container.controller));
  const onceInstalled = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') void tellUnlessOurs(worker);
    });
  void container.getRegistration().then((registration) => {
    if (!registration) return;
    if (registration.waiting) void tellUnlessOurs(registration.waiting);
    // The <head> script's update check may have found the new version before this page got here.
    onceInstalled(registration.installing);
    registration.addEventListener('updatefound', () => onceInstalled(registration.installing));
  });
}

/** How long a worker may take to say its build before the page takes it for another one. */
const BUILD_ANSWER_MS = 5_000;

/**
 * Whether a worker is the build this page's code was built beside. A worker from before builds
 * were compared answers that it does not know the question: another build, as is one that does
 * not answer (it went redundant meanwhile), so the page offers the reload as it always did.
 */
async function builtBesideThisPage(worker: ServiceWorker): Promise<boolean> {
  const answer = await Promise.race([
    askWorker(worker, { type: 'build' }),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), BUILD_ANSWER_MS)),
  ]);
  const built = answer?.ok === true && answer.result === SITE_BUILD && SITE_BUILD !== '';
  document.documentElement.dataset.workerBuild = built ? 'same' : 'other';
  return built;
}
