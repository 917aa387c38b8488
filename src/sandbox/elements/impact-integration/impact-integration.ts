import { html, nothing, type PropertyValues } from 'lit';
import { ACCESS_LEVELS, maskToken, resolveLocale, type AccessLevel } from '../../../contract/index.ts';
import { formatDateTime, formatTime } from '../../../i18n/format.ts';
import type { PanelMessages } from '../../../i18n/support-panels.ts';
import type { SupportMessages } from '../../../i18n/support.ts';
import { formControls } from '../shared/form-controls.styles.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import { integrationStyles } from './impact-integration.styles.ts';
import { callWithHeldToken, healthOf, type CallResult, type HeldToken, type Operation } from './integration-call.ts';

/**
 * @summary A live integration standing for the partner's own software: it keeps a copy of a
 * token and calls the partner API every few seconds, showing its health and last status, so a
 * reset visibly breaks it (401) until it is updated with the new token.
 * @tag impact-integration
 *
 * Takes a copy of the current Read/Write token when legacy tokens are enabled (or the sandbox is
 * replaced); a copy never follows a reset by itself. Pauses while its tab is hidden. Its calls
 * carry `X-Sandbox-Client: integration`, so the request log names it.
 *
 * @attr locale - The language of its labels: a locale of the site (anything else: the default locale).
 * @attr {number} interval - Seconds between calls (at least 2; default 5).
 * @fires impact-integration-health - The calls turned healthy or failing; `event.detail` holds `health` and the `status`.
 * @csspart health - The health badge, last status and reason.
 * @csspart update-button - "Update the integration with the new token".
 * @csspart settings - The token and operation it uses, pause and check now.
 * @cssprop [--impact-color-accent=#1a56db] - Buttons, focus rings.
 * @cssprop [--impact-color-on-accent=#fff] - Text on the update button.
 * @cssprop [--impact-color-accent-surface=#e8f0fe] - A pressed pause button.
 * @cssprop [--impact-color-text=#1d2433] - Text.
 * @cssprop [--impact-color-text-muted=#4b5565] - Notes, the masked token, the idle badge.
 * @cssprop [--impact-color-surface=#fff] - Buttons and fields.
 * @cssprop [--impact-color-surface-muted=#f6f8fa] - Background of the idle state.
 * @cssprop [--impact-color-border=#c9ced8] - Borders of fields and the panel.
 * @cssprop [--impact-color-border-subtle=#eef0f4] - Disabled buttons (the widgets' shared look).
 * @cssprop [--impact-color-danger=#b42318] - The failing badge and edge.
 * @cssprop [--impact-color-danger-surface=#fef3f2] - Background when failing.
 * @cssprop [--impact-color-danger-text=#912018] - Text when failing.
 * @cssprop [--impact-color-success=#0e7c3a] - The healthy badge and edge.
 * @cssprop [--impact-color-success-surface=#ecfdf3] - Background when healthy.
 * @cssprop [--impact-color-success-text=#05603a] - Text when healthy.
 * @cssprop [--impact-font-sans=system-ui, …] - Text.
 * @cssprop [--impact-font-mono=ui-monospace, …] - The masked token.
 * @cssprop [--impact-radius-small=4px] - Notices.
 * @cssprop [--impact-radius-medium=6px] - Buttons and fields.
 * @cssprop [--impact-radius-large=8px] - The health panel.
 * @cssprop [--impact-radius-x-large=10px] - Dialogs (the widgets' shared look).
 * @cssprop [--impact-space-small=0.5em] - Gaps between controls.
 * @cssprop [--impact-space-medium=0.75em] - Padding of the health panel, notices.
 * @cssprop [--impact-space-large=1em] - Space above dialog buttons (the widgets' shared look).
 */
export class ImpactIntegration extends SandboxWidget {
  static override properties = {
    interval: { type: Number },
    held: { state: true },
    operation: { state: true },
    paused: { state: true },
    tabHidden: { state: true },
    last: { state: true },
    announcement: { state: true },
  };

  declare interval: number;
  declare private held: HeldToken | null;
  declare private operation: Operation;
  declare private paused: boolean;
  declare private tabHidden: boolean;
  declare private last: CallResult | null;
  declare private announcement: string;

  private timer: ReturnType<typeof setInterval> | undefined;
  private calling = false;
  private checkAgain = false;
  /** Numbers the integration's writes (their OrderIds). */
  private orders = 0;
  private readonly onVisibility = () => (this.tabHidden = document.visibilityState === 'hidden');
  private readonly onReplaced = () => this.takeCopy(this.held?.level ?? 'readWrite', true);
  /** The current token of the held level when last drawn: when it changes, the integration calls at once. */
  private seenToken: string | null = null;

  constructor() {
    super();
    this.interval = 5;
    this.held = null;
    this.operation = 'read';
    this.paused = false;
    this.tabHidden = false;
    this.last = null;
    this.announcement = '';
  }

  /** @internal The support tools' labels in the element's language. */
  get supportLabels(): SupportMessages {
    // The base class draws only once the element's language has loaded (its own chunk).
    return this.messages.support;
  }

  /** @internal The panel's own labels in the element's language. */
  get panelLabels(): PanelMessages {
    return this.messages.panels;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tabHidden = document.visibilityState === 'hidden';
    document.addEventListener('visibilitychange', this.onVisibility);
    this.store.addEventListener('replaced', this.onReplaced);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.store.removeEventListener('replaced', this.onReplaced);
    // A removed integration stops calling: no queued call follows the one on its way.
    this.checkAgain = false;
    this.stop();
  }

  /**
   * Copies the current token of a level (or forgets the copy while there are no tokens); the same
   * copy again changes nothing. A sandbox it joins after a reset (a scenario, a share link) is one
   * whose integration was set up before that reset: it holds the token the reset replaced.
   */
  private takeCopy(level: AccessLevel, joining = false): void {
    const credentials = this.store.view?.credentials;
    const token = credentials && (joining ? credentials[level].previousAuthToken : null);
    const next = credentials
      ? { sid: credentials.accountSid, level, token: token ?? credentials[level].authToken }
      : null;
    const held = this.held;
    if (held && next && held.sid === next.sid && held.level === next.level && held.token === next.token) return;
    this.held = next;
    this.last = null;
  }

  override willUpdate(): void {
    const view = this.sandbox.view;
    if (!view) return;
    // First tokens, or a sandbox of another account (reset, scenario, share link in another tab).
    if (!this.held ? view.credentials : this.held.sid !== view.account.sid)
      this.takeCopy(this.held?.level ?? 'readWrite', true);
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Lit still finishes an update asked for just before removal: a removed element never restarts.
    const running = this.isConnected && Boolean(this.held) && !this.paused && !this.tabHidden;
    if (!running) return this.stop();
    // A reset (here or in another tab) changed the tokens: call now, so red follows it at once.
    const current = this.sandbox.view?.credentials?.[this.held!.level].authToken ?? null;
    const tokensChanged = this.seenToken !== null && current !== this.seenToken;
    this.seenToken = current;
    const restart =
      changed.has('held') || changed.has('operation') || changed.has('interval') || this.timer === undefined;
    if (!restart) {
      if (tokensChanged) void this.check();
      return;
    }
    this.stop();
    this.timer = setInterval(() => void this.check(), Math.max(2, this.interval || 5) * 1000);
    void this.check();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One call now; asked for while one is on its way, it follows that one (never two at once). */
  private async check(): Promise<void> {
    if (this.calling) {
      this.checkAgain = true;
      return;
    }
    const held = this.held;
    if (!held) return;
    this.calling = true;
    let result;
    try {
      result = await callWithHeldToken(held, this.operation, ++this.orders);
    } finally {
      this.calling = false;
    }
    if (held === this.held) {
      const before = healthOf(this.last);
      this.last = result;
      const after = healthOf(result);
      if (after !== before) {
        this.announcement = this.panelLabels.healthChanged(
          after === 'healthy' ? this.panelLabels.healthy : this.panelLabels.failing,
          result.status,
        );
        // The page may say so where the reader is looking (the guide's console is often out of view).
        this.dispatchEvent(
          new CustomEvent('impact-integration-health', {
            bubbles: true,
            composed: true,
            detail: { health: after, status: result.status },
          }),
        );
      }
    }
    if (this.checkAgain && this.isConnected) {
      this.checkAgain = false;
      void this.check();
    }
    // The call grew the log (and a write changed the sandbox): the other widgets follow.
    await this.store.refresh().catch(() => undefined);
  }

  private updateToken(): void {
    if (!this.held) return;
    this.takeCopy(this.held.level);
    this.announcement = this.panelLabels.tokenUpdated;
  }

  private reasonText(result: CallResult): string {
    const s = this.supportLabels;
    if (!result.reason) return result.statusText;
    const credentials = this.sandbox.view?.credentials;
    const held = this.held;
    const revokedAt =
      held && credentials && credentials[held.level].previousAuthToken === held.token
        ? credentials[held.level].lastResetAt
        : null;
    if (result.reason === 'revoked-token' && revokedAt)
      return s.revokedTokenAt(formatDateTime(revokedAt, resolveLocale(this.locale)));
    return s.reasons[result.reason];
  }

  override render() {
    const view = this.sandbox.view;
    if (!view) return this.renderWaiting();
    const s = this.supportLabels;
    const p = this.panelLabels;
    const t = this.sandboxLabels;
    const held = this.held;
    if (!held || !view.credentials)
      return html`<div data-ready><p class="note">${p.integrationIntro}</p><p class="notice info">${p.integrationNeedsTokens}</p></div>`;
    const current = view.credentials[held.level].authToken;
    const stale = held.token !== current;
    const health = healthOf(this.last);
    const state = this.paused ? p.pausedByUser : this.tabHidden ? p.pausedHidden : null;
    const badge = health === 'healthy' ? p.healthy : health === 'failing' ? p.failing : p.notStarted;
    return html`<div data-ready data-health=${health} data-status=${this.last?.status ?? ''}>
      <p class="note">${p.integrationIntro}</p>
      <div class="health health-${health}" part="health">
        <p class="badge-line">
          <span class="badge">${badge}</span>
          ${this.last ? html`<strong>${this.last.status}</strong> <span translate="no">${this.last.statusText}</span>` : nothing}
          ${state ? html`<span class="state">· ${state}</span>` : nothing}
        </p>
        ${this.last ? html`<p class="when">${p.lastCall(formatTime(this.last.at, resolveLocale(this.locale)))}</p>` : nothing}
        ${health === 'failing' && this.last ? html`<p class="why"><strong>${s.why}</strong>${this.reasonText(this.last)}</p>` : nothing}
        ${
          stale
            ? html`<p class="stale">${p.staleCopy}</p>
              <button type="button" class="btn" part="update-button" @click=${this.updateToken}>${p.updateToken}</button>`
            : nothing
        }
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="settings" part="settings">
        <label>${p.heldToken}
          <select @change=${(e: Event) => this.takeCopy((e.target as HTMLSelectElement).value === 'readOnly' ? 'readOnly' : 'readWrite')}>
            ${ACCESS_LEVELS.map((level) => html`<option value=${level} ?selected=${level === held.level}>${level === 'readWrite' ? t.readWrite : t.readOnly}</option>`)}
          </select>
        </label>
        <code class="held">${maskToken(held.token)}</code>
        <label>${p.operation}
          <select @change=${(e: Event) => (this.operation = (e.target as HTMLSelectElement).value === 'write' ? 'write' : 'read')}>
            <option value="read" ?selected=${this.operation === 'read'}>${p.readOperation}</option>
            <option value="write" ?selected=${this.operation === 'write'}>${p.writeOperation}</option>
          </select>
        </label>
        <div class="buttons">
          <button type="button" class="btn secondary" aria-pressed=${this.paused ? 'true' : 'false'} @click=${() => (this.paused = !this.paused)}>${p.pause}</button>
          <button type="button" class="btn secondary" @click=${() => void this.check()}>${p.checkNow}</button>
        </div>
      </div>
    </div>`;
  }

  static override styles = [...widgetStyles, formControls, integrationStyles];
}

customElements.define('impact-integration', ImpactIntegration);

declare global {
  interface HTMLElementTagNameMap {
    'impact-integration': ImpactIntegration;
  }
}
