/** Settings: the General items (not part of the sandbox) and Technical → API. */
import { html } from 'lit';
import type { SandboxScreenHost } from './host.ts';

function openApi(host: SandboxScreenHost): void {
  host.go('api');
  host.report('open-api');
}

export function renderSettings(host: SandboxScreenHost) {
  const t = host.sandboxLabels;
  return html`
    <h2 tabindex="-1" data-screen-heading>${t.settings}</h2>
    <div class="settings-nav">
      <section>
        <h3>${t.general}</h3>
        <ul>
          ${t.generalItems.map((item) => html`<li><span class="unavailable" title=${t.notInSandbox}>${item}</span></li>`)}
        </ul>
      </section>
      <section>
        <h3>${t.technical}</h3>
        <ul>
          <li><button type="button" class="linkish ${host.mark('api')}" @click=${() => openApi(host)}>${t.api}</button></li>
        </ul>
      </section>
    </div>
  `;
}
