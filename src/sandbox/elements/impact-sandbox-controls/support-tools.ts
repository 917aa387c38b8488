/**
 * The console's support tools: the scenario picker, "copy share link", and the dialog that
 * confirms loading a scenario or a shared sandbox. Drawn into the console's shadow root.
 */
import { html, nothing } from 'lit';
import { SCENARIOS, type ScenarioName } from '../../../contract/index.ts';
import type { ConsoleMessages } from '../../../i18n/support-console.ts';
import type { Offer, SupportNotice } from '../../support/offers.ts';

export interface SupportToolsHost {
  readonly s: ConsoleMessages;
  scenarioChoice: ScenarioName;
  readonly shareLink: string;
  readonly busy: boolean;
  chooseScenario(event: Event): void;
  loadScenario(): void;
  copyShareLink(): void;
  acceptOffer(): void;
  declineOffer(): void;
}

export function noticeText(s: ConsoleMessages, notice: SupportNotice): string {
  switch (notice.kind) {
    case 'scenario-loaded':
      return s.scenarioLoaded(s.scenarios[notice.scenario].title);
    case 'unknown-scenario':
      return s.unknownScenario(notice.name, SCENARIOS.join(', '));
    case 'share-loaded':
      return s.shareLoaded;
    case 'bad-share-link':
      return s.badShareLink;
    case 'kept':
      return s.keptSandbox;
    case 'failed':
      return notice.message;
  }
}

/** The Account SID a shared state names, if it names one where the compact form keeps it. */
function sharedSid(shared: unknown): string {
  const value = (shared as { accountSid?: unknown } | null)?.accountSid;
  return typeof value === 'string' ? value.slice(0, 40) : '?';
}

export function renderSupportTools(host: SupportToolsHost) {
  const s = host.s;
  const scenario = s.scenarios[host.scenarioChoice];
  return html`
    <div class="tools">
      <div class="tool">
        <label for="scenario">${s.scenarioPicker}</label>
        <div class="tool-row">
          <select id="scenario" aria-describedby="scenario-description" @change=${host.chooseScenario}>
            ${SCENARIOS.map((name) => html`<option value=${name} ?selected=${name === host.scenarioChoice}>${s.scenarios[name].title}</option>`)}
          </select>
          <button type="button" class="btn secondary" part="scenario-button" ?disabled=${host.busy} @click=${host.loadScenario}>${s.loadScenario}</button>
        </div>
        <p class="note" id="scenario-description">${scenario.description}</p>
      </div>
      <div class="tool">
        <button type="button" class="btn secondary" part="share-button" aria-describedby="share-intro" ?disabled=${host.busy} @click=${host.copyShareLink}>${s.copyShareLink}</button>
        <p class="note" id="share-intro">${s.shareIntro}</p>
        ${
          host.shareLink
            ? html`<label class="share-link">${s.shareLink}
              <input readonly .value=${host.shareLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            </label>`
            : nothing
        }
      </div>
    </div>
  `;
}

export function renderOfferDialog(host: SupportToolsHost, offer: Offer | null, untouched: boolean) {
  const s = host.s;
  const title = !offer
    ? ''
    : offer.kind === 'scenario'
      ? s.confirmScenarioTitle(s.scenarios[offer.scenario].title)
      : s.confirmShareTitle;
  return html`<dialog part="offer-dialog" class="offer" aria-labelledby="offer-title" aria-describedby="offer-body" @cancel=${(
    e: Event,
  ) => {
    e.preventDefault();
    host.declineOffer();
  }}>
    <h2 id="offer-title">${title}</h2>
    <div id="offer-body">
      ${offer?.kind === 'share' ? html`<p>${s.confirmShareBody(sharedSid(offer.shared))}</p>` : nothing}
      ${offer?.kind === 'scenario' ? html`<p>${s.scenarios[offer.scenario].description}</p>` : nothing}
      ${untouched ? nothing : html`<p>${s.confirmReplaces}</p>`}
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn secondary" @click=${host.declineOffer}>${s.cancel}</button>
      <button type="button" class="btn" @click=${host.acceptOffer}>${offer?.kind === 'share' ? s.openShared : s.load}</button>
    </div>
  </dialog>`;
}
