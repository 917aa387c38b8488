/**
 * The sandbox proper, loaded only when an embed is about to be seen: waits for the mock backend
 * (the site's service worker, registered from <head>), then defines the elements and loads the
 * shared state; then handles what the address asks for (a scenario, a shared sandbox).
 */
// First: the page's store is provided before any element module defines (and upgrades) its element.
import { pageStore as sandboxStore } from './page-store.ts';
import { startSandboxWorker, watchForUpdate } from '../../mocks/browser.ts';
import { DEFAULT_LOCALE, resolveLocale } from '../contract/locale.ts';
import { ApiProblem } from './api-problem.ts';
import { showReloadNotice } from './reload-notice.ts';
import './elements/impact-sandbox/impact-sandbox.ts';
import './elements/impact-try-request/impact-try-request.ts';
import './elements/impact-sandbox-controls/impact-sandbox-controls.ts';
import './elements/impact-guide-step/impact-guide-step.ts';
import './elements/impact-guide-progress/impact-guide-progress.ts';
import { addressAsks } from './support/load-console-tools.ts';
import { loadPanelsWhenWanted } from './support/lazy-panels.ts';
import { loadWhenNear } from './support/load-when-near.ts';

/** The languages of the page's widgets (normally the page's one language). */
function pageLocales() {
  const widgets = document.querySelectorAll('[locale]');
  return [
    ...new Set(
      [...widgets]
        .filter((widget) => widget.localName.startsWith('impact-'))
        .map((widget) => resolveLocale(widget.getAttribute('locale'))),
    ),
  ];
}

export async function startSandbox(): Promise<void> {
  const locales = pageLocales();
  sandboxStore.locale = locales[0] ?? DEFAULT_LOCALE;
  // The labels load alongside the worker; "ready" means both are here.
  const labels = Promise.all(locales.map((locale) => sandboxStore.labels.load(locale)));
  try {
    // Every widget request goes to the worker: it must control the page before the first fetch.
    sandboxStore.backend = await startSandboxWorker();
    if (sandboxStore.backend === 'worker') {
      watchForUpdate(() => void labels.then(([t]) => t && showReloadNotice(t.sandbox, t.sandbox.siteUpdated)));
    }
    sandboxStore.watchOtherTabs();
    await labels;
    await sandboxStore.refresh();
    loadPanelsWhenWanted(() => import('./support-panels.ts'));
    // `<Sandbox scenario="…">` embeds: their offer comes in a chunk of its own, when one is near.
    loadWhenNear('impact-scenario-offer', () => import('./elements/impact-scenario-offer/impact-scenario-offer.ts'));
    await handleAddress();
    // A share link pasted into this tab's address bar changes only the fragment: no reload.
    window.addEventListener('hashchange', () => void handleAddress());
    document.documentElement.dataset.sandbox = 'ready';
  } catch (error) {
    sandboxStore.fail(error instanceof Error ? error.message : String(error));
    document.documentElement.dataset.sandbox = 'failed';
    // A newer version's saved sandbox: this page's code cannot use it, a reload can.
    if (error instanceof ApiProblem && error.reason === 'newer-state') {
      const [t] = await labels.catch(() => []);
      if (t) showReloadNotice(t.sandbox, t.sandbox.newerState);
    }
  }
}

/** What the address asks for (`?scenario=NAME`, `#sandbox=…`), handled once by the console's tools. */
async function handleAddress(): Promise<void> {
  if (!addressAsks()) return;
  const { offers } = await sandboxStore.consoleTools.load();
  await offers.handleAddress();
}
