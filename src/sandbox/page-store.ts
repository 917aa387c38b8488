/**
 * The page's one store, provided to every widget on the page. app.ts imports this module before
 * any element module: an element already in the page is upgraded as its module defines it, and
 * asks for the store then, so the provider must be there first; it also starts the sandbox's
 * backend and first read. Only app.ts imports this.
 */
import { startSandboxWorker } from '../../mocks/browser.ts';
import { SandboxStore } from './client-store.ts';
import { provideSandboxStore } from './store-context.ts';

export const pageStore = provideSandboxStore(document.documentElement, new SandboxStore());
// Before the element modules evaluate (~30 ms on a desktop, more on a phone): the worker's start
// and the first read go on meanwhile. app.ts awaits both (and handles their failure).
pageStore.start(startSandboxWorker);
