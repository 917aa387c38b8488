/**
 * Settings › Technical › API: "create access token" (out of the sandbox's scope), "enable legacy
 * tokens" until it is done, then the legacy token's card with its More menu (reset a token).
 */
import { html, nothing } from 'lit';
import { resolveLocale, type SandboxView } from '../../../../contract/index.ts';
import { formatDate } from '../../../../i18n/format.ts';
import { kebabIcon } from '../../shared/icons.ts';
import type { MenuSelectEvent } from '../../impact-menu-button/impact-menu-button.ts';
import { MENU_BUTTON_PARTS, type SandboxScreenHost } from './host.ts';
import '../../impact-menu-button/impact-menu-button.ts';

export function renderApiPage(host: SandboxScreenHost, view: SandboxView) {
  const t = host.sandboxLabels;
  const enabled = view.account.legacyTokensEnabled;
  const onMoreSelect = (event: MenuSelectEvent) => {
    const invoker = event.target instanceof HTMLElement ? event.target : null;
    const level = event.detail.id === 'reset-read-write' ? 'readWrite' : 'readOnly';
    host.openDialog({ kind: 'reset', level }, invoker);
  };
  const openSettings = () => {
    host.go('settings');
    host.report('open-settings');
  };
  const openCard = () => {
    host.go('token', 'overview');
    host.report('open-token-card');
  };
  return html`
    <p class="breadcrumb">
      <button type="button" class="linkish crumb" @click=${openSettings}><span>${t.settings}</span></button
      >${t.technical} <span aria-hidden="true">›</span> ${t.api}
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
              class="btn ${host.mark('enable-legacy-tokens')}"
              ?disabled=${host.busy}
              @click=${() => host.enable()}
            >
              ${t.enableLegacyTokens}
            </button>`
        }
      </div>
    </div>
    <p id="create-note" class="note">${t.createAccessTokenNote}</p>
    ${
      enabled && view.legacyToken
        ? html`
          <article class="token-card ${host.mark('token-card')}" part="token-card" aria-labelledby="token-card-open">
            <div class="card-head">
              <h3>
                <button type="button" id="token-card-open" class="card-open" aria-describedby="token-card-meta" @click=${openCard}>
                  ${t.legacyAccountTokens}
                </button>
              </h3>
              <impact-menu-button
                icon-only
                exportparts=${MENU_BUTTON_PARTS}
                class=${host.mark('more')}
                .label=${t.more}
                .icon=${kebabIcon}
                .items=${[
                  { id: 'reset-read-write', label: t.resetReadWrite },
                  { id: 'reset-read-only', label: t.resetReadOnly },
                ]}
                @impact-menu-open=${() => host.report('open-more')}
                @impact-menu-select=${onMoreSelect}
              ></impact-menu-button>
            </div>
            <p id="token-card-meta" class="card-meta">
              ${t.labelled(t.createdDate, formatDate(view.legacyToken.createdAt, resolveLocale(host.locale)))} ·
              ${t.labelled(t.apiVersion, String(view.legacyToken.apiVersion))} ·
              ${t.labelled(t.accessLevels, t.list(t.readWrite, t.readOnly))}
            </p>
          </article>
        `
        : html`<p class="empty">${t.noTokensYet}</p>`
    }
  `;
}
