/**
 * The page's one store keeps the newest view: responses are applied in the order their requests
 * were sent (never an older one over a newer one), and a refresh asked for while one is in
 * flight runs again once it is done. The backend here is a fetch whose answers the test releases
 * in any order.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LOCALES,
  REASON_HEADER,
  REVISION_HEADER,
  SANDBOX_CHANGES_CHANNEL,
  SETTINGS_ROUTES,
} from '../contract/index.ts';
import { SANDBOX_MESSAGES } from '../i18n/sandbox.ts';
import { ApiProblem, SandboxStore } from './client-store.ts';

interface PendingCall {
  method: string;
  url: string;
  respond(body: unknown, status?: number, headers?: Record<string, string>): void;
}

let calls: PendingCall[];
let store: SandboxStore;
let changes: number;

beforeEach(() => {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(
      (url: string, init?: RequestInit) =>
        new Promise<Response>((resolve) => {
          calls.push({
            method: init?.method ?? 'GET',
            url,
            respond: (body, status = 200, headers: Record<string, string> = {}) =>
              resolve(Response.json(body, { status, headers })),
          });
        }),
    ),
  );
  store = new SandboxStore();
  changes = 0;
  store.addEventListener('change', () => changes++);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A view that names where it came from (the store treats views as opaque). */
const view = (sid: string) => ({ account: { sid, name: 'Sandbox', legacyTokensEnabled: true } });
const shownSid = () => store.view?.account.sid;

describe('client store ordering', () => {
  it('applies responses in send order: an older response arriving last does not overwrite a newer one', async () => {
    const enable = store.enableLegacyTokens();
    const reset = store.resetToken('readWrite');
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `POST ${SETTINGS_ROUTES.legacyTokens}`,
      `POST ${SETTINGS_ROUTES.resetReadWrite}`,
    ]);
    calls[1]!.respond(view('after-reset'));
    await reset;
    expect(shownSid()).toBe('after-reset');
    calls[0]!.respond(view('after-enable'));
    // Each caller still gets its own response…
    await expect(enable).resolves.toMatchObject({ account: { sid: 'after-enable' } });
    // …but the page keeps showing the newer state.
    expect(shownSid()).toBe('after-reset');
    expect(changes).toBe(1);
  });

  it('applies responses that arrive in order one after the other', async () => {
    const first = store.enableLegacyTokens();
    const second = store.upgradeApiVersion(15);
    calls[0]!.respond(view('first'));
    await first;
    expect(shownSid()).toBe('first');
    calls[1]!.respond(view('second'));
    await second;
    expect(shownSid()).toBe('second');
    expect(changes).toBe(2);
  });

  it('a refresh asked for during one in flight runs again afterwards, once however often it is asked', async () => {
    const first = store.refresh();
    const again = store.refresh();
    const third = store.refresh();
    expect(third).toBe(again);
    expect(calls).toHaveLength(1);
    let againSettled = false;
    void again.then(() => (againSettled = true));
    calls[0]!.respond(view('read-before-the-change'));
    await first;
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]).toMatchObject({ method: 'GET', url: SETTINGS_ROUTES.view });
    // Whoever asked during the first read waits for the second, which saw their change.
    expect(againSettled).toBe(false);
    calls[1]!.respond(view('read-after-the-change'));
    await again;
    expect(shownSid()).toBe('read-after-the-change');
    expect(calls).toHaveLength(2);
  });

  it('a refresh is not repeated when nothing asked for it meanwhile', async () => {
    const refresh = store.refresh();
    calls[0]!.respond(view('only'));
    await refresh;
    expect(shownSid()).toBe('only');
    expect(calls).toHaveLength(1);
  });

  it('a failed request keeps the last view and names the problem', async () => {
    const refresh = store.refresh();
    calls[0]!.respond(view('known'));
    await refresh;
    const upgrade = store.upgradeApiVersion(12);
    calls[1]!.respond({ Status: 'ERROR', Message: 'The token is already on version 12.' }, 409);
    // A conflict reads the state again before it is reported: here nothing else had changed.
    await expect.poll(() => calls.length).toBe(3);
    calls[2]!.respond(view('known'));
    const problem = await upgrade.catch((error: unknown) => error);
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({ status: 409, message: 'The token is already on version 12.' });
    expect(shownSid()).toBe('known');
  });

  it.each(LOCALES)(
    'a write the worker could not save (507, storage full) is said in the page language (%s): why, and what to do',
    async (locale) => {
      await store.labels.load(locale);
      store.locale = locale;
      const enable = store.enableLegacyTokens();
      calls[0]!.respond({ Status: 'ERROR', Message: 'The change was not saved: …' }, 507, {
        [REASON_HEADER]: 'storage-full',
      });
      await expect(enable).rejects.toMatchObject({
        status: 507,
        reason: 'storage-full',
        message: SANDBOX_MESSAGES[locale].storageFull,
      });
    },
  );
});

describe('other tabs', () => {
  it("the worker's change notice makes the page read the sandbox again", async () => {
    const stop = store.watchOtherTabs();
    const notices = new BroadcastChannel(SANDBOX_CHANGES_CHANNEL);
    notices.postMessage({ revision: 7 });
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]).toMatchObject({ method: 'GET', url: SETTINGS_ROUTES.view });
    calls[0]!.respond(view('changed-elsewhere'));
    await expect.poll(shownSid).toBe('changed-elsewhere');
    stop();
    notices.close();
  });

  it("the notice of this tab's own change, heard before its answer, brings no second read", async () => {
    const stop = store.watchOtherTabs();
    const notices = new BroadcastChannel(SANDBOX_CHANGES_CHANNEL);
    // A channel opened after the store's hears a notice after it (delivery in creation order).
    const listener = new BroadcastChannel(SANDBOX_CHANGES_CHANNEL);
    const heard = () => new Promise((resolve) => listener.addEventListener('message', resolve, { once: true }));
    const enable = store.enableLegacyTokens();
    // The worker saves revision 3 and says so before it answers.
    let notice = heard();
    notices.postMessage({ revision: 3 });
    await notice;
    calls[0]!.respond(view('enabled-here'), 200, { [REVISION_HEADER]: '3' });
    await enable;
    // Another tab's change after it is read.
    notice = heard();
    notices.postMessage({ revision: 4 });
    await notice;
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]).toMatchObject({ method: 'GET', url: SETTINGS_ROUTES.view });
    calls[1]!.respond(view('changed-elsewhere'), 200, { [REVISION_HEADER]: '4' });
    await expect.poll(shownSid).toBe('changed-elsewhere');
    // The notice of revision 4 once more (the view shown is revision 4): nothing to read.
    notice = heard();
    notices.postMessage({ revision: 4 });
    await notice;
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    stop();
    listener.close();
    notices.close();
  });

  it('a notice that comes while an older read is in flight reads again after it', async () => {
    const stop = store.watchOtherTabs();
    const notices = new BroadcastChannel(SANDBOX_CHANGES_CHANNEL);
    const first = store.refresh();
    notices.postMessage({ revision: 6 });
    calls[0]!.respond(view('before-the-change'), 200, { [REVISION_HEADER]: '5' });
    await first;
    await expect.poll(() => calls.length).toBe(2);
    calls[1]!.respond(view('after-the-change'), 200, { [REVISION_HEADER]: '6' });
    await expect.poll(shownSid).toBe('after-the-change');
    stop();
    notices.close();
  });

  it('a change the backend refuses reads the state first, so the refusal comes with the screen it speaks of', async () => {
    const enable = store.enableLegacyTokens();
    let refused = false;
    enable.catch(() => (refused = true));
    calls[0]!.respond({ Message: 'Legacy tokens are already enabled.' }, 409);
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]).toMatchObject({ method: 'GET', url: SETTINGS_ROUTES.view });
    expect(refused).toBe(false);
    calls[1]!.respond(view('enabled-on-another-device'));
    await expect(enable).rejects.toBeInstanceOf(ApiProblem);
    expect(shownSid()).toBe('enabled-on-another-device');
  });

  it("a read refused as a conflict (a newer version's state) is reported at once, not read again", async () => {
    const refresh = store.refresh();
    calls[0]!.respond({ Message: 'Saved by a newer version.' }, 409, { [REASON_HEADER]: 'newer-state' });
    await expect(refresh).rejects.toBeInstanceOf(ApiProblem);
    expect(calls).toHaveLength(1);
  });

  it('a page on the server sandbox, shared by other devices, reads it again while seen and draws only a change', async () => {
    // Only the poll's clock is faked: the answers still arrive as they do.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      store.backend = 'server';
      const first = store.refresh();
      calls[0]!.respond(view('before'));
      await first;
      const stop = store.watchOtherTabs();
      vi.advanceTimersByTime(3000);
      expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
        `GET ${SETTINGS_ROUTES.view}`,
        `GET ${SETTINGS_ROUTES.view}`,
      ]);
      // The same view again: nothing is drawn (a change event would redraw every widget).
      const drawn = changes;
      calls[1]!.respond(view('before'));
      // The next tick reads again once that read is done (a tick meanwhile is skipped).
      await expect
        .poll(() => {
          vi.advanceTimersByTime(3000);
          return calls.length;
        })
        .toBe(3);
      expect(changes).toBe(drawn);
      calls[2]!.respond(view('changed-on-another-device'));
      await expect.poll(shownSid).toBe('changed-on-another-device');
      expect(changes).toBe(drawn + 1);
      // Coming back to the page reads it at once.
      window.dispatchEvent(new Event('focus'));
      expect(calls).toHaveLength(4);
      calls[3]!.respond(view('changed-on-another-device'));
      stop();
      vi.advanceTimersByTime(6000);
      expect(calls).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a page on the server sandbox (no worker) listens to no notices', async () => {
    store.backend = 'server';
    const stop = store.watchOtherTabs();
    // A channel opened after the store's would hear a notice after it (delivery in creation order).
    const listener = new BroadcastChannel(SANDBOX_CHANGES_CHANNEL);
    const heard = new Promise((resolve) => listener.addEventListener('message', resolve, { once: true }));
    const notices = new BroadcastChannel(SANDBOX_CHANGES_CHANNEL);
    notices.postMessage({ revision: 8 });
    await heard;
    expect(calls).toHaveLength(0);
    stop();
    listener.close();
    notices.close();
  });
});
