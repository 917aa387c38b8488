import { html, nothing, type PropertyValues } from 'lit';
import type { GuideAction } from '../../../contract/guided.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import { SandboxChanges } from './changes.ts';
import { sandboxStyles } from './impact-sandbox.styles.ts';
import { renderApiPage } from './screens/api-page.ts';
import { renderDialog } from './screens/dialog.ts';
import { renderHome } from './screens/home.ts';
import type { Highlight, SandboxScreenHost, Screen, Tab } from './screens/host.ts';
import { renderSettings } from './screens/settings.ts';
import { renderTokenPage } from './screens/token-page.ts';
import { renderTopBar } from './screens/top-bar.ts';
import { InViewController } from './in-view.ts';
import { SandboxActionEvent } from './sandbox-action-event.ts';

/** Screens drawn from nothing in the sandbox: they show, and work, before it has loaded. */
const WITHOUT_SANDBOX: ReadonlySet<string> = new Set(['home', 'settings']);

/**
 * @summary The simulated partner app: home, settings, the API page, the legacy token's overview
 * and credentials, with the confirmation dialogs.
 * @tag impact-sandbox
 *
 * Each embed keeps its own screen (where the learner is) but all embeds on a page share one
 * sandbox (what the account looks like): acting in one redraws the others. The control named by
 * `highlight` is marked "here" (a tinted background and a dot, never a ring that could pass for
 * focus) until it is used or the reader navigates; `showMe()` brings the mark back.
 *
 * @attr {'home' | 'settings' | 'api' | 'overview' | 'credentials'} screen - The screen it opens on (and `showMe()` returns to).
 * @attr {string} highlight - A control to mark: user-profile, settings, api, enable-legacy-tokens, token-card, more, overview, api-credentials or api-version.
 * @attr locale - The language of its labels: a locale of the site (anything else: the default locale).
 * @fires {SandboxActionEvent} impact-sandbox-action - The reader did something a guide step can ask for; `event.detail.action` names it (src/contract/guided.ts).
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
 * @cssprop [--impact-color-highlight=#d97706] - The dot on the control marked "here".
 * @cssprop [--impact-color-highlight-surface=#fef3c7] - The tint behind the control marked "here".
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
export class ImpactSandbox extends SandboxWidget {
  protected static override drawsWhenNear = true;

  static override properties = {
    screen: { reflect: true },
    highlight: {},
    tab: { state: true },
    pointing: { state: true },
  };

  /** The screen shown; `overview` and `credentials` open the token page on that tab. */
  declare screen: Screen | Tab;
  /** The control marked for the guide's step (see `HIGHLIGHTS`). */
  declare highlight: string;
  /** The control marked now: `highlight` until it is used or the reader navigates. */
  declare pointing: string;
  declare private tab: Tab;

  /** The changes the screens start, and their dialogs. */
  private readonly changes = new SandboxChanges(this, {
    sandbox: this.sandbox,
    report: (action) => this.report(action),
    focusIsLost: () => this.focusIsLost(),
  });

  /** What the screens (screens/*.ts) read and call: this, never the element. */
  private readonly screens: SandboxScreenHost = this.screenHost();

  /** The `screen` the embed opened on (the attribute follows the reader from then on). */
  private startScreen: Screen | Tab | null = null;
  /** The Account SID last drawn: another one is another sandbox (reset, scenario, share link). */
  private drawnSid: string | null = null;
  /** What the reader did before the sandbox loaded: the guide hears it once it has (progress is kept per sandbox). */
  private actionsBeforeLoad: GuideAction[] = [];

  constructor() {
    super();
    this.screen = 'home';
    this.highlight = '';
    this.tab = 'overview';
    this.pointing = '';
    // Whether the reader can see the app: its "here" mark pulses only then.
    new InViewController(this);
  }

  private screenHost(): SandboxScreenHost {
    const element = this;
    const changes = this.changes;
    return {
      get sandboxLabels() {
        return element.sandboxLabels;
      },
      get locale() {
        return element.locale;
      },
      get tab() {
        return element.tab;
      },
      mark: (id) => this.mark(id),
      report: (action) => this.report(action),
      go: (screen, tab) => this.go(screen, tab),
      selectTab: (tab, focus) => this.selectTab(tab, focus),
      get busy() {
        return changes.busy;
      },
      get pending() {
        return changes.pending;
      },
      get versionChoice() {
        return changes.versionChoice;
      },
      set versionChoice(version) {
        changes.versionChoice = version;
      },
      get revealed() {
        return changes.revealed;
      },
      get copyMessage() {
        return changes.copyMessage;
      },
      levelLabel: (level) => changes.levelLabel(level),
      enable: () => changes.enable(),
      openDialog: (action, invoker) => changes.openDialog(action, invoker),
      askUpgrade: (invoker) => changes.askUpgrade(invoker),
      toggleReveal: (token) => changes.toggleReveal(token),
      copy: (text, what) => changes.copy(text, what),
      closeDialog: () => changes.closeDialog(),
      confirmPending: () => changes.confirmPending(),
      onDialogClose: () => changes.onDialogClose(),
    };
  }

  private focusInside(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The screen shown needs no sandbox (the first step's), or the sandbox is here. */
  private get canDraw(): boolean {
    return this.sandbox.view !== null || (WITHOUT_SANDBOX.has(this.screen) && !this.sandbox.store?.startError);
  }

  protected override get drawn(): boolean {
    return this.canDraw;
  }

  override willUpdate(changed: PropertyValues): void {
    this.startScreen ??= this.screen;
    const sid = this.sandbox.view?.account.sid ?? null;
    if (sid && this.actionsBeforeLoad.length > 0) {
      const actions = this.actionsBeforeLoad;
      this.actionsBeforeLoad = [];
      // After this update: the guide's progress reads the sandbox the actions belong to.
      void this.updateComplete.then(() => actions.forEach((action) => this.announce(action)));
    }
    // A new sandbox starts the reader over: the embed goes back to its step's first screen, marked.
    if (sid && this.drawnSid && sid !== this.drawnSid) this.backToStart();
    this.drawnSid = sid ?? this.drawnSid;
    if (changed.has('highlight')) this.pointing = this.highlight;
    // The `screen` attribute may name a token tab directly; keep screen and tab separate inside.
    if (changed.has('screen') && (this.screen === 'overview' || this.screen === 'credentials')) {
      this.tab = this.screen;
      this.screen = 'token';
    }
    super.willUpdate(changed);
  }

  private mark(id: Highlight): string {
    return this.pointing === id ? 'highlighted' : '';
  }

  /** Tells the page what the reader did; the control marked "here" has served. */
  private report(action: GuideAction): void {
    this.pointing = '';
    if (!this.sandbox.view) {
      this.actionsBeforeLoad.push(action);
      return;
    }
    this.announce(action);
  }

  private announce(action: GuideAction): void {
    // (Built first: the manifest analyzer reads `dispatchEvent(new X(name))` as an event called `name`.)
    const event = new SandboxActionEvent(action);
    this.dispatchEvent(event);
  }

  private backToStart(): void {
    const start = this.startScreen ?? 'home';
    this.screen = start === 'overview' || start === 'credentials' ? 'token' : start;
    if (start === 'overview' || start === 'credentials') this.tab = start;
    this.pointing = this.highlight;
    this.changes.startOver();
  }

  /**
   * Goes back to the screen the embed opened on, marks the `highlight` control again and puts
   * focus on it. Resolves to false when that control is not on the screen (legacy tokens not
   * enabled yet, say).
   */
  async showMe(): Promise<boolean> {
    const start = this.startScreen ?? 'home';
    this.changes.notice = null;
    if (start === 'overview' || start === 'credentials') {
      this.screen = 'token';
      this.tab = start;
    } else {
      this.screen = start;
    }
    this.pointing = this.highlight;
    await this.updateComplete;
    const marked = this.renderRoot.querySelector<HTMLElement>('.highlighted');
    const control = marked?.matches('button, select, impact-menu-button')
      ? marked
      : marked?.querySelector<HTMLElement>('button, select');
    control?.focus();
    return Boolean(control);
  }

  private go(screen: Screen, tab?: Tab): void {
    this.screen = screen;
    if (tab) this.tab = tab;
    this.changes.notice = null;
    this.pointing = '';
    void this.updateComplete.then(() => this.focusInside('[data-screen-heading]'));
  }

  private selectTab(tab: Tab, focus: boolean): void {
    this.tab = tab;
    this.pointing = '';
    if (tab === 'credentials') this.report('view-credentials');
    if (focus) void this.updateComplete.then(() => this.focusInside(`#tab-${tab}`));
  }

  private renderNotice(screen: Screen) {
    const notice = this.changes.notice;
    const showCredentials = !notice?.showCredentials
      ? null
      : screen !== 'token'
        ? () => {
            this.go('token', 'credentials');
            this.report('view-credentials');
          }
        : this.tab !== 'credentials'
          ? () => this.selectTab('credentials', false)
          : null;
    return html`<div class=${notice?.text ? `notice ${notice.error ? 'error' : ''}` : ''} part="notice" role="status">
      ${notice?.text ?? ''}
      ${showCredentials ? html`<button type="button" class="linkish" @click=${showCredentials}>${this.sandboxLabels.showCredentials}</button>` : nothing}
    </div>`;
  }

  override render() {
    const view = this.sandbox.view;
    if (!this.canDraw) {
      return html`<div class="frame" part="frame">${this.renderWaiting()}</div>`;
    }
    // willUpdate has turned a tab name into the token page; the page needs legacy tokens enabled.
    const asked: Screen = this.screen === 'overview' || this.screen === 'credentials' ? 'token' : this.screen;
    const screen = asked === 'token' && !view?.account.legacyTokensEnabled ? 'api' : asked;
    return html`
      <div class="frame" part="frame" role="group" aria-label=${this.sandboxLabels.appName} data-ready>
        ${renderTopBar(this.screens)}
        <div class="content" part="content">
          ${
            screen === 'home'
              ? renderHome(this.screens)
              : screen === 'settings'
                ? renderSettings(this.screens)
                : screen === 'api'
                  ? renderApiPage(this.screens, view!)
                  : renderTokenPage(this.screens, view!)
          }
          ${this.renderNotice(screen)}
        </div>
        ${renderDialog(this.screens)}
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
  interface HTMLElementEventMap {
    'impact-sandbox-action': SandboxActionEvent;
  }
}
