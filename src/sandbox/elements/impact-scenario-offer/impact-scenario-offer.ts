import { html, nothing } from 'lit';
import { isScenarioName, type ScenarioName } from '../../../contract/index.ts';
import type { ConsoleMessages } from '../../../i18n/support-console.ts';
import type { Offers } from '../../support/offers.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import { scenarioOfferStyles } from './impact-scenario-offer.styles.ts';

/**
 * @summary An embed's offer to start from a named scenario (`<Sandbox scenario="…">` in MDX):
 * the scenario's title and one-line description, and "start from this scenario".
 * @tag impact-scenario-offer
 *
 * Loads the scenario at once into a sandbox without changes of its own; otherwise the page's
 * console asks first, as for `?scenario=` in the address.
 *
 * @attr {string} scenario - The scenario (new, enabled, after-read-write-reset, after-read-only-reset, upgraded, rate-limited).
 * @attr locale - The language of its labels: a locale of the site (anything else: the default locale).
 * @csspart offer - The offer: the scenario's title, its description and the button.
 * @csspart button - "Start from this scenario".
 * @cssprop [--impact-color-accent=#1a56db] - The button, focus rings.
 * @cssprop [--impact-color-on-accent=#fff] - Text on primary buttons (the widgets' shared look).
 * @cssprop [--impact-color-text=#1d2433] - Text.
 * @cssprop [--impact-color-text-muted=#4b5565] - The description.
 * @cssprop [--impact-color-surface=#fff] - The button's background.
 * @cssprop [--impact-color-surface-muted=#f6f8fa] - The offer's background.
 * @cssprop [--impact-color-border=#c9ced8] - The offer's border.
 * @cssprop [--impact-color-border-subtle=#eef0f4] - Disabled buttons (the widgets' shared look).
 * @cssprop [--impact-color-danger=#b42318] - The edge of an error notice (the widgets' shared look).
 * @cssprop [--impact-color-danger-surface=#fef3f2] - Background of an error notice (the widgets' shared look).
 * @cssprop [--impact-color-success=#0e7c3a] - The edge of a notice.
 * @cssprop [--impact-color-success-surface=#ecfdf3] - Background of a notice.
 * @cssprop [--impact-font-sans=system-ui, …] - Text.
 * @cssprop [--impact-font-mono=ui-monospace, …] - Code (the widgets' shared look).
 * @cssprop [--impact-radius-small=4px] - Notices.
 * @cssprop [--impact-radius-medium=6px] - The button.
 * @cssprop [--impact-radius-large=8px] - The offer.
 * @cssprop [--impact-radius-x-large=10px] - Dialogs (the widgets' shared look).
 * @cssprop [--impact-space-small=0.5em] - Gaps inside the offer.
 * @cssprop [--impact-space-medium=0.75em] - Padding of the offer, notices.
 * @cssprop [--impact-space-large=1em] - Space above dialog buttons (the widgets' shared look).
 */
export class ImpactScenarioOffer extends SandboxWidget {
  static override properties = {
    scenario: {},
    message: { state: true },
    busy: { state: true },
  };

  declare scenario: string;
  declare private message: string;
  declare private busy: boolean;
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super();
    this.scenario = '';
    this.message = '';
    this.busy = false;
  }

  /** @internal The labels in the element's language (both languages travel in its chunk). */
  get consoleLabels(): ConsoleMessages {
    return this.messages.console;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Says here what became of this embed's scenario (loaded, or kept after the console asked). */
  private follow(offers: Offers, name: ScenarioName): void {
    this.unsubscribe ??= offers.subscribe(() => {
      const notice = offers.notice;
      if (notice?.kind === 'scenario-loaded' && notice.scenario === name)
        this.message = this.consoleLabels.scenarioLoaded(this.consoleLabels.scenarios[name].title);
      else if (notice?.kind === 'kept') this.message = this.consoleLabels.keptSandbox;
    });
  }

  private async start(): Promise<void> {
    if (!isScenarioName(this.scenario)) return;
    this.busy = true;
    this.message = '';
    try {
      const { offers } = await this.store.consoleTools.load();
      this.follow(offers, this.scenario);
      await offers.offerScenario(this.scenario);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (!this.sandbox.view || !isScenarioName(this.scenario)) return nothing;
    const c = this.consoleLabels;
    const scenario = c.scenarios[this.scenario];
    return html`<div class="offer" part="offer" data-ready>
        <p>
          ${c.scenarioOffer(scenario.title)}
          <span class="description">${scenario.description}</span>
        </p>
        <button type="button" class="btn secondary" part="button" ?disabled=${this.busy} @click=${this.start}>${c.startFromScenario}</button>
      </div>
      <p class=${this.message ? 'notice' : ''} role="status">${this.message}</p>`;
  }

  static override styles = [...widgetStyles, scenarioOfferStyles];
}

customElements.define('impact-scenario-offer', ImpactScenarioOffer);

declare global {
  interface HTMLElementTagNameMap {
    'impact-scenario-offer': ImpactScenarioOffer;
  }
}
