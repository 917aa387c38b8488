/** Starts the sandbox backend in the browser: the shared handlers behind MSW's service worker. */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.ts';
import { createWebStorageStore } from './store.ts';

let started: Promise<void> | null = null;

/** Idempotent: every embed on a page awaits the same start before its first request. */
export function startSandboxWorker(): Promise<void> {
  started ??= (async () => {
    const worker = setupWorker(...createHandlers({ store: createWebStorageStore(localStorage) }));
    // quiet: MSW would otherwise log each request, Authorization header (the token) included.
    await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  })();
  return started;
}
