/**
 * How a widget reaches the page's one store: the page provides it through @lit/context on its
 * root element (src/sandbox/page-store.ts; the element tests on theirs), and each widget's one
 * StoreController asks for it when connected and redraws on every change the store announces.
 */
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { StoreChangeEvent, type SandboxStore, type SandboxView, type StorePart } from './client-store.ts';

const sandboxStoreContext = createContext<SandboxStore>(Symbol('impact-sandbox-store'));

/** Provides `store` to every widget inside `root` (the page: `document.documentElement`). */
export function provideSandboxStore(root: HTMLElement, store: SandboxStore): SandboxStore {
  const provider = new ContextProvider(root, { context: sandboxStoreContext, initialValue: store });
  // A plain element runs no controller callbacks: announce the provider as a Lit host would.
  provider.hostConnected();
  return store;
}

/** Lets a Lit element redraw whenever the parts of the page's store it draws from change. */
export class StoreController implements ReactiveController {
  /** The store, from the nearest provider (none: the element was put on a page without one). */
  store: SandboxStore | undefined;
  private readonly host: ReactiveElement;
  private readonly parts: ReadonlySet<StorePart>;
  private readonly onChange = (event: Event) => {
    if (!(event instanceof StoreChangeEvent) || this.parts.has(event.part)) this.host.requestUpdate();
  };

  /** `parts`: what the element draws from (the view always). */
  constructor(host: ReactiveElement, parts: readonly StorePart[] = []) {
    this.host = host;
    this.parts = new Set<StorePart>(['view', ...parts]);
    // Added before this controller, so the store has answered when hostConnected runs.
    new ContextConsumer(host, {
      context: sandboxStoreContext,
      subscribe: true,
      callback: (store) => this.follow(store),
    });
    host.addController(this);
  }

  get view(): SandboxView | null {
    return this.store?.view ?? null;
  }

  private follow(store: SandboxStore): void {
    if (store === this.store) return;
    this.store?.removeEventListener('change', this.onChange);
    this.store = store;
    if (this.host.isConnected) store.addEventListener('change', this.onChange);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.store?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.store?.removeEventListener('change', this.onChange);
  }
}
