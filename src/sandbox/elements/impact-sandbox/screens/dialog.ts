/**
 * The confirmation dialog for the two changes that cannot be undone: resetting a token and
 * upgrading the API version. A native modal `<dialog>`: focus is trapped, Escape cancels.
 */
import { html } from 'lit';
import type { SandboxScreenHost } from './host.ts';

export function renderDialog(host: SandboxScreenHost) {
  const t = host.sandboxLabels;
  const action = host.pending;
  const title = !action
    ? ''
    : action.kind === 'reset'
      ? t.confirmResetTitle(host.levelLabel(action.level))
      : t.confirmUpgradeTitle(action.from, action.to);
  const body = !action ? '' : action.kind === 'reset' ? t.confirmResetBody : t.confirmUpgradeBody;
  return html`
    <dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-body" @close=${() => host.onDialogClose()}>
      <h2 id="dialog-title">${title}</h2>
      <p id="dialog-body">${body}</p>
      <div class="dialog-actions">
        <button type="button" class="btn secondary" @click=${() => host.closeDialog()}>${t.cancel}</button>
        <button type="button" class="btn ${action?.kind === 'reset' ? 'danger' : ''}" ?disabled=${host.busy} @click=${() => host.confirmPending()}>
          ${action?.kind === 'reset' ? t.confirmReset : t.confirmUpgrade}
        </button>
      </div>
    </dialog>
  `;
}
