/**
 * `<impact-sandbox-controls>`: what the sandbox looks like now, the notice when a saved state
 * had to be recovered, and "reset sandbox" (back to legacy tokens not yet enabled).
 */
import { css, html, nothing } from 'lit';
import { SandboxWidget, widgetStyles } from './sandbox-widget.ts';
import { sandboxStore } from '../client-store.ts';

export class ImpactSandboxControls extends SandboxWidget {
  static override properties = {
    message: { state: true },
  };

  declare message: string;

  constructor() {
    super();
    this.message = '';
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private async confirmReset(): Promise<void> {
    this.dialog?.close();
    try {
      await sandboxStore.resetSandbox();
      this.message = this.t.resetSandboxDone;
    } catch (error) {
      this.message = `${this.t.requestFailed}${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private async dismissRecovery(): Promise<void> {
    await sandboxStore.dismissRecovery().catch(() => undefined);
    await this.updateComplete;
    this.focusResetButtonIfLost();
  }

  private focusResetButtonIfLost(): void {
    if (this.focusIsLost()) this.renderRoot.querySelector<HTMLElement>('#reset-sandbox')?.focus();
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
            ? html`<div class="notice error" role="alert">
              ${recovery.reason === 'outdated' ? t.recoveredOutdated : t.recoveredCorrupt}
              <button type="button" class="linkish" @click=${this.dismissRecovery}>${t.dismiss}</button>
            </div>`
            : nothing
        }
        ${sandboxStore.backend === 'server' ? html`<p class="notice">${t.serverMode}</p>` : nothing}
        <dl class="status">
          <dt>${t.accountSid}</dt>
          <dd><code>${view.account.sid}</code></dd>
          <dt>${t.sandboxStatus}</dt>
          <dd>${view.account.legacyTokensEnabled ? t.legacyEnabled : t.legacyDisabled}${view.legacyToken ? html` · ${t.apiVersion} ${view.legacyToken.apiVersion}` : nothing}</dd>
        </dl>
        <button type="button" class="btn secondary" id="reset-sandbox" @click=${() => this.dialog?.showModal()}>${t.resetSandbox}</button>
        <p class=${this.message ? 'notice' : ''} role="status">${this.message}</p>
        <dialog aria-labelledby="reset-title" aria-describedby="reset-body" @close=${this.focusResetButtonIfLost}>
          <h2 id="reset-title">${t.resetSandboxTitle}</h2>
          <p id="reset-body">${t.resetSandboxBody}</p>
          <div class="dialog-actions">
            <button type="button" class="btn secondary" @click=${() => this.dialog?.close()}>${t.cancel}</button>
            <button type="button" class="btn danger" @click=${this.confirmReset}>${t.resetSandbox}</button>
          </div>
        </dialog>
      </div>
    `;
  }

  static override styles = [
    ...widgetStyles,
    css`
      .status {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2em 0.8em;
        font-size: 0.9em;
        margin: 0 0 0.6em;
      }
      .status dt {
        font-weight: 600;
      }
      .status dd {
        margin: 0;
      }
    `,
  ];
}

customElements.define('impact-sandbox-controls', ImpactSandboxControls);

declare global {
  interface HTMLElementTagNameMap {
    'impact-sandbox-controls': ImpactSandboxControls;
  }
}
