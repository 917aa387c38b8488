import { html, nothing } from 'lit';
import type { AccessLevel } from '../../../contract/index.ts';
import { sandboxStore } from '../../client-store.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import { sandboxStyles } from './impact-sandbox.styles.ts';
import { renderApiPage } from './screens/api-page.ts';
import { renderDialog } from './screens/dialog.ts';
import { renderHome } from './screens/home.ts';
import type { Highlight, PendingAction, SandboxScreenHost, Screen, Tab } from './screens/host.ts';
import { renderSettings } from './screens/settings.ts';
import { renderTokenPage } from './screens/token-page.ts';
import { renderTopBar } from './screens/top-bar.ts';

type Notice = { text: string; error?: boolean; showCredentials?: boolean };

/**
 * @summary The simulated partner app: home, settings, the API page, the legacy token's overview
 * and credentials, with the confirmation dialogs.
 * @tag impact-sandbox
 *
 * Each embed keeps its own screen (where the learner is) but all embeds on a page share one
 * sandbox (what the account looks like): acting in one redraws the others.
 *
 * @attr {'home' | 'settings' | 'api' | 'overview' | 'credentials'} screen - The screen it opens on.
 * @attr {string} highlight - A control to outline: user-profile, settings, api, enable-legacy-tokens, token-card, more, overview, api-credentials or api-version.
 * @attr {'zh' | 'en'} locale - The language of its labels (anything else: en).
 * @csspart frame - The app's outer frame.
 * @csspart topbar - The dark bar at the top (brand, sandbox badge, user profile menu).
 * @csspart content - The area below the top bar that shows the current screen.
 * @csspart token-card - The legacy token's card on the API page.
 * @csspart tabs - The tab list of the token page (Overview, API Credentials).
 * @csspart notice - The line that reports what a change did (or why it failed).
 * @csspart dialog - The confirmation dialog (reset a token, upgrade the API version).
 * @csspart menu-button - The buttons that open a menu (user profile, More).
 * @csspart menu - Their menus.
 * @csspart menu-item - Their menu items.
 * @cssprop [--impact-color-accent=#1a56db] - Links, primary buttons, the selected tab, focus rings.
 * @cssprop [--impact-color-on-accent=#fff] - Text on primary buttons.
 * @cssprop [--impact-color-accent-surface=#e8f0fe] - A pressed toggle, a hovered menu item.
 * @cssprop [--impact-color-text=#1d2433] - Text.
 * @cssprop [--impact-color-text-muted=#4b5565] - Secondary text, unselected tabs, disabled buttons.
 * @cssprop [--impact-color-surface=#fff] - The frame, menus, dialogs, secondary buttons.
 * @cssprop [--impact-color-border=#c9ced8] - Borders of the frame, cards and controls.
 * @cssprop [--impact-color-border-subtle=#eef0f4] - Row dividers, disabled buttons' background.
 * @cssprop [--impact-color-danger=#b42318] - The reset button, failed notices.
 * @cssprop [--impact-color-danger-surface=#fef3f2] - Background of a failed notice.
 * @cssprop [--impact-color-success=#0e7c3a] - The edge of a notice.
 * @cssprop [--impact-color-success-surface=#ecfdf3] - Background of a notice.
 * @cssprop [--impact-color-highlight=#f59e0b] - The outline of a highlighted control.
 * @cssprop [--impact-color-highlight-pulse=#fcd34d] - The colour that outline pulses to.
 * @cssprop [--impact-color-brand=#14213d] - The top bar.
 * @cssprop [--impact-color-on-brand=#fff] - Text on the top bar.
 * @cssprop [--impact-color-badge=#fcd34d] - The sandbox badge.
 * @cssprop [--impact-font-sans=system-ui, …] - Text.
 * @cssprop [--impact-font-mono=ui-monospace, …] - Credentials.
 * @cssprop [--impact-radius-small=4px] - Notices.
 * @cssprop [--impact-radius-medium=6px] - Buttons.
 * @cssprop [--impact-radius-large=8px] - The token card, menus.
 * @cssprop [--impact-radius-x-large=10px] - The frame, dialogs.
 * @cssprop [--impact-space-x-small=0.25em] - The smallest gaps.
 * @cssprop [--impact-space-small=0.5em] - Gaps between buttons, rows.
 * @cssprop [--impact-space-medium=0.75em] - Padding of the top bar and the screen.
 * @cssprop [--impact-space-large=1em] - Padding of the screen, gaps in the overview.
 */
export class ImpactSandbox extends SandboxWidget implements SandboxScreenHost {
  // The members marked @internal are public only for the screens (screens/*.ts), which draw from
  // them through SandboxScreenHost; they are not part of the element's API.

  static override properties = {
    screen: { reflect: true },
    highlight: {},
    tab: { state: true },
    pending: { state: true },
    notice: { state: true },
    revealed: { state: true },
    versionChoice: { state: true },
    copyMessage: { state: true },
    busy: { state: true },
  };

  /** The screen shown; `overview` and `credentials` open the token page on that tab. */
  declare screen: Screen | Tab;
  /** The control outlined for the guide's current step (see `HIGHLIGHTS`). */
  declare highlight: string;
  /** @internal */
  declare tab: Tab;
  /** @internal */
  declare pending: PendingAction | null;
  declare private notice: Notice | null;
  /** @internal */
  declare revealed: ReadonlySet<string>;
  /** @internal */
  declare versionChoice: number | null;
  /** @internal */
  declare copyMessage: string;
  /** @internal */
  declare busy: boolean;

  private returnFocusTo: HTMLElement | null = null;

  constructor() {
    super();
    this.screen = 'home';
    this.highlight = '';
    this.tab = 'overview';
    this.pending = null;
    this.notice = null;
    this.revealed = new Set();
    this.versionChoice = null;
    this.copyMessage = '';
    this.busy = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // The `screen` attribute may name a token tab directly; keep screen and tab separate inside.
    if (changed.has('screen') && (this.screen === 'overview' || this.screen === 'credentials')) {
      this.tab = this.screen;
      this.screen = 'token';
    }
  }

  /** @internal */
  mark(id: Highlight): string {
    return this.highlight === id ? 'highlighted' : '';
  }

  /** @internal */
  levelLabel(level: AccessLevel): string {
    return level === 'readWrite' ? this.t.readWrite : this.t.readOnly;
  }

  private focusInside(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** @internal */
  go(screen: Screen, tab?: Tab): void {
    this.screen = screen;
    if (tab) this.tab = tab;
    this.notice = null;
    void this.updateComplete.then(() => this.focusInside('[data-screen-heading]'));
  }

  /** @internal */
  selectTab(tab: Tab, focus: boolean): void {
    this.tab = tab;
    if (focus) void this.updateComplete.then(() => this.focusInside(`#tab-${tab}`));
  }

  private async act(work: () => Promise<unknown>, success: Notice): Promise<void> {
    this.busy = true;
    try {
      await work();
      this.notice = success;
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
      await this.act(() => sandboxStore.resetToken(action.level), {
        text: this.t.resetDone(this.levelLabel(action.level)),
        showCredentials: true,
      });
    } else {
      await this.act(() => sandboxStore.upgradeApiVersion(action.to), { text: this.t.upgradeDone(action.to) });
      this.versionChoice = null;
    }
    this.closeDialog();
  }

  /** @internal The button disappears for good; focus moves to the card that replaces it. */
  async enable(): Promise<void> {
    await this.act(() => sandboxStore.enableLegacyTokens(), { text: '' });
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

  private renderNotice(screen: Screen) {
    const notice = this.notice;
    const showCredentials = !notice?.showCredentials
      ? null
      : screen !== 'token'
        ? () => this.go('token', 'credentials')
        : this.tab !== 'credentials'
          ? () => (this.tab = 'credentials')
          : null;
    return html`<div class=${notice?.text ? `notice ${notice.error ? 'error' : ''}` : ''} part="notice" role="status">
      ${notice?.text ?? ''}
      ${showCredentials ? html`<button type="button" class="linkish" @click=${showCredentials}>${this.t.showCredentials}</button>` : nothing}
    </div>`;
  }

  override render() {
    const view = this.sandbox.view;
    if (!view) {
      return html`<div class="frame" part="frame">${this.renderWaiting()}</div>`;
    }
    // willUpdate has turned a tab name into the token page; the page needs legacy tokens enabled.
    const asked: Screen = this.screen === 'overview' || this.screen === 'credentials' ? 'token' : this.screen;
    const screen = asked === 'token' && !view.account.legacyTokensEnabled ? 'api' : asked;
    return html`
      <div class="frame" part="frame" role="group" aria-label=${this.t.appName} data-ready>
        ${renderTopBar(this)}
        <div class="content" part="content">
          ${
            screen === 'home'
              ? renderHome(this)
              : screen === 'settings'
                ? renderSettings(this)
                : screen === 'api'
                  ? renderApiPage(this, view)
                  : renderTokenPage(this, view)
          }
          ${this.renderNotice(screen)}
        </div>
        ${renderDialog(this)}
      </div>
    `;
  }

  static override styles = [...widgetStyles, ...sandboxStyles];
}

customElements.define('impact-sandbox', ImpactSandbox);

declare global {
  interface HTMLElementTagNameMap {
    'impact-sandbox': ImpactSandbox;
  }
}
