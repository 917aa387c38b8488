/**
 * `<impact-sandbox>`: the simulated partner app. Each embed keeps its own screen (where the
 * learner is) but all embeds share one sandbox state (what the account looks like).
 *
 * Attributes: `screen` = home | settings | api | overview | credentials (where it opens),
 * `highlight` = a control to point at (see HIGHLIGHTS), `locale` = zh | en.
 */
import { css, html, nothing } from 'lit';
import { SandboxWidget, widgetStyles } from './sandbox-widget.ts';
import { ACCESS_LEVELS, maskToken, resolveLocale, type AccessLevel, type ApiVersion } from '../../contract/index.ts';
import { sandboxStore } from '../client-store.ts';
import { copyIcon, eyeIcon, kebabIcon, personIcon } from './icons.ts';
import type { SandboxMenuButton } from './menu-button.ts';
import './menu-button.ts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';

type Screen = 'home' | 'settings' | 'api' | 'token';
type Tab = 'overview' | 'credentials';
type PendingAction = { kind: 'reset'; level: AccessLevel } | { kind: 'upgrade'; from: ApiVersion; to: ApiVersion };

export const HIGHLIGHTS = [
  'user-profile',
  'settings',
  'api',
  'enable-legacy-tokens',
  'token-card',
  'more',
  'overview',
  'api-credentials',
  'api-version',
] as const;

export class ImpactSandbox extends SandboxWidget {
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

  declare screen: Screen | 'overview' | 'credentials';
  declare highlight: string;
  declare tab: Tab;
  declare pending: PendingAction | null;
  declare notice: { text: string; error?: boolean; showCredentials?: boolean } | null;
  /** Revealed token *values*: a token that changes (a reset anywhere) starts masked again. */
  declare revealed: ReadonlySet<string>;
  declare versionChoice: number | null;
  declare copyMessage: string;
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

  private levelLabel(level: AccessLevel): string {
    return level === 'readWrite' ? this.t.readWrite : this.t.readOnly;
  }

  private mark(id: (typeof HIGHLIGHTS)[number]): string {
    return this.highlight === id ? 'highlighted' : '';
  }

  private go(screen: Screen, tab?: Tab): void {
    this.screen = screen;
    if (tab) this.tab = tab;
    this.notice = null;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
    });
  }

  private async act(work: () => Promise<unknown>, success: NonNullable<ImpactSandbox['notice']>): Promise<void> {
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

  private openDialog(action: PendingAction, invoker: HTMLElement | null): void {
    this.returnFocusTo = invoker;
    this.pending = action;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  /** Runs on every close (confirm, cancel, Escape): clears the action and returns focus if it was lost. */
  private onDialogClose(): void {
    this.pending = null;
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    void this.updateComplete.then(() => {
      // The close event is a queued task that a busy page may run after later keystrokes (input
      // goes first): by then the user may have moved on, and focus must stay where they are.
      if (!this.focusIsLost()) return;
      // The invoker may be gone or disabled now (the newest version has no upgrade button).
      const usable = target?.isConnected && !target.matches(':disabled');
      (usable ? target : this.renderRoot.querySelector<HTMLElement>('[data-screen-heading]'))?.focus();
    });
  }

  private async confirmPending(): Promise<void> {
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

  /** The button disappears for good; focus moves to the card that replaces it. */
  private async enable(): Promise<void> {
    await this.act(() => sandboxStore.enableLegacyTokens(), { text: '' });
    if (!this.notice?.error) this.notice = null;
    await this.updateComplete;
    // Only if the user is still here: the request may have taken long enough for them to move on.
    if (this.focusIsLost()) this.renderRoot.querySelector<HTMLElement>('#token-card-open')?.focus();
  }

  private onMoreSelect(event: CustomEvent<{ id: string }>): void {
    const level: AccessLevel = event.detail.id === 'reset-read-write' ? 'readWrite' : 'readOnly';
    this.openDialog({ kind: 'reset', level }, event.target as SandboxMenuButton);
  }

  /** Choosing in the drop-down only selects; the upgrade itself is a separate, confirmed step. */
  private onVersionChange(event: Event): void {
    this.versionChoice = Number((event.target as HTMLSelectElement).value);
  }

  private askUpgrade(event: Event): void {
    const current = this.sandbox.view?.legacyToken?.apiVersion;
    if (!current || !this.versionChoice || this.versionChoice <= current) return;
    this.openDialog(
      { kind: 'upgrade', from: current, to: this.versionChoice as ApiVersion },
      event.currentTarget as HTMLElement,
    );
  }

  private async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyMessage = `${this.t.copied}: ${what}`;
    } catch {
      this.copyMessage = this.t.copyFailed;
    }
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const order: Tab[] = ['overview', 'credentials'];
    const index = order.indexOf(this.tab);
    const next =
      event.key === 'ArrowRight'
        ? order[(index + 1) % order.length]
        : event.key === 'ArrowLeft'
          ? order[(index + order.length - 1) % order.length]
          : event.key === 'Home'
            ? order[0]
            : event.key === 'End'
              ? order[order.length - 1]
              : null;
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  // ---- screens -------------------------------------------------------------------------------

  private renderTopBar() {
    const t = this.t;
    return html`
      <header class="topbar">
        <button type="button" class="brand" @click=${() => this.go('home')}>impact.com</button>
        <span class="badge" title=${t.sandboxBadgeDetail}>${t.sandboxBadge}<span class="visually-hidden">: ${t.sandboxBadgeDetail}</span></span>
        <div class="topnav">
          <sbx-menu-button
            on-dark
            icon-only
            class=${this.mark('user-profile')}
            .label=${t.userProfile}
            .icon=${personIcon}
            .items=${[{ id: 'settings', label: t.settings }]}
            @menu-select=${() => this.go('settings')}
          ></sbx-menu-button>
        </div>
      </header>
    `;
  }

  private renderHome() {
    return html`
      <h2 tabindex="-1" data-screen-heading>${this.t.home}</h2>
      <p>${this.t.homeIntro}</p>
    `;
  }

  private renderSettings() {
    const t = this.t;
    return html`
      <h2 tabindex="-1" data-screen-heading>${t.settings}</h2>
      <div class="settings-nav">
        <section>
          <h3>${t.general}</h3>
          <ul>
            ${t.generalItems.map((item) => html`<li><span class="unavailable" title=${t.notInSandbox}>${item}</span></li>`)}
          </ul>
        </section>
        <section>
          <h3>${t.technical}</h3>
          <ul>
            <li><button type="button" class="linkish ${this.mark('api')}" @click=${() => this.go('api')}>${t.api}</button></li>
          </ul>
        </section>
      </div>
    `;
  }

  private renderApi() {
    const t = this.t;
    const view = this.sandbox.view;
    const enabled = view?.account.legacyTokensEnabled ?? false;
    return html`
      <p class="breadcrumb">
        <button type="button" class="linkish" @click=${() => this.go('settings')}>${t.settings}</button>
        <span aria-hidden="true">›</span> ${t.technical} <span aria-hidden="true">›</span> ${t.api}
      </p>
      <div class="page-head">
        <h2 tabindex="-1" data-screen-heading>${t.api}</h2>
        <div class="page-actions">
          <button type="button" class="btn secondary" aria-disabled="true" aria-describedby="create-note" @click=${(event: Event) => event.preventDefault()}>
            ${t.createAccessToken}
          </button>
          ${
            enabled
              ? nothing
              : html`<button
                type="button"
                class="btn ${this.mark('enable-legacy-tokens')}"
                ?disabled=${this.busy}
                @click=${this.enable}
              >
                ${t.enableLegacyTokens}
              </button>`
          }
        </div>
      </div>
      <p id="create-note" class="note">${t.createAccessTokenNote}</p>
      ${
        enabled && view?.legacyToken
          ? html`
            <article class="token-card ${this.mark('token-card')}" aria-labelledby="token-card-open">
              <div class="card-head">
                <h3>
                  <button type="button" id="token-card-open" class="card-open" aria-describedby="token-card-meta" @click=${() => this.go('token', 'overview')}>
                    ${t.legacyAccountTokens}
                  </button>
                </h3>
                <sbx-menu-button
                  icon-only
                  class=${this.mark('more')}
                  .label=${t.more}
                  .icon=${kebabIcon}
                  .items=${[
                    { id: 'reset-read-write', label: t.resetReadWrite },
                    { id: 'reset-read-only', label: t.resetReadOnly },
                  ]}
                  @menu-select=${this.onMoreSelect}
                ></sbx-menu-button>
              </div>
              <p id="token-card-meta" class="card-meta">
                ${t.createdDate}: ${formatDate(view.legacyToken.createdAt, resolveLocale(this.locale))} · ${t.apiVersion}: ${view.legacyToken.apiVersion} ·
                ${t.accessLevels}: ${t.readWrite}, ${t.readOnly}
              </p>
            </article>
          `
          : html`<p class="empty">${t.noTokensYet}</p>`
      }
    `;
  }

  private renderOverview() {
    const t = this.t;
    const token = this.sandbox.view?.legacyToken;
    if (!token) return nothing;
    const chosen = this.versionChoice && this.versionChoice > token.apiVersion ? this.versionChoice : null;
    return html`
      <dl class="facts">
        <dt>${t.tokenName}</dt>
        <dd>${t.legacyAccountTokens}</dd>
        <dt>${t.createdDate}</dt>
        <dd><time datetime=${token.createdAt}>${formatDate(token.createdAt, resolveLocale(this.locale))}</time></dd>
        <dt>${t.accessLevels}</dt>
        <dd>
          <ul class="plain">
            ${token.accessLevels.map(
              (entry) => html`<li>
                ${this.levelLabel(entry.level)} — ${t.lastReset}:
                ${entry.lastResetAt ? html`<time datetime=${entry.lastResetAt}>${formatDateTime(entry.lastResetAt, resolveLocale(this.locale))}</time>` : t.never}
              </li>`,
            )}
          </ul>
        </dd>
      </dl>
      <div class="field ${this.mark('api-version')}">
        <label for="api-version">${t.apiVersion}</label>
        <div class="version-row">
          <select id="api-version" aria-describedby="api-version-help" ?disabled=${this.busy || token.upgradeTargets.length === 0} @change=${this.onVersionChange}>
            ${token.availableVersions.map((entry) =>
              entry.version === token.apiVersion
                ? html`<option value=${entry.version} disabled ?selected=${!chosen}>${t.versionOption(entry.version, entry.released, true)}</option>`
                : html`<option value=${entry.version} ?selected=${chosen === entry.version}>${t.versionOption(entry.version, entry.released, false)}</option>`,
            )}
          </select>
          ${
            token.upgradeTargets.length
              ? html`<button type="button" class="btn" ?disabled=${this.busy || !chosen} @click=${this.askUpgrade}>${t.upgradeApiVersion}</button>`
              : nothing
          }
        </div>
        <p id="api-version-help" class="note">${token.upgradeTargets.length ? t.apiVersionHelp : t.newestVersion}</p>
      </div>
    `;
  }

  private renderCredentials() {
    const t = this.t;
    const credentials = this.sandbox.view?.credentials;
    if (!credentials) return nothing;
    return html`
      <dl class="credentials">
        <div class="credential-row">
          <dt>${t.accountSid}</dt>
          <dd>
            <code data-credential="account-sid">${credentials.accountSid}</code>
            <button type="button" class="icon-btn" aria-label="${t.copy} ${t.accountSid}" @click=${() => this.copy(credentials.accountSid, t.accountSid)}>
              ${copyIcon}<span aria-hidden="true">${t.copy}</span>
            </button>
          </dd>
        </div>
        ${ACCESS_LEVELS.map((level) => {
          const name = t.authTokenOf(this.levelLabel(level));
          const value = credentials[level].authToken;
          const shown = this.revealed.has(value);
          return html`<div class="credential-row">
            <dt>${name}</dt>
            <dd>
              <code data-credential=${level}>${shown ? value : maskToken(value)}</code>
              <button
                type="button"
                class="icon-btn"
                aria-pressed=${shown ? 'true' : 'false'}
                aria-label="${t.view} ${name}"
                @click=${() => {
                  const next = new Set(this.revealed);
                  if (shown) next.delete(value);
                  else next.add(value);
                  this.revealed = next;
                }}
              >
                ${eyeIcon}<span aria-hidden="true">${t.view}</span>
              </button>
              <button type="button" class="icon-btn" aria-label="${t.copy} ${name}" @click=${() => this.copy(value, name)}>
                ${copyIcon}<span aria-hidden="true">${t.copy}</span>
              </button>
            </dd>
          </div>`;
        })}
      </dl>
      <p class="visually-hidden" role="status">${this.copyMessage}</p>
      ${this.copyMessage ? html`<p class="note" aria-hidden="true">${this.copyMessage}</p>` : nothing}
    `;
  }

  private renderToken() {
    const t = this.t;
    const tabs: Array<{ id: Tab; label: string; mark: string }> = [
      { id: 'overview', label: t.overview, mark: this.mark('overview') },
      { id: 'credentials', label: t.apiCredentials, mark: this.mark('api-credentials') },
    ];
    return html`
      <p class="breadcrumb">
        <button type="button" class="linkish" @click=${() => this.go('api')}>${t.backToApi}</button>
      </p>
      <h2 tabindex="-1" data-screen-heading>${t.legacyAccountTokens}</h2>
      <div role="tablist" aria-label=${t.tokenPages} class="tablist" @keydown=${this.onTabKeydown}>
        ${tabs.map(
          (tab) => html`<button
            type="button"
            role="tab"
            id="tab-${tab.id}"
            class=${tab.mark}
            aria-selected=${this.tab === tab.id ? 'true' : 'false'}
            aria-controls="panel-${tab.id}"
            tabindex=${this.tab === tab.id ? '0' : '-1'}
            @click=${() => (this.tab = tab.id)}
          >
            ${tab.label}
          </button>`,
        )}
      </div>
      ${tabs.map(
        (
          tab,
        ) => html`<div role="tabpanel" id="panel-${tab.id}" aria-labelledby="tab-${tab.id}" tabindex="0" ?hidden=${this.tab !== tab.id}>
          ${this.tab === tab.id ? (tab.id === 'overview' ? this.renderOverview() : this.renderCredentials()) : nothing}
        </div>`,
      )}
    `;
  }

  private renderDialog() {
    const t = this.t;
    const action = this.pending;
    const title = !action
      ? ''
      : action.kind === 'reset'
        ? t.confirmResetTitle(this.levelLabel(action.level))
        : t.confirmUpgradeTitle(action.from, action.to);
    const body = !action ? '' : action.kind === 'reset' ? t.confirmResetBody : t.confirmUpgradeBody;
    return html`
      <dialog aria-labelledby="dialog-title" aria-describedby="dialog-body" @close=${this.onDialogClose}>
        <h2 id="dialog-title">${title}</h2>
        <p id="dialog-body">${body}</p>
        <div class="dialog-actions">
          <button type="button" class="btn secondary" @click=${() => this.closeDialog()}>${t.cancel}</button>
          <button type="button" class="btn ${action?.kind === 'reset' ? 'danger' : ''}" ?disabled=${this.busy} @click=${this.confirmPending}>
            ${action?.kind === 'reset' ? t.confirmReset : t.confirmUpgrade}
          </button>
        </div>
      </dialog>
    `;
  }

  override render() {
    const t = this.t;
    const view = this.sandbox.view;
    if (!view) {
      return html`<div class="frame">${this.renderWaiting()}</div>`;
    }
    const enabled = view.account.legacyTokensEnabled;
    const screen: Screen = this.screen === 'token' && !enabled ? 'api' : (this.screen as Screen);
    return html`
      <div class="frame" role="group" aria-label=${t.appName} data-ready>
        ${this.renderTopBar()}
        <div class="content">
          ${
            screen === 'home'
              ? this.renderHome()
              : screen === 'settings'
                ? this.renderSettings()
                : screen === 'api'
                  ? this.renderApi()
                  : this.renderToken()
          }
          <div class=${this.notice?.text ? `notice ${this.notice.error ? 'error' : ''}` : ''} role="status">
            ${this.notice?.text ?? ''}
            ${
              this.notice?.showCredentials && screen !== 'token'
                ? html`<button type="button" class="linkish" @click=${() => this.go('token', 'credentials')}>${t.showCredentials}</button>`
                : this.notice?.showCredentials && this.tab !== 'credentials'
                  ? html`<button type="button" class="linkish" @click=${() => (this.tab = 'credentials')}>${t.showCredentials}</button>`
                  : nothing
            }
          </div>
        </div>
        ${this.renderDialog()}
      </div>
    `;
  }

  static override styles = [
    ...widgetStyles,
    css`
      :host {
        container-type: inline-size;
      }
      .frame {
        border: 1px solid #c9ced8;
        border-radius: 10px;
        background: #fff;
        overflow: visible;
      }
      .waiting {
        padding: 1em;
        margin: 0;
      }
      .topbar {
        display: flex;
        align-items: center;
        gap: 0.6em;
        padding: 0.45em 0.75em;
        background: #14213d;
        color: #fff;
        border-radius: 10px 10px 0 0;
      }
      .brand {
        font: inherit;
        font-weight: 700;
        color: #fff;
        background: none;
        border: none;
        cursor: pointer;
        padding: 0.2em;
      }
      .badge {
        font-size: 0.8em;
        font-weight: 600;
        background: #fcd34d;
        color: #1d2433;
        border-radius: 999px;
        padding: 0.1em 0.6em;
      }
      .topnav {
        margin-left: auto;
      }
      .content {
        padding: 0.75em 1em 1em;
      }
      h2 {
        font-size: 1.2em;
        margin: 0.3em 0 0.6em;
      }
      h2:focus {
        outline: none;
      }
      h3 {
        font-size: 1em;
        margin: 0.6em 0 0.3em;
      }
      .breadcrumb {
        font-size: 0.9em;
        color: #4b5565;
      }
      .page-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em;
      }
      .page-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-left: auto;
      }
      .note,
      .card-meta {
        font-size: 0.88em;
        color: #4b5565;
      }
      .settings-nav ul,
      .plain {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .settings-nav li {
        padding: 0.2em 0;
      }
      .unavailable {
        color: #4b5565;
      }
      .token-card {
        border: 1px solid #c9ced8;
        border-radius: 8px;
        padding: 0.6em 0.9em;
        margin-top: 0.5em;
      }
      .card-head {
        display: flex;
        align-items: center;
        justify-content: space-between;
      }
      .card-head h3 {
        margin: 0;
      }
      .card-open {
        font: inherit;
        font-weight: 700;
        background: none;
        border: none;
        padding: 0;
        color: #1a56db;
        cursor: pointer;
        text-align: left;
      }
      .card-open:hover {
        text-decoration: underline;
      }
      .tablist {
        display: flex;
        gap: 0.25em;
        border-bottom: 1px solid #c9ced8;
        margin-bottom: 0.75em;
      }
      [role='tab'] {
        font: inherit;
        background: none;
        border: none;
        border-bottom: 3px solid transparent;
        padding: 0.45em 0.8em;
        cursor: pointer;
        color: #4b5565;
      }
      [role='tab'][aria-selected='true'] {
        color: #1a56db;
        border-bottom-color: #1a56db;
        font-weight: 600;
      }
      [role='tabpanel']:focus-visible {
        outline-offset: 4px;
      }
      .facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.35em 1em;
      }
      .facts dt,
      .credentials dt {
        font-weight: 600;
      }
      .facts dd {
        margin: 0;
      }
      .field {
        margin-top: 0.8em;
        display: grid;
        gap: 0.25em;
        max-width: 22em;
      }
      .version-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      .field label {
        font-weight: 600;
      }
      select {
        font: inherit;
        padding: 0.3em;
      }
      .credential-row {
        padding: 0.5em 0;
        border-bottom: 1px solid #eef0f4;
      }
      .credentials dd {
        margin: 0.25em 0 0;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4em;
      }
      .icon-btn {
        display: inline-flex;
        align-items: center;
        gap: 0.25em;
        font: inherit;
        font-size: 0.88em;
        background: #fff;
        color: #1a56db;
        border: 1px solid #c9ced8;
        border-radius: 6px;
        padding: 0.2em 0.5em;
        cursor: pointer;
      }
      .icon-btn[aria-pressed='true'] {
        background: #e8f0fe;
      }
      @container (max-width: 420px) {
        .facts {
          grid-template-columns: 1fr;
        }
        .facts dd {
          margin-bottom: 0.4em;
        }
        .content {
          padding: 0.6em;
        }
      }
    `,
  ];
}

customElements.define('impact-sandbox', ImpactSandbox);

declare global {
  interface HTMLElementTagNameMap {
    'impact-sandbox': ImpactSandbox;
  }
}
