/**
 * What `<impact-sandbox>` changes in the shared sandbox, and the confirmation dialogs around
 * those changes (reset a token, upgrade the API version), with where focus goes afterwards.
 * The element itself (impact-sandbox.ts) adds the screens, navigation and the guide's marks.
 */
import type { GuideAction } from '../../../contract/guided.ts';
import type { AccessLevel } from '../../../contract/index.ts';
import { sandboxDigest } from '../../support/untouched.ts';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { SandboxWidget } from '../shared/sandbox-widget.ts';
import type { PendingAction } from './screens/host.ts';

export type Notice = { text: string; error?: boolean; showCredentials?: boolean };

export abstract class SandboxChanges extends SandboxWidget {
  // The members marked @internal are public only for the screens (screens/*.ts), which draw from
  // them through SandboxScreenHost; they are not part of the element's API.

  static override properties: PropertyDeclarations = {
    pending: { state: true },
    notice: { state: true },
    revealed: { state: true },
    versionChoice: { state: true },
    copyMessage: { state: true },
    busy: { state: true },
  };

  /** @internal */
  declare pending: PendingAction | null;
  declare protected notice: Notice | null;
  /** @internal */
  declare revealed: ReadonlySet<string>;
  /** @internal */
  declare versionChoice: number | null;
  /** @internal */
  declare copyMessage: string;
  /** @internal */
  declare busy: boolean;

  private returnFocusTo: HTMLElement | null = null;
  /** The sandbox the notice was said about: it lasts until the next change (here or elsewhere). */
  private noticeFor = '';

  constructor() {
    super();
    this.pending = null;
    this.notice = null;
    this.revealed = new Set();
    this.versionChoice = null;
    this.copyMessage = '';
    this.busy = false;
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.sandbox.view;
    if (!view) return;
    if (changed.has('notice')) this.noticeFor = sandboxDigest(view);
    else if (this.notice && sandboxDigest(view) !== this.noticeFor) this.notice = null;
  }

  /** Tells the page what the reader did (an `impact-sandbox-action` event). */
  abstract report(action: GuideAction): void;

  /** @internal */
  levelLabel(level: AccessLevel): string {
    return level === 'readWrite' ? this.t.readWrite : this.t.readOnly;
  }

  protected focusInside(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Runs a change; on success shows `success` and reports `action`. */
  protected async act(work: () => Promise<unknown>, success: Notice, action: GuideAction): Promise<void> {
    this.busy = true;
    try {
      await work();
      this.notice = success;
      this.report(action);
    } catch (error) {
      this.notice = {
        text: `${this.t.requestFailed}${error instanceof Error ? error.message : String(error)}`,
        error: true,
      };
    } finally {
      this.busy = false;
    }
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** @internal */
  openDialog(action: PendingAction, invoker: HTMLElement | null): void {
    this.returnFocusTo = invoker;
    this.pending = action;
    void this.updateComplete.then(() => this.dialog?.showModal());
  }

  /** @internal */
  closeDialog(): void {
    this.dialog?.close();
  }

  /** @internal Runs on every close (confirm, cancel, Escape): clears the action and returns focus if it was lost. */
  onDialogClose(): void {
    this.pending = null;
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    void this.updateComplete.then(() => {
      // The close event is a queued task that a busy page may run after later keystrokes (input
      // goes first): by then the user may have moved on, and focus must stay where they are.
      if (!this.focusIsLost()) return;
      // The invoker may be gone or disabled now (the newest version has no upgrade button).
      if (target?.isConnected && !target.matches(':disabled')) target.focus();
      else this.focusInside('[data-screen-heading]');
    });
  }

  /** @internal */
  async confirmPending(): Promise<void> {
    const action = this.pending;
    if (!action) return;
    // The dialog closes when the change is done, so focus returns to a settled screen.
    if (action.kind === 'reset') {
      await this.act(
        () => this.store.resetToken(action.level),
        { text: this.t.resetDone(this.levelLabel(action.level)), showCredentials: true },
        'reset-token',
      );
    } else {
      await this.act(
        () => this.store.upgradeApiVersion(action.to),
        { text: this.t.upgradeDone(action.to) },
        'change-version',
      );
      this.versionChoice = null;
    }
    this.closeDialog();
  }

  /** @internal The button disappears for good; focus moves to the card that replaces it. */
  async enable(): Promise<void> {
    await this.act(() => this.store.enableLegacyTokens(), { text: '' }, 'enable-legacy-tokens');
    if (!this.notice?.error) this.notice = null;
    await this.updateComplete;
    // Only if the user is still here: the request may have taken long enough for them to move on.
    if (this.focusIsLost()) this.focusInside('#token-card-open');
  }

  /** @internal */
  askUpgrade(invoker: HTMLElement | null): void {
    const token = this.sandbox.view?.legacyToken;
    const target = token?.upgradeTargets.find((version) => version === this.versionChoice);
    if (token && target) this.openDialog({ kind: 'upgrade', from: token.apiVersion, to: target }, invoker);
  }

  /** @internal */
  async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyMessage = `${this.t.copied}: ${what}`;
    } catch {
      this.copyMessage = this.t.copyFailed;
    }
  }

  /** @internal */
  toggleReveal(token: string): void {
    const next = new Set(this.revealed);
    if (next.has(token)) next.delete(token);
    else next.add(token);
    this.revealed = next;
  }
}
