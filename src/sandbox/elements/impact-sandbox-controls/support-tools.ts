/**
 * The console's support tools: the scenario picker, "copy share link", and the dialog that
 * confirms loading a scenario or a shared sandbox. Drawn into the console's shadow root.
 */
import { html, nothing } from 'lit';
import { SCENARIOS, type ScenarioName } from '../../../contract/index.ts';
import type { ConsoleMessages } from '../../../i18n/support-console.ts';
import type { Offer, SupportNotice } from '../../support/offers.ts';

export interface SupportToolsHost {
  readonly consoleLabels: ConsoleMessages;
  scenarioChoice: ScenarioName;
  readonly shareLink: string;
  readonly busy: boolean;
  chooseScenario(event: Event): void;
  loadScenario(): void;
  copyShareLink(): void;
  acceptOffer(): void;
  declineOffer(): void;
}

export function noticeText(c: ConsoleMessages, notice: SupportNotice): string {
  switch (notice.kind) {
    case 'scenario-loaded':
      return c.scenarioLoaded(c.scenarios[notice.scenario].title);
    case 'unknown-scenario':
      return c.unknownScenario(notice.name, SCENARIOS.join(', '));
    case 'share-loaded':
      return c.shareLoaded;
    case 'bad-share-link':
      return c.badShareLink;
    case 'kept':
      return c.keptSandbox;
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
  const c = host.consoleLabels;
  const scenario = c.scenarios[host.scenarioChoice];
  return html`
    <div class="tools">
      <div class="tool">
        <label for="scenario">${c.scenarioPicker}</label>
        <div class="tool-row">
          <select id="scenario" aria-describedby="scenario-description" @change=${host.chooseScenario}>
            ${SCENARIOS.map((name) => html`<option value=${name} .selected=${name === host.scenarioChoice}>${c.scenarios[name].title}</option>`)}
          </select>
          <button type="button" class="btn secondary" part="scenario-button" ?disabled=${host.busy} @click=${host.loadScenario}>${c.loadScenario}</button>
        </div>
        <p class="note" id="scenario-description">${scenario.description}</p>
      </div>
      <div class="tool">
        <button type="button" class="btn secondary" part="share-button" aria-describedby="share-intro" ?disabled=${host.busy} @click=${host.copyShareLink}>${c.copyShareLink}</button>
        <p class="note" id="share-intro">${c.shareIntro}</p>
        ${
          host.shareLink
            ? html`<label class="share-link">${c.shareLink}
              <input readonly .value=${host.shareLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            </label>`
            : nothing
        }
      </div>
    </div>
  `;
}

export function renderOfferDialog(host: SupportToolsHost, offer: Offer | null, untouched: boolean) {
  const c = host.consoleLabels;
  const title = !offer
    ? ''
    : offer.kind === 'scenario'
      ? c.confirmScenarioTitle(c.scenarios[offer.scenario].title)
      : c.confirmShareTitle;
  return html`<dialog part="offer-dialog" class="offer" aria-labelledby="offer-title" aria-describedby="offer-body" @cancel=${(
    e: Event,
  ) => {
    e.preventDefault();
    host.declineOffer();
  }}>
    <h2 id="offer-title">${title}</h2>
    <div id="offer-body">
      ${offer?.kind === 'share' ? html`<p>${c.confirmShareBody(sharedSid(offer.shared))}</p>` : nothing}
      ${offer?.kind === 'scenario' ? html`<p>${c.scenarios[offer.scenario].description}</p>` : nothing}
      ${untouched ? nothing : html`<p>${c.confirmReplaces}</p>`}
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn secondary" @click=${host.declineOffer}>${c.cancel}</button>
      <button type="button" class="btn" @click=${host.acceptOffer}>${offer?.kind === 'share' ? c.openShared : c.load}</button>
    </div>
  </dialog>`;
}
