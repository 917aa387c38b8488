/** The app's top bar: brand (home), the sandbox badge, and the user profile menu (→ Settings). */
import { html } from 'lit';
import { personIcon } from '../../shared/icons.ts';
import { MENU_BUTTON_PARTS, type SandboxScreenHost } from './host.ts';
import '../../impact-menu-button/impact-menu-button.ts';

export function renderTopBar(host: SandboxScreenHost) {
  const t = host.sandboxLabels;
  return html`
    <header class="topbar" part="topbar">
      <button type="button" class="brand" translate="no" @click=${() => host.go('home')}>impact.com</button>
      <span class="badge" title=${t.sandboxBadgeDetail}>${t.sandboxBadge}<span class="visually-hidden">: ${t.sandboxBadgeDetail}</span></span>
      <div class="topnav">
        <impact-menu-button
          on-dark
          icon-only
          exportparts=${MENU_BUTTON_PARTS}
          class=${host.mark('user-profile')}
          .label=${t.userProfile}
          .icon=${personIcon}
          .items=${[{ id: 'settings', label: t.settings }]}
          @impact-menu-select=${() => {
            host.go('settings');
            host.report('open-settings');
          }}
        ></impact-menu-button>
      </div>
    </header>
  `;
}
