/**
 * The sandbox proper, loaded only when an embed is about to be seen: starts the mock backend
 * (service worker) first, then defines the elements and loads the shared state.
 */
import { startSandboxWorker } from '../../mocks/browser.ts';
import { sandboxStore } from './client-store.ts';
import './elements/impact-sandbox/impact-sandbox.ts';
import './elements/impact-try-request/impact-try-request.ts';
import './elements/impact-sandbox-controls/impact-sandbox-controls.ts';

export async function startSandbox(): Promise<void> {
  try {
    // Every widget request goes to the worker: it must be active before the first fetch.
    sandboxStore.backend = await startSandboxWorker();
    sandboxStore.watchOtherTabs();
    await sandboxStore.refresh();
    document.documentElement.dataset.sandbox = 'ready';
  } catch (error) {
    sandboxStore.fail(error instanceof Error ? error.message : String(error));
    document.documentElement.dataset.sandbox = 'failed';
  }
}
