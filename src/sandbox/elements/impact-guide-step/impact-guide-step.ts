import { html, nothing, type PropertyValues } from 'lit';
import { isGuideAction, type GuideAction } from '../../../contract/guided.ts';
import type { SandboxMessages } from '../../../i18n/sandbox.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import { guideStepStyles } from './impact-guide-step.styles.ts';

/** How a sub-point's action is named in the bar: by the label of the app's control that does it. */
const ACTION_LABEL: Record<GuideAction, keyof SandboxMessages> = {
  'open-settings': 'settings',
  'open-api': 'api',
  'enable-legacy-tokens': 'enableLegacyTokens',
  'open-more': 'more',
  'reset-token': 'confirmReset',
  'open-token-card': 'legacyAccountTokens',
  'view-credentials': 'apiCredentials',
  'choose-version': 'apiVersion',
  'change-version': 'apiVersion',
};

/**
 * @summary A guide step around its `<impact-sandbox>`: whether the step is done, "Show me", and,
 * when the step needs an earlier one, says so and offers "Catch me up".
 * @tag impact-guide-step
 *
 * The step is done once the reader does its `completes` action in any widget of the page (or
 * another tab); progress is kept per sandbox (src/sandbox/guided/progress.ts). "Show me" sends
 * the slotted app back to its screen with the control to use marked and focused. "Catch me up"
 * does the earlier steps in the sandbox (enables legacy tokens) and says what it did.
 *
 * @attr {number} step - The step's number in the guide.
 * @attr {string} completes - The action that marks it done (src/contract/guided.ts: open-settings, open-api, enable-legacy-tokens, open-more, reset-token, open-token-card, view-credentials, choose-version, change-version).
 * @attr {string} points - The actions of its sub-points, space-separated, in the order of the sub-points.
 * @attr locale - The language of its labels: a locale of the site (anything else: the default locale).
 * @attr {boolean} done - Reflected: present once the step is done (for the page's own styling).
 * @slot - The step's `<impact-sandbox>`.
 * @csspart bar - The line above the app: step number, done mark, sub-points, "Show me".
 * @csspart done - The done mark.
 * @csspart show-me - The "Show me" button.
 * @csspart needs - The note that an earlier step comes first, with "Catch me up".
 * @cssprop [--impact-color-accent=#1a56db] - Buttons, focus rings.
 * @cssprop [--impact-color-accent-surface=#e8f0fe] - Background of the precondition note.
 * @cssprop [--impact-color-on-accent=#fff] - Text on the primary button.
 * @cssprop [--impact-color-text=#1d2433] - Text.
 * @cssprop [--impact-color-text-muted=#4b5565] - "Not done yet", disabled buttons.
 * @cssprop [--impact-color-surface=#fff] - Secondary buttons' background.
 * @cssprop [--impact-color-border=#c9ced8] - Borders of disabled buttons.
 * @cssprop [--impact-color-border-subtle=#eef0f4] - Background of disabled buttons.
 * @cssprop [--impact-color-danger=#b42318] - A failed catch-up's edge.
 * @cssprop [--impact-color-danger-surface=#fef3f2] - A failed catch-up's background.
 * @cssprop [--impact-color-success=#0e7c3a] - The edge of the catch-up notice.
 * @cssprop [--impact-color-success-surface=#ecfdf3] - Backgrounds of the done mark and the catch-up notice.
 * @cssprop [--impact-color-success-text=#05603a] - Text of the done mark.
 * @cssprop [--impact-font-sans=system-ui, …] - Text.
 * @cssprop [--impact-font-mono=ui-monospace, …] - Code (the widgets' shared look).
 * @cssprop [--impact-radius-small=4px] - Notices.
 * @cssprop [--impact-radius-medium=6px] - Buttons, the precondition note.
 * @cssprop [--impact-radius-x-large=10px] - Dialogs (the widgets' shared look).
 * @cssprop [--impact-space-small=0.5em] - Gaps in the bar.
 * @cssprop [--impact-space-medium=0.75em] - Space around notices.
 * @cssprop [--impact-space-large=1em] - Space above dialog buttons (the widgets' shared look).
 */
export class ImpactGuideStep extends SandboxWidget {
  protected static override storeParts = ['progress'] as const;

  static override properties = {
    step: { type: Number },
    completes: {},
    points: {},
    done: { type: Boolean, reflect: true },
    catchingUp: { state: true },
    message: { state: true },
  };

  declare step: number;
  declare completes: string;
  declare points: string;
  declare done: boolean;
  declare private catchingUp: boolean;
  declare private message: { text: string; error: boolean } | null;

  private unregister: (() => void) | null = null;

  constructor() {
    super();
    this.step = 0;
    this.completes = '';
    this.points = '';
    this.done = false;
    this.catchingUp = false;
    this.message = null;
  }

  /** What stands in for the step until its labels let it draw: the bar's room, then its app. */
  private placeholder: Element[] = [];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const bar = document.createElement('div');
    bar.className = 'bar';
    this.placeholder = [bar, document.createElement('p'), document.createElement('slot')];
    root.append(...this.placeholder);
    return root;
  }

  protected override update(changed: PropertyValues): void {
    // Replaced in the same task as the first draw, so no frame shows the step without its app.
    for (const element of this.placeholder.splice(0)) element.remove();
    super.update(changed);
  }

  private get action(): GuideAction | null {
    return isGuideAction(this.completes) ? this.completes : null;
  }

  private get pointActions(): GuideAction[] {
    return this.points.split(/\s+/).filter(isGuideAction);
  }

  private get app() {
    return this.querySelector('impact-sandbox');
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('step') || changed.has('completes') || changed.has('points')) {
      this.unregister?.();
      const action = this.action;
      this.unregister = action
        ? this.store.progress.register({ step: this.step, completes: action, points: this.pointActions })
        : null;
    }
    const action = this.action;
    this.done = action ? this.store.progress.isStepDone({ completes: action, points: this.pointActions }) : false;
    // Said after a catch-up; once the sandbox is reset (the step needs catching up again) it is no longer true.
    if (action && this.message && !this.message.error && this.store.progress.unmetNeed(action)) this.message = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sandbox.store?.progress.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unregister?.();
    this.unregister = null;
  }

  private async showMe(): Promise<void> {
    await this.app?.showMe();
  }

  private async catchUp(): Promise<void> {
    const action = this.action;
    if (!action) return;
    this.catchingUp = true;
    this.message = null;
    try {
      const steps = await this.store.progress.catchUp(action);
      const t = this.sandboxLabels;
      const g = this.guidedLabels;
      const range = steps.length ? g.stepRange(steps[0]!, steps[steps.length - 1]!) : '';
      this.message = { text: g.caughtUp(range, t.settings, t.api, t.enableLegacyTokens), error: false };
    } catch (error) {
      this.message = {
        text: `${this.sandboxLabels.requestFailed}${error instanceof Error ? error.message : String(error)}`,
        error: true,
      };
    } finally {
      this.catchingUp = false;
    }
    await this.updateComplete;
    // The button is gone now: the reader goes on with this step's own control.
    if (!this.message.error && this.focusIsLost()) await this.showMe();
  }

  private renderNeeds(need: GuideAction) {
    const g = this.guidedLabels;
    const provider = this.store.progress.stepThatDoes(need);
    return html`<p class="needs" part="needs">
      <span>${provider ? g.needsStep(provider.step) : g.needsLegacyTokens}</span>
      <button type="button" class="btn" ?disabled=${this.catchingUp} @click=${this.catchUp}>
        ${this.catchingUp ? g.catchingUp : g.catchMeUp}
      </button>
    </p>`;
  }

  protected override get drawn(): boolean {
    return this.sandbox.view !== null && this.store.progress.actions !== null;
  }

  override render() {
    const g = this.guidedLabels;
    const t = this.sandboxLabels;
    const action = this.action;
    const ready = this.sandbox.view !== null && this.store.progress.actions !== null;
    const need = action && ready ? this.store.progress.unmetNeed(action) : null;
    const points = this.pointActions;
    return html`
      <div class="step" role="group" aria-label=${g.stepInSandbox(this.step)}>
        <div class="bar" part="bar">
          <span class="step-number">${g.step(this.step)}</span>
          ${
            !ready
              ? nothing
              : this.done
                ? html`<span class="done" part="done"><span aria-hidden="true">✓</span> <span>${g.done}</span></span>`
                : html`<span class="not-done">${g.notDone}</span>`
          }
          ${
            // The lead-in's colon brings its own spacing (a space after ":", none after "："), so nothing stands between.
            ready && points.length
              ? html`<span class="points">
                ${t.labelled(g.alsoOnThisStep, '')}${points.map((point, index) => {
                  const label = String(t[ACTION_LABEL[point]]);
                  const done = this.store.progress.isDone(point);
                  return html`${index ? html`<span aria-hidden="true"> · </span>` : nothing}<span class="point ${done ? 'point-done' : ''}"
                      >${label} <span class="visually-hidden">(${done ? g.done : g.notDone})</span
                      >${done ? html`<span aria-hidden="true"> ✓</span>` : nothing}</span
                    >`;
                })}
              </span>`
              : nothing
          }
          ${
            ready && !need
              ? html`<button type="button" class="btn secondary show-me" part="show-me" @click=${this.showMe}>${g.showMe}</button>`
              : nothing
          }
        </div>
        ${need ? this.renderNeeds(need) : nothing}
        <p class=${this.message ? `notice ${this.message.error ? 'error' : ''}` : ''} role="status">${this.message?.text ?? ''}</p>
        <slot></slot>
      </div>
    `;
  }

  static override styles = [...widgetStyles, guideStepStyles];
}

customElements.define('impact-guide-step', ImpactGuideStep);

declare global {
  interface HTMLElementTagNameMap {
    'impact-guide-step': ImpactGuideStep;
  }
}
