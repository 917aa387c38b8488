/**
 * The page's one store, provided to every widget on the page. app.ts imports this module before
 * any element module: an element already in the page is upgraded as its module defines it, and
 * asks for the store then, so the provider must be there first. Only app.ts imports this.
 */
import { SandboxStore } from './client-store.ts';
import { provideSandboxStore } from './store-context.ts';

export const pageStore = provideSandboxStore(document.documentElement, new SandboxStore());
