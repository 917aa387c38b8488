/**
 * The page's one wait for the site's worker (src/site-worker.ts), which the sandbox and the ask
 * box share, against a stand-in for the browser's ServiceWorkerContainer: what it registers, when
 * it asks the worker to claim the page, and what it answers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REGISTER_WORKER_SCRIPT } from '../../build/register-worker.mjs';
import { SERVICE_WORKER_URL } from '../../src/contract/index.ts';
import { controllingWorker } from '../../src/site-worker.ts';

class FakeContainer extends EventTarget {
  controller: object | null = null;
  readonly registered: Array<[string, RegistrationOptions | undefined]> = [];
  readonly active = { posted: [] as unknown[], postMessage: (message: unknown) => this.active.posted.push(message) };
  register(url: string, options?: RegistrationOptions) {
    this.registered.push([url, options]);
    return Promise.resolve({});
  }
  get ready() {
    return Promise.resolve({ active: this.active });
  }
  takeOver(worker: object) {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function pageWith(container: FakeContainer | undefined): void {
  vi.stubGlobal('navigator', container ? { serviceWorker: container } : {});
}

afterEach(() => vi.unstubAllGlobals());

/** The inline script in <head> (build/register-worker.mjs), run as a secure page would run it. */
function runHeadScript(container: FakeContainer): void {
  const run = new Function('isSecureContext', 'navigator', 'document', REGISTER_WORKER_SCRIPT);
  run(true, { serviceWorker: container }, { documentElement: { dataset: {} } });
}

describe('controllingWorker', () => {
  it('answers null where the page has no service workers (not a secure context)', async () => {
    pageWith(undefined);
    expect(await controllingWorker()).toBeNull();
  });

  it('answers the controlling worker at once, registering nothing', async () => {
    const container = new FakeContainer();
    container.controller = { name: 'current' };
    pageWith(container);
    expect(await controllingWorker()).toEqual({ name: 'current' });
    expect(container.registered).toEqual([]);
  });

  it('registers with the <head> script’s options, asks an active worker to claim the page, and waits for it', async () => {
    const container = new FakeContainer();
    pageWith(container);
    const waiting = controllingWorker();
    await vi.waitFor(() => expect(container.active.posted).toEqual([{ type: 'claim' }]));
    // Other options than the <head> script's would change the registration and start an update.
    const inHead = new FakeContainer();
    runHeadScript(inHead);
    expect(inHead.registered).toEqual([[SERVICE_WORKER_URL, { updateViaCache: 'none' }]]);
    expect(container.registered).toEqual(inHead.registered);
    container.takeOver({ name: 'claimed' });
    expect(await waiting).toEqual({ name: 'claimed' });
  });
});
