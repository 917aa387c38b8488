/**
 * The page's one sandbox: every embed reads this store and redraws when it changes, so acting
 * in one widget updates the others at once. Other tabs signal changes through the `storage`
 * event of the state the service worker's handlers keep in localStorage.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  resetTokenRoute,
  SETTINGS_ROUTES,
  STORAGE_KEY,
  type AccessLevel,
  type ApiVersion,
  type SandboxBackend,
  type HttpMethod,
  type SandboxView,
} from '../contract/index.ts';

export type { SandboxView };

export class ApiProblem extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export class SandboxStore extends EventTarget {
  view: SandboxView | null = null;
  startError: string | null = null;
  backend: SandboxBackend = 'worker';
  private inflight: Promise<void> | null = null;
  private refreshAgain = false;
  /** Responses are applied in the order their requests were sent, never older over newer. */
  private sent = 0;
  private applied = 0;

  get ready(): boolean {
    return this.view !== null;
  }

  private set(view: SandboxView): void {
    this.view = view;
    this.dispatchEvent(new Event('change'));
  }

  fail(message: string): void {
    this.startError = message;
    this.dispatchEvent(new Event('change'));
  }

  private async call(method: HttpMethod, url: string, body?: unknown): Promise<SandboxView> {
    const sequence = ++this.sent;
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
      throw new ApiProblem(
        response.status,
        (payload && typeof payload.Message === 'string' && payload.Message) || `HTTP ${response.status}`,
      );
    }
    if (sequence > this.applied) {
      this.applied = sequence;
      this.set(payload as SandboxView);
    }
    return payload as SandboxView;
  }

  /**
   * Reloads the view. A refresh asked for while one is in flight runs again afterwards, since
   * the one in flight may have read the state before the change that prompted the new ask.
   */
  refresh(): Promise<void> {
    if (this.inflight) {
      this.refreshAgain = true;
      return this.inflight;
    }
    const run: Promise<void> = this.call('GET', SETTINGS_ROUTES.view)
      .then(() => undefined)
      .finally(() => {
        this.inflight = null;
        if (this.refreshAgain) {
          this.refreshAgain = false;
          void this.refresh().catch(() => undefined);
        }
      });
    this.inflight = run;
    return run;
  }

  enableLegacyTokens = () => this.call('POST', SETTINGS_ROUTES.legacyTokens);
  resetToken = (level: AccessLevel) => this.call('POST', resetTokenRoute(level));
  upgradeApiVersion = (version: ApiVersion) => this.call('PUT', SETTINGS_ROUTES.apiVersion, { version });
  resetSandbox = () => this.call('POST', SETTINGS_ROUTES.reset);
  dismissRecovery = () => this.call('DELETE', SETTINGS_ROUTES.recovery);

  /** Follows changes made in other tabs of this browser. */
  watchOtherTabs(): void {
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY || event.key === null) void this.refresh().catch(() => undefined);
    });
  }
}

export const sandboxStore = new SandboxStore();

/** Lets a Lit element redraw whenever the shared sandbox changes. */
export class SandboxController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  get view(): SandboxView | null {
    return sandboxStore.view;
  }

  hostConnected(): void {
    sandboxStore.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    sandboxStore.removeEventListener('change', this.onChange);
  }
}
