/**
 * What `<impact-sandbox>` changes in the shared sandbox, and the confirmation dialogs around
 * those changes (reset a token, upgrade the API version), with where focus goes afterwards: a
 * controller the element holds (impact-sandbox.ts adds the screens, navigation and the guide's
 * marks). The screens read and call it through SandboxScreenHost (screens/host.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuideAction } from '../../../contract/guided.ts';
import type { AccessLevel } from '../../../contract/index.ts';
import type { SandboxMessages } from '../../../i18n/sandbox.ts';
import type { StoreController } from '../../store-context.ts';
import { sandboxDigest } from '../../support/untouched.ts';
import type { PendingAction, SandboxChangesView } from './screens/host.ts';

export type Notice = { text: string; error?: boolean; showCredentials?: boolean };

/** What the changes need from their element. */
export interface ChangesElement extends ReactiveControllerHost {
  readonly sandboxLabels: SandboxMessages;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ChangesOptions {
  /** The element's hold on the page's store. */
  sandbox: StoreController;
  /** Tells the page what the reader did (an `impact-sandbox-action` event). */
  report(action: GuideAction): void;
  /** Focus is nowhere useful (SandboxWidget.focusIsLost). */
  focusIsLost(): boolean;
}

export class SandboxChanges implements ReactiveController, SandboxChangesView {
  pending: PendingAction | null = null;
  revealed: ReadonlySet<string> = new Set();
  copyMessage = '';
  busy = false;
  private choice: number | null = null;
  private said: Notice | null = null;
  /** The sandbox the notice was said about: it lasts until the next change (here or elsewhere). */
  private noticeFor = '';
  private returnFocusTo: HTMLElement | null = null;
  private readonly host: ChangesElement;
  private readonly options: ChangesOptions;

  constructor(host: ChangesElement, options: ChangesOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The newer version chosen in the drop-down, not yet confirmed. */
  get versionChoice(): number | null {
    return this.choice;
  }

  set versionChoice(version: number | null) {
    this.choice = version;
    this.host.requestUpdate();
  }

  /** What the last change did (or why it failed), until the sandbox changes again. */
  get notice(): Notice | null {
    return this.said;
  }

  set notice(notice: Notice | null) {
    this.said = notice;
    const view = this.options.sandbox.view;
    this.noticeFor = view ? sandboxDigest(view) : '';
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const view = this.options.sandbox.view;
    if (view && this.said && sandboxDigest(view) !== this.noticeFor) this.said = null;
  }

  /** A new sandbox starts over: no notice, every token masked, no version chosen, no dialog. */
  startOver(): void {
    const interrupted = this.pending !== null;
    this.said = null;
    this.revealed = new Set();
    this.choice = null;
    if (this.pending) this.closeDialog();
    // A confirmation left open (a reset in another tab, a scenario loaded) changed nothing: say so, not just vanish.
    if (interrupted) this.notice = { text: this.host.sandboxLabels.startedOverElsewhere };
  }

  levelLabel(level: AccessLevel): string {
    return level === 'readWrite' ? this.host.sandboxLabels.readWrite : this.host.sandboxLabels.readOnly;
  }

  private focusInside(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private set(change: Partial<Pick<SandboxChanges, 'pending' | 'revealed' | 'copyMessage' | 'busy'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  /** Runs a change; on success shows `success` and reports `action`. */
  private async act(work: () => Promise<unknown>, success: Notice, action: GuideAction): Promise<void> {
    this.set({ busy: true });
    try {
      await work();
      this.notice = success;
      this.options.report(action);
    } catch (error) {
      this.notice = {
        text: `${this.host.sandboxLabels.requestFailed}${error instanceof Error ? error.message : String(error)}`,
        error: true,
      };
    } finally {
      this.set({ busy: false });
    }
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  private get store() {
    const store = this.options.sandbox.store;
    if (!store) throw new Error('<impact-sandbox> has no sandbox store');
    return store;
  }

  openDialog(action: PendingAction, invoker: HTMLElement | null): void {
    this.returnFocusTo = invoker;
    this.set({ pending: action });
    void this.host.updateComplete.then(() => this.dialog?.showModal());
  }

  closeDialog(): void {
    this.dialog?.close();
  }

  /** Runs on every close (confirm, cancel, Escape): clears the action and returns focus if it was lost. */
  onDialogClose(): void {
    this.set({ pending: null });
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    void this.host.updateComplete.then(() => {
      // The close event is a queued task that a busy page may run after later keystrokes (input
      // goes first): by then the user may have moved on, and focus must stay where they are.
      if (!this.options.focusIsLost()) return;
      // The invoker may be gone or disabled now (the newest version has no upgrade button).
      if (target?.isConnected && !target.matches(':disabled')) target.focus();
      else this.focusInside('[data-screen-heading]');
    });
  }

  async confirmPending(): Promise<void> {
    const action = this.pending;
    if (!action) return;
    const t = this.host.sandboxLabels;
    // The dialog closes when the change is done, so focus returns to a settled screen.
    if (action.kind === 'reset') {
      await this.act(
        () => this.store.resetToken(action.level),
        { text: t.resetDone(this.levelLabel(action.level)), showCredentials: true },
        'reset-token',
      );
    } else {
      await this.act(
        () => this.store.upgradeApiVersion(action.to),
        { text: t.upgradeDone(action.to) },
        'change-version',
      );
      this.versionChoice = null;
    }
    this.closeDialog();
  }

  /** The button disappears for good; focus moves to the card that replaces it. */
  async enable(): Promise<void> {
    await this.act(() => this.store.enableLegacyTokens(), { text: '' }, 'enable-legacy-tokens');
    if (!this.notice?.error) this.notice = null;
    await this.host.updateComplete;
    // Only if the user is still here: the request may have taken long enough for them to move on.
    if (this.options.focusIsLost()) this.focusInside('#token-card-open');
  }

  askUpgrade(invoker: HTMLElement | null): void {
    const token = this.options.sandbox.view?.legacyToken;
    const target = token?.upgradeTargets.find((version) => version === this.versionChoice);
    if (token && target) this.openDialog({ kind: 'upgrade', from: token.apiVersion, to: target }, invoker);
  }

  async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      // labelled: the locale's own colon (zh's full-width ：).
      this.set({ copyMessage: this.host.sandboxLabels.labelled(this.host.sandboxLabels.copied, what) });
    } catch {
      this.set({ copyMessage: this.host.sandboxLabels.copyFailed });
    }
  }

  toggleReveal(token: string): void {
    const next = new Set(this.revealed);
    if (next.has(token)) next.delete(token);
    else next.add(token);
    this.set({ revealed: next });
  }
}
