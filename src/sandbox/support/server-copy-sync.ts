/**
 * Keeps a copy of this browser's sandbox on `npm start`'s server (PUT /api/sandboxes/{sid} with
 * the full snapshot), so that the try-request panel's curl command, run in a terminal, gets
 * what the page gets. Started when a reader first opens the curl command (support/server-copy.ts),
 * it then runs after every change the page sees (its own, other tabs', partner API writes),
 * debounced, and again whenever the server turns out to have lost it (a cheap keyed GET when
 * the tab comes back or the command is opened again; retries while the server is unreachable).
 * The site's service worker lets `/api/sandboxes/…` through to the network (src/ask/service-worker.ts),
 * so plain fetches reach the server.
 * A host that only serves files refuses the PUT: the sync stops and says so (the panel then
 * explains that curl needs `npm start`).
 */
import { SERVER_COPY_KEY_HEADER, serverCopyRoute } from '../../contract/index.ts';
import { StoreChangeEvent, type SandboxStore } from '../client-store.ts';

/**
 * `pending`: a change is on its way; `synced`: the server holds the page's current state;
 * `unreachable`: the server did not answer (stopped, restarting): retried until it does;
 * `unavailable`: no server keeps sandboxes here (a static host); `failed`: it refused this one;
 * `shared-server`: the page already uses the server's sandbox (not a secure context).
 */
export type ServerCopyStatus =
  'idle' | 'pending' | 'synced' | 'unreachable' | 'unavailable' | 'failed' | 'shared-server';

const DEBOUNCE_MS = 300;
/** Waits between tries while the server is unreachable: soon at first, then every 15 s. */
const RETRY_MS = [1_000, 2_000, 4_000, 8_000, 15_000];
/** What a host without the sandbox server answers a PUT with (a file server's 404/405, 501). */
const NO_SERVER: ReadonlySet<number> = new Set([404, 405, 501]);
const KEY_STORAGE = 'impact-sandbox-server-copy-key';

/**
 * This browser's key for its server copies (the server lets only the key that made a copy
 * replace it): made once, kept in localStorage, under a Web Lock so two tabs opening at once
 * agree on one.
 */
async function copyKey(): Promise<string> {
  const readOrMake = () => {
    try {
      const kept = localStorage.getItem(KEY_STORAGE);
      if (kept) return kept;
    } catch {
      // No storage (a privacy mode): a key for this tab alone.
    }
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const key = btoa(String.fromCharCode(...bytes))
      .replaceAll('+', '-')
      .replaceAll('/', '_')
      .replace(/=+$/, '');
    try {
      localStorage.setItem(KEY_STORAGE, key);
    } catch {
      // As above.
    }
    return key;
  };
  return navigator.locks ? navigator.locks.request(KEY_STORAGE, readOrMake) : readOrMake();
}

export class ServerCopySync {
  status: ServerCopyStatus = 'idle';
  /** The HTTP status of the last refusal, for `failed`. */
  refusedWith = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private running = false;
  private again = false;
  private started = false;
  private sentKey = '';
  private readonly store: SandboxStore;
  private readonly onStatus: () => void;

  /** `onStatus` hears of every change of `status`. */
  constructor(store: SandboxStore, onStatus: () => void) {
    this.store = store;
    this.onStatus = onStatus;
  }

  private set(status: ServerCopyStatus): void {
    this.status = status;
    this.onStatus();
  }

  start(): void {
    if (this.started) return void this.check();
    this.started = true;
    if (this.store.backend === 'server') return this.set('shared-server');
    // The view's changes only: the store's other parts (this copy's own status among them) send nothing.
    this.store.addEventListener('change', (event) => {
      if (event instanceof StoreChangeEvent && event.part === 'view') this.schedule();
    });
    // A copy can be gone without the page changing anything: the server restarted, or the copy
    // expired. The page looks again whenever its reader may come back to the command.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check();
    });
    window.addEventListener('focus', () => void this.check());
    window.addEventListener('online', () => void this.check());
    this.schedule();
  }

  private schedule(resend = false): void {
    if (this.status === 'unavailable' || !this.store.view) return;
    if (!resend && JSON.stringify(this.store.view) === this.sentKey && this.status === 'synced') return;
    if (this.status !== 'pending' && this.status !== 'unreachable') this.set('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.sync(), DEBOUNCE_MS);
  }

  /** A GET with the key: is the copy still there? (Renews it; sends the sandbox again if not.) */
  async check(): Promise<void> {
    const view = this.store.view;
    if (!view || this.running || this.status === 'pending' || !['synced', 'unreachable'].includes(this.status)) return;
    let status: number;
    try {
      const response = await fetch(serverCopyRoute(view.account.sid), {
        headers: { Accept: 'application/json', [SERVER_COPY_KEY_HEADER]: await copyKey() },
      });
      status = response.status;
      await response.text();
    } catch {
      status = 0;
    }
    if (status === 200 && this.status === 'unreachable' && JSON.stringify(this.store.view) === this.sentKey) {
      this.retries = 0;
      this.set('synced');
    } else if (status !== 200) {
      this.schedule(true);
    }
  }

  private async sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.putOnce();
      } while (this.again && this.status !== 'unavailable');
    } finally {
      this.running = false;
    }
  }

  private retryLater(): void {
    clearTimeout(this.retryTimer);
    const wait = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)];
    this.retries += 1;
    this.retryTimer = setTimeout(() => this.schedule(true), wait);
  }

  private async putOnce(): Promise<void> {
    const view = this.store.view;
    if (!view) return;
    const key = JSON.stringify(view);
    let status: number;
    try {
      const snapshot = await this.store.readSnapshot();
      const response = await fetch(serverCopyRoute(view.account.sid), {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          [SERVER_COPY_KEY_HEADER]: await copyKey(),
        },
        body: JSON.stringify(snapshot),
      });
      status = response.status;
      // Read to the end: an unread body leaves the request open (devtools, "network idle").
      await response.text();
    } catch {
      status = 0;
    }
    clearTimeout(this.retryTimer);
    if (status >= 200 && status < 300) {
      this.retries = 0;
      this.sentKey = key;
      // A change that came in meanwhile keeps the status pending until it is sent too.
      if (!this.again && JSON.stringify(this.store.view) === key) this.set('synced');
    } else if (status === 0) {
      // No answer at all: the server is down or restarting (a static host answers, with 404/405).
      this.set('unreachable');
      this.retryLater();
    } else if (NO_SERVER.has(status)) {
      this.set('unavailable');
    } else {
      this.refusedWith = status;
      this.set('failed');
    }
  }
}
