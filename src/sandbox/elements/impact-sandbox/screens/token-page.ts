/**
 * The legacy token's page: two tabs (Overview, API Credentials) with the WAI-ARIA tabs keys:
 * ArrowLeft/ArrowRight move and wrap, Home and End jump; the tab moved to is selected at once.
 */
import { html, nothing } from 'lit';
import type { SandboxView } from '../../../../contract/index.ts';
import type { SandboxScreenHost, Tab } from './host.ts';
import { renderCredentials } from './credentials.ts';
import { renderOverview } from './overview.ts';

const TAB_ORDER: readonly Tab[] = ['overview', 'credentials'];

/** The tab a key moves to from `current`, or null for a key the tab list does not handle. */
function tabForKey(key: string, current: Tab): Tab | null {
  const index = TAB_ORDER.indexOf(current);
  const count = TAB_ORDER.length;
  switch (key) {
    case 'ArrowRight':
      return TAB_ORDER[(index + 1) % count] ?? null;
    case 'ArrowLeft':
      return TAB_ORDER[(index + count - 1) % count] ?? null;
    case 'Home':
      return TAB_ORDER[0] ?? null;
    case 'End':
      return TAB_ORDER[count - 1] ?? null;
    default:
      return null;
  }
}

export function renderTokenPage(host: SandboxScreenHost, view: SandboxView) {
  const t = host.sandboxLabels;
  const tabs: Array<{ id: Tab; label: string; mark: string }> = [
    { id: 'overview', label: t.overview, mark: host.mark('overview') },
    { id: 'credentials', label: t.apiCredentials, mark: host.mark('api-credentials') },
  ];
  const onKeydown = (event: KeyboardEvent) => {
    const next = tabForKey(event.key, host.tab);
    if (!next) return;
    event.preventDefault();
    host.selectTab(next, true);
  };
  return html`
    <p class="breadcrumb">
      <button type="button" class="linkish" @click=${() => host.go('api')}>${t.backToApi}</button>
    </p>
    <h2 tabindex="-1" data-screen-heading>${t.legacyAccountTokens}</h2>
    <div role="tablist" aria-label=${t.tokenPages} class="tablist" part="tabs" @keydown=${onKeydown}>
      ${tabs.map(
        (tab) => html`<button
          type="button"
          role="tab"
          id="tab-${tab.id}"
          class=${tab.mark}
          aria-selected=${host.tab === tab.id ? 'true' : 'false'}
          aria-controls="panel-${tab.id}"
          tabindex=${host.tab === tab.id ? '0' : '-1'}
          @click=${() => host.selectTab(tab.id, false)}
        >
          ${tab.label}
        </button>`,
      )}
    </div>
    ${tabs.map(
      (
        tab,
      ) => html`<div role="tabpanel" id="panel-${tab.id}" aria-labelledby="tab-${tab.id}" tabindex="0" ?hidden=${host.tab !== tab.id}>
        ${host.tab === tab.id ? (tab.id === 'overview' ? renderOverview(host, view) : renderCredentials(host, view)) : nothing}
      </div>`,
    )}
  `;
}
