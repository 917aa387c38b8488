/**
 * The sandbox proper, loaded only when an embed is about to be seen: starts the mock backend
 * (service worker) first, then defines the elements and loads the shared state; then handles
 * what the address asks for (a scenario, a shared sandbox) and keeps the server's copy for curl.
 */
import { startSandboxWorker } from '../../mocks/browser.ts';
import { sandboxStore } from './client-store.ts';
import './elements/impact-sandbox/impact-sandbox.ts';
import './elements/impact-try-request/impact-try-request.ts';
import './elements/impact-sandbox-controls/impact-sandbox-controls.ts';
import { loadPanelsWhenWanted } from './support/lazy-panels.ts';
import { pageLocale, supportMessages } from './support/messages.ts';
import { serverMirror } from './support/mirror.ts';
import { addressAsks, consoleTools } from './support/console-tools.ts';

export async function startSandbox(): Promise<void> {
  try {
    // Every widget request goes to the worker: it must be active before the first fetch. The
    // page's own strings load meanwhile (the widgets draw once the view has arrived).
    const [backend] = await Promise.all([startSandboxWorker(), supportMessages.load(pageLocale())]);
    sandboxStore.backend = backend;
    sandboxStore.watchOtherTabs();
    await sandboxStore.refresh();
    serverMirror.start();
    loadPanelsWhenWanted(() => import('./support-panels.ts'));
    await handleAddress();
    // A share link pasted into this tab's address bar changes only the fragment: no reload.
    window.addEventListener('hashchange', () => void handleAddress());
    document.documentElement.dataset.sandbox = 'ready';
  } catch (error) {
    sandboxStore.fail(error instanceof Error ? error.message : String(error));
    document.documentElement.dataset.sandbox = 'failed';
  }
}

/** What the address asks for (`?scenario=NAME`, `#sandbox=…`), handled once by the console's tools. */
async function handleAddress(): Promise<void> {
  if (!addressAsks()) return;
  const { offers } = await consoleTools.load();
  await offers.handleAddress();
}
