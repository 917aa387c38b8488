/**
 * The try-request panel's handle on the server copy for curl (support/mirror.ts). The mirror
 * loads and starts the first time a reader opens the curl command: a reader who never looks at
 * it sends nothing to the server, and its code stays out of the first load.
 */
import type { MirrorStatus } from './mirror.ts';

class ServerCopy extends EventTarget {
  status: MirrorStatus = 'idle';
  /** The HTTP status of the last refusal, for `failed`. */
  refusedWith = 0;
  private started: Promise<void> | null = null;

  /** The first call loads and starts the mirror; a later one (the command opened again) checks the copy is still there. */
  async start(): Promise<void> {
    if (this.started) {
      await this.started;
      const { serverMirror } = await import('./mirror.ts');
      return serverMirror.start();
    }
    return (this.started = import('./mirror.ts').then(({ serverMirror }) => {
      const follow = () => {
        this.status = serverMirror.status;
        this.refusedWith = serverMirror.refusedWith;
        this.dispatchEvent(new Event('change'));
      };
      serverMirror.addEventListener('change', follow);
      serverMirror.start();
      follow();
    }));
  }
}

export const serverCopy = new ServerCopy();
