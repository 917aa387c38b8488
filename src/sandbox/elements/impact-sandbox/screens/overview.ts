/**
 * The token's Overview tab: name, created date, each access level's last reset, and the API
 * version. Choosing in the drop-down only selects; "upgrade" is a separate, confirmed step (a
 * drop-down that acted on `change` would fire on a keyboard user's first arrow press).
 */
import { html, nothing } from 'lit';
import { resolveLocale, type SandboxView } from '../../../../contract/index.ts';
import { formatDate, formatDateTime } from '../../../../i18n/format.ts';
import type { SandboxScreenHost } from './host.ts';

export function renderOverview(host: SandboxScreenHost, view: SandboxView) {
  const t = host.sandboxLabels;
  const locale = resolveLocale(host.locale);
  const token = view.legacyToken;
  if (!token) return nothing;
  const chosen = host.versionChoice && host.versionChoice > token.apiVersion ? host.versionChoice : null;
  const onChange = (event: Event) => {
    if (!(event.target instanceof HTMLSelectElement)) return;
    host.versionChoice = Number(event.target.value);
    host.report('choose-version');
  };
  const onUpgrade = (event: Event) => {
    host.askUpgrade(event.currentTarget instanceof HTMLElement ? event.currentTarget : null);
  };
  return html`
    <dl class="facts">
      <dt>${t.tokenName}</dt>
      <dd>${t.legacyAccountTokens}</dd>
      <dt>${t.createdDate}</dt>
      <dd><time datetime=${token.createdAt}>${formatDate(token.createdAt, locale)}</time></dd>
      <dt>${t.accessLevels}</dt>
      <dd>
        <ul class="plain">
          ${token.accessLevels.map(
            (entry) => html`<li>
              ${host.levelLabel(entry.level)} — ${t.labelled(t.lastReset, '')}${entry.lastResetAt ? html`<time datetime=${entry.lastResetAt}>${formatDateTime(entry.lastResetAt, locale)}</time>` : t.never}
            </li>`,
          )}
        </ul>
      </dd>
    </dl>
    <div class="field ${host.mark('api-version')}">
      <label for="api-version">${t.apiVersion}</label>
      <div class="version-row">
        <select id="api-version" aria-describedby="api-version-help" ?disabled=${host.busy || token.upgradeTargets.length === 0} @change=${onChange}>
          ${token.availableVersions.map((entry) =>
            entry.version === token.apiVersion
              ? html`<option value=${entry.version} disabled ?selected=${!chosen}>${t.versionOption(entry.version, entry.released, true)}</option>`
              : html`<option value=${entry.version} ?selected=${chosen === entry.version}>${t.versionOption(entry.version, entry.released, false)}</option>`,
          )}
        </select>
        ${
          token.upgradeTargets.length
            ? html`<button type="button" class="btn" ?disabled=${host.busy || !chosen} @click=${onUpgrade}>${t.upgradeApiVersion}</button>`
            : nothing
        }
      </div>
      <p id="api-version-help" class="note">${token.upgradeTargets.length ? t.apiVersionHelp : t.newestVersion}</p>
    </div>
  `;
}
