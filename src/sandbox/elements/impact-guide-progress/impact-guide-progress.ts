import { html, nothing } from 'lit';
import { StepsDoneEvent } from '../../guided/progress.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import { guideProgressStyles } from './impact-guide-progress.styles.ts';

/**
 * @summary How far the reader is through the page's guide steps ("2 of 5 steps done", with a
 * progress bar), and the polite live region that says when a step gets done.
 * @tag impact-guide-progress
 *
 * Counts the page's `<impact-guide-step>` elements; hidden until the sandbox has loaded. Where
 * the console is below the article (a phone), the strip also holds "Reset sandbox" (confirmed
 * first, as in the console), so it is at hand beside the steps.
 * Announces only what the reader does in this tab, not progress found on load or made in
 * another tab.
 *
 * @attr locale - The language of its labels: a locale of the site (anything else: the default locale).
 * @csspart progress - The `<progress>` bar.
 * @cssprop [--impact-color-accent=#1a56db] - The filled part of the bar, focus rings.
 * @cssprop [--impact-color-text=#1d2433] - Text.
 * @cssprop [--impact-color-text-muted=#4b5565] - The count.
 * @cssprop [--impact-color-surface=#fff] - The background of the strip.
 * @cssprop [--impact-color-border=#c9ced8] - The strip's edge, the bar's track.
 * @cssprop [--impact-color-border-subtle=#eef0f4] - The bar's empty part.
 * @cssprop [--impact-color-on-accent=#fff] - (the widgets' shared look).
 * @cssprop [--impact-color-danger=#b42318] - (the widgets' shared look).
 * @cssprop [--impact-color-danger-surface=#fef3f2] - (the widgets' shared look).
 * @cssprop [--impact-color-success=#0e7c3a] - (the widgets' shared look).
 * @cssprop [--impact-color-success-surface=#ecfdf3] - (the widgets' shared look).
 * @cssprop [--impact-font-sans=system-ui, …] - Text.
 * @cssprop [--impact-font-mono=ui-monospace, …] - (the widgets' shared look).
 * @cssprop [--impact-radius-small=4px] - (the widgets' shared look).
 * @cssprop [--impact-radius-medium=6px] - (the widgets' shared look).
 * @cssprop [--impact-radius-x-large=10px] - (the widgets' shared look).
 * @cssprop [--impact-space-small=0.5em] - Gaps in the strip.
 * @cssprop [--impact-space-medium=0.75em] - (the widgets' shared look).
 * @cssprop [--impact-space-large=1em] - (the widgets' shared look).
 */
export class ImpactGuideProgress extends SandboxWidget {
  protected static override storeParts = ['progress'] as const;

  static override properties = {
    announcement: { state: true },
  };

  declare private announcement: string;

  private readonly onStepsDone = (event: Event) => {
    if (!(event instanceof StepsDoneEvent) || !this.labelsReady) return;
    const g = this.guidedLabels;
    const total = this.store.progress.steps.length;
    const said = event.steps.map((step) => g.stepDone(step));
    if (this.store.progress.doneCount === total) said.push(g.allDone(total));
    this.announcement = said.join(' ');
  };

  constructor() {
    super();
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sandbox.store?.progress.watch();
    this.sandbox.store?.addEventListener('steps-done', this.onStepsDone);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sandbox.store?.removeEventListener('steps-done', this.onStepsDone);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private readonly confirmReset = async (): Promise<void> => {
    this.dialog?.close();
    try {
      await this.store.resetSandbox();
      this.announcement = this.sandboxLabels.resetSandboxDone;
    } catch (error) {
      this.announcement = `${this.sandboxLabels.requestFailed}${error instanceof Error ? error.message : String(error)}`;
    }
  };

  protected override get drawn(): boolean {
    return this.sandbox.view !== null && this.store.progress.actions !== null;
  }

  override render() {
    const g = this.guidedLabels;
    const total = this.store.progress.steps.length;
    const shown = this.sandbox.view !== null && this.store.progress.actions !== null && total > 0;
    const done = shown ? this.store.progress.doneCount : 0;
    return html`
      ${
        shown
          ? html`<div class="strip" data-ready>
            <span id="progress-label" class="label">${g.progressLabel}</span>
            <progress part="progress" max=${total} .value=${done} aria-labelledby="progress-label" aria-describedby="progress-count"></progress>
            <span id="progress-count" class="count">${g.progressText(done, total)}</span>
            <button type="button" class="btn secondary reset" @click=${() => this.dialog?.showModal()}>${this.sandboxLabels.resetSandbox}</button>
          </div>
          <dialog aria-labelledby="reset-title" aria-describedby="reset-body">
            <h2 id="reset-title">${this.sandboxLabels.resetSandboxTitle}</h2>
            <p id="reset-body">${this.sandboxLabels.resetSandboxBody}</p>
            <div class="dialog-actions">
              <button type="button" class="btn secondary" @click=${() => this.dialog?.close()}>${this.sandboxLabels.cancel}</button>
              <button type="button" class="btn danger" @click=${this.confirmReset}>${this.sandboxLabels.resetSandbox}</button>
            </div>
          </dialog>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  static override styles = [...widgetStyles, guideProgressStyles];
}

customElements.define('impact-guide-progress', ImpactGuideProgress);

declare global {
  interface HTMLElementTagNameMap {
    'impact-guide-progress': ImpactGuideProgress;
  }
}
