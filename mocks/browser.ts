/** Starts the sandbox backend in the browser: the shared handlers behind MSW's service worker. */
import { setupWorker } from 'msw/browser';
import { SERVICE_WORKER_URL, type SandboxBackend } from '../src/contract/index.ts';
import { createHandlers } from './handlers.ts';
import { createWebStorageStore } from './store.ts';

let started: Promise<SandboxBackend> | null = null;

/** Idempotent: every embed on a page awaits the same start before its first request. */
export function startSandboxWorker(): Promise<SandboxBackend> {
  started ??= (async () => {
    // Service workers exist only in secure contexts (https, localhost), e.g. not on a LAN IP.
    if (!window.isSecureContext || !('serviceWorker' in navigator)) return 'server';
    const worker = setupWorker(...createHandlers({ store: createWebStorageStore(localStorage) }));
    // quiet: MSW would otherwise log each request, Authorization header (the token) included.
    // The site's worker wraps MSW's (src/ask/service-worker.ts): it also answers `?ask=` lookups.
    await worker.start({ serviceWorker: { url: SERVICE_WORKER_URL }, quiet: true, onUnhandledFrame: 'bypass' });
    return 'worker';
  })();
  return started;
}
