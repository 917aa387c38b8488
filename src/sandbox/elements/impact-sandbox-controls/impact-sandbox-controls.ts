import { html, nothing, type PropertyValues } from 'lit';
import { sandboxDigest } from '../../support/untouched.ts';
import { formControls } from '../shared/form-controls.styles.ts';
import { evenlyWrapped } from '../shared/even-wrap.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import { sandboxControlsStyles } from './impact-sandbox-controls.styles.ts';
import type { ConsoleHost, ConsoleTools } from './console-tools-controller.ts';

/**
 * @summary The sandbox console: what the sandbox looks like now, "reset sandbox" (back to legacy
 * tokens not yet enabled, with new credentials), named scenarios, share links, and the notice
 * when a saved state had to be replaced.
 * @tag impact-sandbox-controls
 *
 * The first console on a page also answers what the address asks for (`?scenario=NAME`,
 * `#sandbox=…`): it confirms before it replaces a sandbox that has changes of its own.
 *
 * @attr locale - The language of its labels: a locale of the site (anything else: the default locale).
 * @csspart summary - The account SID and the sandbox's status.
 * @csspart reset-button - The "reset sandbox" button.
 * @csspart recovery-alert - The notice that a saved state was unreadable or outdated and was replaced.
 * @csspart dialog - The dialog that confirms the reset.
 * @csspart scenario-button - The "load scenario" button.
 * @csspart share-button - The "copy share link" button.
 * @csspart offer-dialog - The dialog that confirms loading a scenario or a shared sandbox.
 * @cssprop [--impact-color-accent=#1a56db] - The reset button, links, focus rings.
 * @cssprop [--impact-color-on-accent=#fff] - Text on the confirm button.
 * @cssprop [--impact-color-text=#1d2433] - Text.
 * @cssprop [--impact-color-text-muted=#4b5565] - Disabled buttons.
 * @cssprop [--impact-color-surface=#fff] - The reset button's and the dialog's background.
 * @cssprop [--impact-color-border=#c9ced8] - Borders of disabled buttons.
 * @cssprop [--impact-color-border-subtle=#eef0f4] - Background of disabled buttons.
 * @cssprop [--impact-color-danger=#b42318] - The confirm button, the recovery notice's edge.
 * @cssprop [--impact-color-danger-surface=#fef3f2] - Background of the recovery notice.
 * @cssprop [--impact-color-success=#0e7c3a] - The edge of a notice.
 * @cssprop [--impact-color-success-surface=#ecfdf3] - Background of a notice.
 * @cssprop [--impact-font-sans=system-ui, …] - Text.
 * @cssprop [--impact-font-mono=ui-monospace, …] - The account SID.
 * @cssprop [--impact-radius-small=4px] - Notices.
 * @cssprop [--impact-radius-medium=6px] - Buttons.
 * @cssprop [--impact-radius-x-large=10px] - The dialog.
 * @cssprop [--impact-space-small=0.5em] - Gap between the dialog's buttons.
 * @cssprop [--impact-space-medium=0.75em] - Space around notices.
 * @cssprop [--impact-space-large=1em] - Space above the dialog's buttons.
 */
export class ImpactSandboxControls extends SandboxWidget implements ConsoleHost {
  protected static override storeParts = ['console-tools'] as const;
  protected static override drawsWhenNear = true;

  static override properties = {
    message: { state: true },
    messageIsError: { state: true },
  };

  declare private message: string;
  declare private messageIsError: boolean;
  /** The sandbox the message was said about: it lasts until the next change, not forever. */
  private messageFor = '';

  /** The scenario picker, share link and confirm dialog, once their chunk has loaded. */
  private tools: ConsoleTools | null = null;
  private nearby: IntersectionObserver | null = null;
  private readonly loadTools = () => void this.sandbox.store?.consoleTools.load();

  constructor() {
    super();
    this.message = '';
    this.messageIsError = false;
  }

  /** @internal Only the page's first console answers the address and draws the confirm dialog. */
  get presentsOffers(): boolean {
    return document.querySelector('impact-sandbox-controls') === this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.loadTools);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.nearby?.disconnect();
    this.nearby = null;
    this.removeEventListener('focusin', this.loadTools);
  }

  /**
   * The tools load a little before the console is seen. Watched only once the sandbox has drawn:
   * until then the widgets above are short and the page has not taken its final height.
   */
  private watchNearby(): void {
    if (this.nearby || !this.sandbox.view || this.store.consoleTools.chunk) return;
    this.nearby = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && this.loadTools(),
      {
        rootMargin: '600px 0px',
      },
    );
    this.nearby.observe(this);
  }

  override willUpdate(): void {
    const chunk = this.sandbox.store?.consoleTools.chunk;
    if (!this.tools && chunk) this.tools = new chunk.ConsoleTools(this, this.store, chunk.offers);
    const view = this.sandbox.view;
    if (this.tools && view) this.tools.follow(view);
    if (this.message && view && sandboxDigest(view) !== this.messageFor) this.message = '';
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.watchNearby();
  }

  /** @internal */
  say(message: string, isError = false): void {
    this.message = message;
    this.messageIsError = isError;
    this.messageFor = this.sandbox.view ? sandboxDigest(this.sandbox.view) : '';
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private async confirmReset(): Promise<void> {
    this.dialog?.close();
    try {
      await this.store.resetSandbox();
      this.say(this.sandboxLabels.resetSandboxDone);
    } catch (error) {
      this.say(`${this.sandboxLabels.requestFailed}${error instanceof Error ? error.message : String(error)}`, true);
    }
  }

  private async dismissRecovery(): Promise<void> {
    await this.store.dismissRecovery().catch(() => undefined);
    await this.updateComplete;
    this.focusResetButtonIfLost();
  }

  private focusResetButtonIfLost(): void {
    this.focusIfLost('#reset-sandbox');
  }

  /** @internal */
  focusIfLost(selector: string): void {
    if (this.focusIsLost()) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render() {
    const t = this.sandboxLabels;
    const view = this.sandbox.view;
    if (!view) return this.renderWaiting();
    const recovery = view.recovery;
    return html`
      <div data-ready>
        ${
          recovery
            ? html`<div class="notice error" part="recovery-alert" role="alert">
              ${recovery.reason === 'outdated' ? t.recoveredOutdated : t.recoveredCorrupt}
              <button type="button" class="linkish" @click=${this.dismissRecovery}>${t.dismiss}</button>
            </div>`
            : nothing
        }
        ${this.store.backend === 'server' ? html`<p class="notice">${t.serverMode}</p>` : nothing}
        <dl class="status" part="summary">
          <dt>${t.accountSid}</dt>
          <dd><code>${evenlyWrapped(view.account.sid)}</code></dd>
          <dt>${t.sandboxStatus}</dt>
          <dd>${view.account.legacyTokensEnabled ? t.legacyEnabled : t.legacyDisabled}${view.legacyToken ? html` · ${t.apiVersion} ${view.legacyToken.apiVersion}` : nothing}</dd>
        </dl>
        <button type="button" class="btn secondary" id="reset-sandbox" part="reset-button" @click=${() => this.dialog?.showModal()}>${t.resetSandbox}</button>
        <p class=${this.message ? (this.messageIsError ? 'notice error' : 'notice') : ''} role="status">${this.message}</p>
        ${this.tools?.render() ?? html`<div class="tools-pending"></div>`}
        <dialog part="dialog" aria-labelledby="reset-title" aria-describedby="reset-body" @close=${this.focusResetButtonIfLost}>
          <h2 id="reset-title">${t.resetSandboxTitle}</h2>
          <p id="reset-body">${t.resetSandboxBody}</p>
          <div class="dialog-actions">
            <button type="button" class="btn secondary" @click=${() => this.dialog?.close()}>${t.cancel}</button>
            <button type="button" class="btn danger" @click=${this.confirmReset}>${t.resetSandbox}</button>
          </div>
        </dialog>
        ${this.tools?.renderDialog(view) ?? nothing}
      </div>
    `;
  }

  static override styles = [...widgetStyles, formControls, sandboxControlsStyles];
}

customElements.define('impact-sandbox-controls', ImpactSandboxControls);

declare global {
  interface HTMLElementTagNameMap {
    'impact-sandbox-controls': ImpactSandboxControls;
  }
}
