/**
 * The try-request panel's handle on the server copy for curl (support/mirror.ts), a part of the
 * page's store. The mirror loads and starts the first time a reader opens the curl command: a
 * reader who never looks at it sends nothing to the server, and its code stays out of the first load.
 */
import type { SandboxStore } from '../client-store.ts';
import type { MirrorStatus, ServerMirror } from './mirror.ts';

export class ServerCopy {
  status: MirrorStatus = 'idle';
  /** The HTTP status of the last refusal, for `failed`. */
  refusedWith = 0;
  private readonly store: SandboxStore;
  private started: Promise<ServerMirror> | null = null;

  constructor(store: SandboxStore) {
    this.store = store;
  }

  /** The first call loads and starts the mirror; a later one (the command opened again) checks the copy is still there. */
  async start(): Promise<void> {
    if (this.started) return (await this.started).start();
    this.started = import('./mirror.ts').then(({ ServerMirror }) => {
      const follow = () => {
        this.status = mirror.status;
        this.refusedWith = mirror.refusedWith;
        this.store.notify('server-copy');
      };
      const mirror = new ServerMirror(this.store, follow);
      mirror.start();
      follow();
      return mirror;
    });
    await this.started;
  }
}
