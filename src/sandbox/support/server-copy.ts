/**
 * The try-request panel's handle on the server copy for curl (support/server-copy-sync.ts), a part of the
 * page's store. The sync loads and starts the first time a reader opens the curl command: a
 * reader who never looks at it sends nothing to the server, and its code stays out of the first load.
 */
import type { SandboxStore } from '../client-store.ts';
import type { ServerCopyStatus, ServerCopySync } from './server-copy-sync.ts';

export class ServerCopy {
  status: ServerCopyStatus = 'idle';
  /** The HTTP status of the last refusal, for `failed`. */
  refusedWith = 0;
  private readonly store: SandboxStore;
  private started: Promise<ServerCopySync> | null = null;

  constructor(store: SandboxStore) {
    this.store = store;
  }

  /** The first call loads and starts the sync; a later one (the command opened again) checks the copy is still there. */
  async start(): Promise<void> {
    if (this.started) return (await this.started).start();
    this.started = import('./server-copy-sync.ts').then(({ ServerCopySync }) => {
      const follow = () => {
        this.status = sync.status;
        this.refusedWith = sync.refusedWith;
        this.store.notify('server-copy');
      };
      const sync = new ServerCopySync(this.store, follow);
      sync.start();
      follow();
      return sync;
    });
    await this.started;
  }
}
