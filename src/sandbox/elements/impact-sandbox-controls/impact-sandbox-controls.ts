import { html, nothing } from 'lit';
import { isScenarioName, MAX_SHARE_LINK_CHARS, resolveLocale, type ScenarioName } from '../../../contract/index.ts';
import { SUPPORT_MESSAGES, type SupportMessages } from '../../../i18n/support.ts';
import { sandboxStore } from '../../client-store.ts';
import { offers } from '../../support/offers.ts';
import { encodeShared, shareUrl } from '../../support/share-link.ts';
import { formControls } from '../shared/form-controls.styles.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import { sandboxControlsStyles } from './impact-sandbox-controls.styles.ts';
import { noticeText, renderOfferDialog, renderSupportTools, type SupportToolsHost } from './support-tools.ts';

/**
 * @summary The sandbox console: what the sandbox looks like now, "reset sandbox" (back to legacy
 * tokens not yet enabled, with new credentials), named scenarios, share links, and the notice
 * when a saved state had to be replaced.
 * @tag impact-sandbox-controls
 *
 * The first console on a page also answers what the address asks for (`?scenario=NAME`,
 * `#sandbox=…`): it confirms before it replaces a sandbox that has changes of its own.
 *
 * @attr {'zh' | 'en'} locale - The language of its labels (anything else: en).
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
 * @cssprop [--impact-color-highlight=#f59e0b] - The outline of a highlighted control (the widgets' shared look).
 * @cssprop [--impact-color-highlight-pulse=#fcd34d] - The colour that outline pulses to.
 * @cssprop [--impact-font-sans=system-ui, …] - Text.
 * @cssprop [--impact-font-mono=ui-monospace, …] - The account SID.
 * @cssprop [--impact-radius-small=4px] - Notices.
 * @cssprop [--impact-radius-medium=6px] - Buttons.
 * @cssprop [--impact-radius-x-large=10px] - The dialog.
 * @cssprop [--impact-space-small=0.5em] - Gap between the dialog's buttons.
 * @cssprop [--impact-space-medium=0.75em] - Space around notices.
 * @cssprop [--impact-space-large=1em] - Space above the dialog's buttons.
 */
export class ImpactSandboxControls extends SandboxWidget implements SupportToolsHost {
  static override properties = {
    message: { state: true },
    messageIsError: { state: true },
    scenarioChoice: { state: true },
    shareLink: { state: true },
    busy: { state: true },
  };

  declare private message: string;
  declare private messageIsError: boolean;
  /** @internal */
  declare scenarioChoice: ScenarioName;
  /** @internal */
  declare shareLink: string;
  /** @internal */
  declare busy: boolean;

  private readonly onOffers = () => {
    if (!this.presentsOffers) return;
    const notice = offers.notice;
    if (notice)
      this.say(
        noticeText(this.s, notice),
        notice.kind === 'unknown-scenario' || notice.kind === 'bad-share-link' || notice.kind === 'failed',
      );
    this.requestUpdate();
  };

  constructor() {
    super();
    this.message = '';
    this.messageIsError = false;
    this.scenarioChoice = 'enabled';
    this.shareLink = '';
    this.busy = false;
  }

  /** @internal The support tools' labels in the element's language. */
  get s(): SupportMessages {
    return SUPPORT_MESSAGES[resolveLocale(this.locale)];
  }

  /** Only the page's first console answers the address and draws the confirm dialog. */
  private get presentsOffers(): boolean {
    return document.querySelector('impact-sandbox-controls') === this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    offers.addEventListener('change', this.onOffers);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    offers.removeEventListener('change', this.onOffers);
  }

  override updated(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.offer');
    if (!dialog) return;
    const wanted = this.presentsOffers && offers.offer !== null;
    if (wanted && !dialog.open) dialog.showModal();
    else if (!wanted && dialog.open) dialog.close();
  }

  private say(message: string, isError = false): void {
    this.message = message;
    this.messageIsError = isError;
  }

  /** @internal */
  chooseScenario(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isScenarioName(value)) this.scenarioChoice = value;
  }

  /** @internal */
  loadScenario = async (): Promise<void> => {
    this.busy = true;
    try {
      await offers.offerScenario(this.scenarioChoice);
    } finally {
      this.busy = false;
    }
  };

  /** @internal */
  acceptOffer = async (): Promise<void> => {
    this.busy = true;
    try {
      await offers.accept();
    } finally {
      this.busy = false;
    }
    this.focusIfLost('#scenario');
  };

  /** @internal */
  declineOffer = (): void => {
    offers.decline();
    this.focusIfLost('#scenario');
  };

  /**
   * The link for this page with the sandbox in its fragment. A long log makes a long link: then
   * it carries fewer of the newest log entries (the backend's default is its most), none at worst.
   */
  private async buildShareLink(): Promise<string> {
    const page = `${location.origin}${location.pathname}`;
    let link = shareUrl(page, await encodeShared(await sandboxStore.readShared()));
    for (const logEntries of [15, 5, 0]) {
      if (link.length <= MAX_SHARE_LINK_CHARS) break;
      link = shareUrl(page, await encodeShared(await sandboxStore.readShared(logEntries)));
    }
    return link;
  }

  /** @internal */
  copyShareLink = async (): Promise<void> => {
    const s = this.s;
    this.busy = true;
    try {
      const link = await this.buildShareLink();
      if (link.length > MAX_SHARE_LINK_CHARS) {
        this.shareLink = '';
        return this.say(s.shareTooLong(link.length, MAX_SHARE_LINK_CHARS), true);
      }
      this.shareLink = link;
      try {
        await navigator.clipboard.writeText(link);
        this.say(s.shareCopied(link.length));
      } catch {
        this.say(s.shareCopyFailed, true);
      }
    } catch (error) {
      this.say(`${this.t.requestFailed}${error instanceof Error ? error.message : String(error)}`, true);
    } finally {
      this.busy = false;
    }
  };

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private async confirmReset(): Promise<void> {
    this.dialog?.close();
    try {
      await sandboxStore.resetSandbox();
      this.say(this.t.resetSandboxDone);
    } catch (error) {
      this.say(`${this.t.requestFailed}${error instanceof Error ? error.message : String(error)}`, true);
    }
  }

  private async dismissRecovery(): Promise<void> {
    await sandboxStore.dismissRecovery().catch(() => undefined);
    await this.updateComplete;
    this.focusResetButtonIfLost();
  }

  private focusResetButtonIfLost(): void {
    this.focusIfLost('#reset-sandbox');
  }

  private focusIfLost(selector: string): void {
    if (this.focusIsLost()) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render() {
    const t = this.t;
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
        ${sandboxStore.backend === 'server' ? html`<p class="notice">${t.serverMode}</p>` : nothing}
        <dl class="status" part="summary">
          <dt>${t.accountSid}</dt>
          <dd><code>${view.account.sid}</code></dd>
          <dt>${t.sandboxStatus}</dt>
          <dd>${view.account.legacyTokensEnabled ? t.legacyEnabled : t.legacyDisabled}${view.legacyToken ? html` · ${t.apiVersion} ${view.legacyToken.apiVersion}` : nothing}</dd>
        </dl>
        <button type="button" class="btn secondary" id="reset-sandbox" part="reset-button" @click=${() => this.dialog?.showModal()}>${t.resetSandbox}</button>
        <p class=${this.message ? (this.messageIsError ? 'notice error' : 'notice') : ''} role="status">${this.message}</p>
        ${renderSupportTools(this)}
        <dialog part="dialog" aria-labelledby="reset-title" aria-describedby="reset-body" @close=${this.focusResetButtonIfLost}>
          <h2 id="reset-title">${t.resetSandboxTitle}</h2>
          <p id="reset-body">${t.resetSandboxBody}</p>
          <div class="dialog-actions">
            <button type="button" class="btn secondary" @click=${() => this.dialog?.close()}>${t.cancel}</button>
            <button type="button" class="btn danger" @click=${this.confirmReset}>${t.resetSandbox}</button>
          </div>
        </dialog>
        ${renderOfferDialog(this, offers.offer, view.pristine)}
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
