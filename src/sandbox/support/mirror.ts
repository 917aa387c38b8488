/**
 * Keeps a copy of this browser's sandbox on `npm start`'s server (PUT /api/sandboxes/{sid} with
 * the full snapshot), so that the try-request panel's curl command, run in a terminal, gets
 * what the page gets. Started when a reader first opens the curl command (support/server-copy.ts),
 * it then runs after every change the page sees (its own, other tabs', partner API writes),
 * debounced. The PUT goes through MSW's `bypass()`, or the page's own service
 * worker would answer it. A host that only serves files refuses the PUT: the mirror stops and
 * says so (the panel then explains that curl needs `npm start`).
 */
import { bypass } from 'msw';
import { serverSandboxRoute } from '../../contract/index.ts';
import { sandboxStore } from '../client-store.ts';

/**
 * `pending`: a change is on its way; `synced`: the server holds the page's current state;
 * `unavailable`: no server keeps sandboxes here (a static host); `failed`: it refused this one;
 * `shared-server`: the page already uses the server's sandbox (not a secure context).
 */
export type MirrorStatus = 'idle' | 'pending' | 'synced' | 'unavailable' | 'failed' | 'shared-server';

const DEBOUNCE_MS = 300;
/** What a host without the sandbox server answers a PUT with (a file server's 404/405, 501). */
const NO_SERVER = new Set([404, 405, 501]);

class ServerMirror extends EventTarget {
  status: MirrorStatus = 'idle';
  /** The HTTP status of the last refusal, for `failed`. */
  refusedWith = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private again = false;
  private mirroredKey = '';

  private set(status: MirrorStatus): void {
    this.status = status;
    this.dispatchEvent(new Event('change'));
  }

  start(): void {
    if (sandboxStore.backend === 'server') return this.set('shared-server');
    sandboxStore.addEventListener('change', () => this.schedule());
    // Server copies expire when idle: a tab coming back renews its copy.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.schedule(true);
    });
    this.schedule();
  }

  private schedule(renew = false): void {
    if (this.status === 'unavailable' || !sandboxStore.view) return;
    if (!renew && JSON.stringify(sandboxStore.view) === this.mirroredKey && this.status !== 'failed') return;
    if (this.status !== 'pending') this.set('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.sync(), DEBOUNCE_MS);
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

  private async putOnce(): Promise<void> {
    const view = sandboxStore.view;
    if (!view) return;
    const key = JSON.stringify(view);
    let status: number;
    try {
      const snapshot = await sandboxStore.readSnapshot();
      const response = await fetch(
        bypass(serverSandboxRoute(view.account.sid), {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(snapshot),
        }),
      );
      status = response.status;
      // Read to the end: an unread body leaves the request open (devtools, "network idle").
      await response.text();
    } catch {
      status = 0;
    }
    if (status >= 200 && status < 300) {
      this.mirroredKey = key;
      // A change that came in meanwhile keeps the status pending until it is sent too.
      if (!this.again && JSON.stringify(sandboxStore.view) === key) this.set('synced');
    } else if (status === 0 || NO_SERVER.has(status)) {
      this.set('unavailable');
    } else {
      this.refusedWith = status;
      this.set('failed');
    }
  }
}

export const serverMirror = new ServerMirror();
