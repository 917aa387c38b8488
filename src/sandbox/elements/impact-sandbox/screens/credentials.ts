/**
 * The token's API Credentials tab: the Account SID and both Auth Tokens, masked until "view"
 * is pressed, each with "copy"; what was copied is announced.
 */
import { html, nothing } from 'lit';
import { ACCESS_LEVELS, maskToken, type SandboxView } from '../../../../contract/index.ts';
import { evenlyWrapped } from '../../shared/even-wrap.ts';
import { copyIcon, eyeIcon } from '../../shared/icons.ts';
import type { SandboxScreenHost } from './host.ts';

export function renderCredentials(host: SandboxScreenHost, view: SandboxView) {
  const t = host.sandboxLabels;
  const credentials = view.credentials;
  if (!credentials) return nothing;
  return html`
    <dl class="credentials">
      <div class="credential-row">
        <dt>${t.accountSid}</dt>
        <dd>
          <code data-credential="account-sid">${evenlyWrapped(credentials.accountSid)}</code>
          <button type="button" class="icon-btn" aria-label="${t.copy} ${t.accountSid}" @click=${() => host.copy(credentials.accountSid, t.accountSid)}>
            ${copyIcon}<span aria-hidden="true">${t.copy}</span>
          </button>
        </dd>
      </div>
      ${ACCESS_LEVELS.map((level) => {
        const name = t.authTokenOf(host.levelLabel(level));
        const value = credentials[level].authToken;
        const shown = host.revealed.has(value);
        return html`<div class="credential-row">
          <dt>${name}</dt>
          <dd>
            <code data-credential=${level}>${shown ? value : maskToken(value)}</code>
            <button
              type="button"
              class="icon-btn"
              aria-pressed=${shown ? 'true' : 'false'}
              aria-label="${t.view} ${name}"
              @click=${() => host.toggleReveal(value)}
            >
              ${eyeIcon}<span aria-hidden="true">${t.view}</span>
            </button>
            <button type="button" class="icon-btn" aria-label="${t.copy} ${name}" @click=${() => host.copy(value, name)}>
              ${copyIcon}<span aria-hidden="true">${t.copy}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    <p class="visually-hidden" role="status">${host.copyMessage}</p>
    ${host.copyMessage ? html`<p class="note" aria-hidden="true">${host.copyMessage}</p>` : nothing}
  `;
}
