/**
 * The try-request panel's curl command: runnable as shown, the token masked until "show token",
 * "copy command" copying it whole, and a line saying whether a terminal gets what the page
 * gets (the server's copy of this sandbox, kept by support/server-copy-sync.ts).
 */
import { html, nothing } from 'lit';
import { REAL_PARTNER_API } from '../../../contract/index.ts';
import type { SandboxMessages } from '../../../i18n/sandbox.ts';
import type { SupportMessages } from '../../../i18n/support.ts';
import type { ServerCopyStatus } from '../../support/server-copy-sync.ts';
import { copyIcon, eyeIcon } from '../shared/icons.ts';

export interface CurlView {
  /** The command with the token masked, and whole. */
  shown: string;
  whole: string;
  tokenShown: boolean;
  hasToken: boolean;
  copyMessage: string;
  serverCopy: ServerCopyStatus;
  refusedWith: number;
  realEndpoint: string;
}

/** The line under the command: whether a terminal gets what the page gets, and if not, why. */
export function serverCopyNote(s: SupportMessages, view: Pick<CurlView, 'serverCopy' | 'refusedWith'>): string {
  switch (view.serverCopy) {
    case 'synced':
      return s.curlMirrored;
    case 'idle':
    case 'pending':
      return s.curlMirroring;
    case 'unreachable':
      return s.curlServerUnreachable;
    case 'unavailable':
      return s.curlNeedsServer;
    case 'failed':
      // 403: another browser made the copy for this Account SID (this sandbox came from its share link).
      return view.refusedWith === 403 ? s.curlCopyHeldElsewhere : s.curlMirrorFailed(view.refusedWith);
    case 'shared-server':
      return s.curlSharedServer;
  }
}

/** Where the masked command differs from the whole one: the masked token, and the real one. */
function difference(shown: string, whole: string): [string, string] {
  let start = 0;
  while (start < shown.length && shown[start] === whole[start]) start++;
  let end = 0;
  while (end < shown.length - start && shown[shown.length - 1 - end] === whole[whole.length - 1 - end]) end++;
  return [shown.slice(start, shown.length - end), whole.slice(start, whole.length - end)];
}
const maskedPart = (shown: string, whole: string) => difference(shown, whole)[0] || '\u0000';
const tokenPart = (shown: string, whole: string) => difference(shown, whole)[1];

export function renderCurl(
  t: SandboxMessages,
  s: SupportMessages,
  view: CurlView,
  actions: { toggleToken: () => void; copy: () => void; opened: () => void },
) {
  const warn = view.serverCopy === 'unavailable' || view.serverCopy === 'failed' || view.serverCopy === 'unreachable';
  // The server copy curl answers from starts when the command is first shown.
  const onToggle = (event: Event) => (event.target as HTMLDetailsElement).open && actions.opened();
  // Selecting the shown command and copying it gives the runnable one: the masked token is
  // replaced by the real sandbox value (as "copy command" does), so a pasted command never gets 401.
  const onCopy = (event: ClipboardEvent) => {
    const selected = (event.currentTarget as HTMLElement).ownerDocument.getSelection()?.toString() ?? '';
    if (view.tokenShown || !selected || !event.clipboardData) return;
    const runnable = selected.replace(maskedPart(view.shown, view.whole), tokenPart(view.shown, view.whole));
    if (runnable === selected) return;
    event.clipboardData.setData('text/plain', runnable);
    event.preventDefault();
  };
  return html`<details class="curl" part="curl" @toggle=${onToggle}>
    <summary>${t.equivalentCurl}</summary>
    <pre class="mono" data-curl @copy=${onCopy}>${view.tokenShown ? view.whole : view.shown}</pre>
    <div class="curl-actions">
      ${
        view.hasToken
          ? html`<button type="button" class="btn secondary small" aria-pressed=${view.tokenShown ? 'true' : 'false'} @click=${actions.toggleToken}>
            ${eyeIcon}${s.showToken}
          </button>`
          : nothing
      }
      <button type="button" class="btn secondary small" @click=${actions.copy}>${copyIcon}${s.copyCommand}</button>
    </div>
    <p class="visually-hidden" role="status">${view.copyMessage}</p>
    ${view.copyMessage ? html`<p class="note" aria-hidden="true">${view.copyMessage}</p>` : nothing}
    <p class=${warn ? 'notice info' : 'note'} data-server-copy=${view.serverCopy}>${serverCopyNote(s, view)}</p>
    <p class="note">${t.labelled(t.realEndpoint, '')}<code>${REAL_PARTNER_API}/${view.realEndpoint}</code></p>
  </details>`;
}
