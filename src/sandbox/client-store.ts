/**
 * The page's one store: the sandbox every embed shows, and every other piece of the widgets'
 * state that lives as long as the page (the labels, the reader's guide progress, the server copy
 * for curl, the console's tools once loaded). It is made once where the page starts
 * (src/sandbox/page-store.ts) and reaches the widgets through @lit/context
 * (src/sandbox/store-context.ts); each part announces its changes as the store's `change`
 * event, so a widget watches one thing. The site's service worker, which keeps the sandbox's
 * state, announces every saved change (its own tab's included) on a BroadcastChannel.
 */
import {
  REASON_HEADER,
  REVISION_HEADER,
  resetTokenRoute,
  SANDBOX_CHANGES_CHANNEL,
  SETTINGS_ROUTES,
  SUPPORT_ROUTES,
  type AccessLevel,
  type ApiVersion,
  type SandboxBackend,
  type HttpMethod,
  type LogEntry,
  type SandboxView,
  DEFAULT_LOCALE,
  type Locale,
  type ScenarioName,
} from '../contract/index.ts';
import type { SandboxMessages } from '../i18n/sandbox.ts';
import { ApiProblem } from './api-problem.ts';
import { DrawQueue } from './draw-queue.ts';
import { GuideProgress } from './guided/progress.ts';
import { noteLayout } from './layout-hint.ts';
import { WidgetLabels } from './messages.ts';
import { ConsoleToolsLoader } from './support/load-console-tools.ts';
import { ServerCopy } from './support/server-copy.ts';

export type { SandboxView };
export { ApiProblem };

/** What changed: the sandbox's view (or its start failing), or one of the parts kept beside it. */
export type StorePart = 'view' | 'progress' | 'server-copy' | 'console-tools';

/** The store's one change event; `part` says what changed (the server copy follows only the view). */
export class StoreChangeEvent extends Event {
  readonly part: StorePart;
  constructor(part: StorePart) {
    super('change');
    this.part = part;
  }
}

/** The worker's own refusals (mocks/state-keeper.ts), said in the page's language: why, and what to do. */
const LOCAL_WORDING: Record<string, keyof SandboxMessages> = {
  'storage-full': 'storageFull',
  'newer-state': 'newerState',
};

/** How often a page on the server's shared sandbox reads it again while seen: a presenter's change shows on a learner's phone within this. */
const SERVER_POLL_MS = 3000;

export class SandboxStore extends EventTarget {
  view: SandboxView | null = null;
  startError: string | null = null;
  backend: SandboxBackend = 'worker';
  /** The page's language, for the messages the page words itself. */
  locale: Locale = DEFAULT_LOCALE;
  /** The widgets' labels, per locale, as they arrive. */
  readonly labels = new WidgetLabels();
  /** The reader's progress through the guide's steps on this sandbox. */
  readonly progress = new GuideProgress(this);
  /** The copy of this sandbox on `npm start`'s server, for the curl command. */
  readonly serverCopy = new ServerCopy(this);
  /** The console's support tools (scenarios, share links), a chunk of their own. */
  readonly consoleTools = new ConsoleToolsLoader(this);
  /** The large widgets out of view draw after those in view (draw-queue.ts). */
  readonly drawQueue = new DrawQueue();
  private inflight: Promise<void> | null = null;
  private again: Promise<void> | null = null;
  /** Responses are applied in the order their requests were sent, never older over newer. */
  private sent = 0;
  private applied = 0;
  /** The worker's revision of the view shown (REVISION_HEADER), and the calls not answered yet. */
  private revision: number | null = null;
  private readonly pending = new Set<Promise<unknown>>();
  private polling = false;

  get ready(): boolean {
    return this.view !== null;
  }

  /** Tells every watcher that a part of the store has changed. */
  notify(part: StorePart): void {
    this.dispatchEvent(new StoreChangeEvent(part));
  }

  private set(view: SandboxView): void {
    this.view = view;
    noteLayout(view);
    this.notify('view');
  }

  fail(message: string): void {
    this.startError = message;
    this.notify('view');
  }

  /** A JSON request to the settings API; anything but a 2xx is an ApiProblem with the API's message. */
  async request<T>(method: HttpMethod, url: string, body?: unknown): Promise<T> {
    return (await this.send<T>(method, url, body)).payload;
  }

  private async send<T>(
    method: HttpMethod,
    url: string,
    body?: unknown,
  ): Promise<{ payload: T; revision: number | null }> {
    const response = await fetch(url, {
      method,
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await response.json().catch(() => null);
    if (!response.ok) {
      const reason = response.headers.get(REASON_HEADER);
      const wording = reason && LOCAL_WORDING[reason];
      const local = wording ? this.labels.get(this.locale)?.sandbox[wording] : undefined;
      throw new ApiProblem(
        response.status,
        (typeof local === 'string' && local) ||
          (payload && typeof payload.Message === 'string' && payload.Message) ||
          `HTTP ${response.status}`,
        reason,
      );
    }
    const revision = response.headers.get(REVISION_HEADER);
    return { payload: payload as T, revision: revision === null ? null : Number(revision) };
  }

  private call(method: HttpMethod, url: string, body?: unknown): Promise<SandboxView> {
    const sequence = ++this.sent;
    const applied = this.send<SandboxView>(method, url, body).then(
      ({ payload, revision }) => {
        if (sequence > this.applied) {
          this.applied = sequence;
          this.revision = revision;
          this.set(payload);
        }
        return payload;
      },
      async (error: unknown) => {
        // A change refused as a conflict ("already enabled": another tab or device got there first):
        // the state is read first, so the refusal is shown beside the screen it speaks of. Not a
        // read (a read refused is no change, and reading again would refuse again: a newer state).
        const conflict = method !== 'GET' && error instanceof ApiProblem && error.status === 409;
        if (conflict && error.reason !== 'newer-state') await this.refresh().catch(() => undefined);
        throw error;
      },
    );
    // Pending until its answer is applied (or failed): a change notice waits for that (catchUp).
    this.pending.add(applied);
    const settled = () => this.pending.delete(applied);
    applied.then(settled, settled);
    return applied;
  }

  /**
   * Reads the view again for a change made elsewhere, drawing only if it differs: skipped while a
   * read or a change is on its way, whose answer will be as new.
   */
  private async pollView(): Promise<void> {
    if (this.inflight || this.polling || this.pending.size > 0) return;
    const sequence = ++this.sent;
    this.polling = true;
    try {
      const { payload } = await this.send<SandboxView>('GET', SETTINGS_ROUTES.view);
      if (sequence <= this.applied) return;
      this.applied = sequence;
      if (JSON.stringify(payload) !== JSON.stringify(this.view)) this.set(payload);
    } finally {
      this.polling = false;
    }
  }

  /** A change that replaces the whole sandbox: widgets holding copies of its values start over. */
  private async replace(method: HttpMethod, url: string, body?: unknown): Promise<SandboxView> {
    const view = await this.call(method, url, body);
    this.dispatchEvent(new Event('replaced'));
    return view;
  }

  /**
   * Reloads the view. A refresh asked for while one is in flight runs again afterwards (once,
   * however often it is asked), since the one in flight may have read the state before the
   * change that prompted the ask; the asker's promise settles when that second read is applied.
   */
  refresh(): Promise<void> {
    if (this.inflight) {
      this.again ??= this.inflight
        .catch(() => undefined)
        .then(() => {
          this.again = null;
          return this.refresh();
        });
      return this.again;
    }
    const run: Promise<void> = this.call('GET', SETTINGS_ROUTES.view)
      .then(() => undefined)
      .finally(() => {
        this.inflight = null;
      });
    this.inflight = run;
    return run;
  }

  enableLegacyTokens = () => this.call('POST', SETTINGS_ROUTES.legacyTokens);
  resetToken = (level: AccessLevel) => this.call('POST', resetTokenRoute(level));
  upgradeApiVersion = (version: ApiVersion) => this.call('PUT', SETTINGS_ROUTES.apiVersion, { version });
  resetSandbox = () => this.replace('POST', SETTINGS_ROUTES.reset);
  dismissRecovery = () => this.call('DELETE', SETTINGS_ROUTES.recovery);
  loadScenario = (name: ScenarioName) => this.replace('POST', SUPPORT_ROUTES.scenario, { name });
  /** Loads the compact state a share link carries (validated by the backend: 400 changes nothing). */
  loadShared = (shared: unknown) => this.replace('PUT', SUPPORT_ROUTES.share, shared);
  /** The state a share link carries; `logEntries` asks for fewer log entries (a shorter link). */
  readShared = (logEntries?: number) =>
    this.request<unknown>(
      'GET',
      logEntries === undefined ? SUPPORT_ROUTES.share : `${SUPPORT_ROUTES.share}?logEntries=${logEntries}`,
    );
  readSnapshot = () => this.request<unknown>('GET', SETTINGS_ROUTES.snapshot);
  readLog = async () => (await this.request<{ entries: LogEntry[] }>('GET', SUPPORT_ROUTES.log)).entries;
  clearLog = async () => {
    await this.request('DELETE', SUPPORT_ROUTES.log);
    await this.refresh();
  };

  /**
   * Follows changes made in other tabs of this browser (the worker's notices) or, on the server's
   * sandbox, which other devices on the network share and which sends no notices, by reading it
   * again every few seconds while the page is seen, and when it is seen again.
   */
  watchOtherTabs(): () => void {
    if (this.backend === 'server') return this.pollServer();
    if (typeof BroadcastChannel === 'undefined') return () => undefined;
    const notices = new BroadcastChannel(SANDBOX_CHANGES_CHANNEL);
    notices.addEventListener('message', (event: MessageEvent<{ revision?: unknown }>) => {
      void this.catchUp(event.data?.revision).catch(() => undefined);
    });
    return () => notices.close();
  }

  private pollServer(): () => void {
    const seen = () => document.visibilityState === 'visible';
    const poll = () => {
      if (seen()) void this.pollView().catch(() => undefined);
    };
    const timer = setInterval(poll, SERVER_POLL_MS);
    document.addEventListener('visibilitychange', poll);
    window.addEventListener('focus', poll);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', poll);
      window.removeEventListener('focus', poll);
    };
  }

  /**
   * A change notice: the view is read again unless the one shown already is that revision. The
   * worker posts it before it answers, so this tab's own change (and a new reader's first read,
   * which saves the fresh sandbox) is often noticed before its answer is in: the calls in flight
   * are awaited first, and then, being that revision, need no second read (nor a second drawing).
   */
  private async catchUp(revision: unknown): Promise<void> {
    const shown = () => typeof revision === 'number' && revision === this.revision;
    if (shown()) return;
    await Promise.allSettled([...this.pending]);
    if (!shown()) await this.refresh();
  }
}
