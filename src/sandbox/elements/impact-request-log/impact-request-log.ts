import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { resolveLocale, type LogEntry } from '../../../contract/index.ts';
import type { PanelMessages } from '../../../i18n/support-panels.ts';
import type { SupportMessages } from '../../../i18n/support.ts';
import { formControls } from '../shared/form-controls.styles.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import { comparison, matches, statusesSeen, tokensSeen } from './entries.ts';
import { requestLogStyles } from './impact-request-log.styles.ts';
import { renderComparisonTable, renderEntry, shortMask, type EntryText } from './render-entry.ts';

/**
 * @summary The sandbox's request log as a timeline: every sandbox action and every partner API
 * request, with its time, caller, token, status and reason in the page's language; filters,
 * clear, export as JSON, and two requests compared side by side.
 * @tag impact-request-log
 *
 * Reads `GET /api/sandbox/log` whenever the sandbox's `lastLogId` moves, so requests from any
 * widget or tab appear at once, except while the reader points at the list or works in it: then
 * new rows wait behind a "3 new — show" line, so nothing moves under the pointer. Rows are keyed
 * by entry, so a tick stays with its request. Tokens appear masked only, as the log keeps them.
 *
 * @attr locale - The language of its labels and times: a locale of the site (anything else: the default locale).
 * @csspart toolbar - The filters and the clear and export buttons.
 * @csspart entries - The scrolling list of entries (newest first).
 * @csspart comparison - The two requests compared side by side.
 * @cssprop [--impact-color-accent=#1a56db] - Buttons, checkboxes, focus rings.
 * @cssprop [--impact-color-on-accent=#fff] - Text on primary buttons (the widgets' shared look).
 * @cssprop [--impact-color-accent-surface=#e8f0fe] - A row picked for comparison.
 * @cssprop [--impact-color-text=#1d2433] - Text.
 * @cssprop [--impact-color-text-muted=#4b5565] - Times, callers, tokens, notes.
 * @cssprop [--impact-color-surface=#fff] - Background of the list, buttons and fields.
 * @cssprop [--impact-color-surface-muted=#f6f8fa] - Background of action rows and the comparison.
 * @cssprop [--impact-color-border=#c9ced8] - Borders of the list, fields and buttons.
 * @cssprop [--impact-color-border-subtle=#eef0f4] - Lines between rows.
 * @cssprop [--impact-color-danger=#b42318] - The edge of an error notice (the widgets' shared look).
 * @cssprop [--impact-color-danger-surface=#fef3f2] - Background of an error status.
 * @cssprop [--impact-color-danger-text=#912018] - Text of an error status.
 * @cssprop [--impact-color-success=#0e7c3a] - The edge of a notice (the widgets' shared look).
 * @cssprop [--impact-color-success-surface=#ecfdf3] - Background of a success status.
 * @cssprop [--impact-color-success-text=#05603a] - Text of a success status.
 * @cssprop [--impact-font-sans=system-ui, …] - Text.
 * @cssprop [--impact-font-mono=ui-monospace, …] - Paths and tokens.
 * @cssprop [--impact-radius-small=4px] - Status badges, notices.
 * @cssprop [--impact-radius-medium=6px] - Buttons and fields.
 * @cssprop [--impact-radius-large=8px] - The list and the comparison.
 * @cssprop [--impact-radius-x-large=10px] - Dialogs (the widgets' shared look).
 * @cssprop [--impact-space-small=0.5em] - Gaps in the toolbar and rows.
 * @cssprop [--impact-space-medium=0.75em] - Padding of rows and notices.
 * @cssprop [--impact-space-large=1em] - Space above dialog buttons (the widgets' shared look).
 */
export class ImpactRequestLog extends SandboxWidget {
  static override properties = {
    entries: { state: true },
    tokenFilter: { state: true },
    statusFilter: { state: true },
    compared: { state: true },
    message: { state: true },
    heldAfter: { state: true },
  };

  declare private entries: LogEntry[] | null;
  declare private tokenFilter: string;
  declare private statusFilter: string;
  /** The ids of the (at most two) requests picked for comparison, in the order picked. */
  declare private compared: number[];
  declare private message: string;
  /** While the reader points at or works in the list: the newest entry shown; later ones wait. */
  declare private heldAfter: number | null;

  private loadedFor = -1;
  private pointerInside = false;
  private focusInside = false;
  private loading = false;

  constructor() {
    super();
    this.entries = null;
    this.tokenFilter = 'all';
    this.statusFilter = 'all';
    this.compared = [];
    this.message = '';
    this.heldAfter = null;
  }

  /** @internal The support tools' labels in the element's language. */
  get supportLabels(): SupportMessages {
    // The base class draws only once the element's language has loaded (its own chunk).
    return this.messages.support;
  }

  /** @internal The panel's own labels in the element's language. */
  get panelLabels(): PanelMessages {
    return this.messages.panels;
  }

  override willUpdate(): void {
    const last = this.sandbox.view?.lastLogId;
    if (last !== undefined && last !== this.loadedFor) void this.load();
  }

  /** Reads the log; a newer `lastLogId` seen while reading reads it again. */
  private async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    try {
      while (this.sandbox.view && this.sandbox.view.lastLogId !== this.loadedFor) {
        const wanted = this.sandbox.view.lastLogId;
        const entries = await this.store.readLog();
        this.loadedFor = wanted;
        this.entries = entries;
        const ids = new Set(entries.map((entry) => entry.id));
        this.compared = this.compared.filter((id) => ids.has(id));
      }
    } catch (error) {
      this.message = `${this.sandboxLabels.requestFailed}${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.loading = false;
    }
  }

  private toggleCompared = (id: number): void => {
    if (this.compared.includes(id)) this.compared = this.compared.filter((other) => other !== id);
    // A third pick replaces the older of the two.
    else this.compared = [...this.compared, id].slice(-2);
  };

  private get newestId(): number {
    return this.entries?.reduce((newest, entry) => Math.max(newest, entry.id), -1) ?? -1;
  }

  /** The reader is at the list (pointer or focus): hold what it shows; leaving shows everything. */
  private readonly onListEnter = (event: Event): void => {
    if (event.type === 'pointerenter') this.pointerInside = true;
    else this.focusInside = true;
    this.heldAfter ??= this.newestId;
  };

  private readonly onListLeave = (event: Event): void => {
    if (event.type === 'pointerleave') this.pointerInside = false;
    else if (!(
      event instanceof FocusEvent &&
      event.currentTarget instanceof Node &&
      event.relatedTarget instanceof Node &&
      event.currentTarget.contains(event.relatedTarget)
    ))
      this.focusInside = false;
    if (!this.pointerInside && !this.focusInside) this.heldAfter = null;
  };

  private readonly showHeld = (): void => {
    this.heldAfter = this.newestId;
  };

  private async clear(): Promise<void> {
    try {
      await this.store.clearLog();
      this.loadedFor = -1;
      this.heldAfter = null;
      void this.load();
      this.compared = [];
      this.message = this.panelLabels.logCleared;
    } catch (error) {
      this.message = `${this.sandboxLabels.requestFailed}${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private export(): void {
    const view = this.sandbox.view;
    const exported = {
      exportedAt: new Date().toISOString(),
      accountSid: view?.account.sid ?? null,
      entries: this.entries ?? [],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `sandbox-request-log-${exported.exportedAt.replace(/[:.]/g, '-')}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private get text(): EntryText {
    return {
      t: this.sandboxLabels,
      c: this.messages.console,
      s: this.supportLabels,
      p: this.panelLabels,
      locale: resolveLocale(this.locale),
    };
  }

  override render() {
    if (!this.sandbox.view || this.entries === null) return this.renderWaiting();
    const p = this.panelLabels;
    const entries = this.entries;
    const matching = entries.filter((entry) => matches(entry, this.tokenFilter, this.statusFilter)).reverse();
    const held = this.heldAfter;
    const shown = held === null ? matching : matching.filter((entry) => entry.id <= held);
    const waiting = matching.length - shown.length;
    // The line above the list counts what has been shown, so held rows change nothing above it either.
    const arrived = held === null ? entries : entries.filter((entry) => entry.id <= held);
    const requests = arrived.filter((entry) => entry.kind === 'request').length;
    return html`<div data-ready>
      <p class="note">${p.requestLogIntro}</p>
      <div class="toolbar" part="toolbar">
        <label>${p.filterToken}
          <select @change=${(e: Event) => (this.tokenFilter = (e.target as HTMLSelectElement).value)}>
            <option value="all" ?selected=${this.tokenFilter === 'all'}>${p.allTokens}</option>
            ${tokensSeen(entries).map(({ key, entry }) => html`<option value=${key} ?selected=${this.tokenFilter === key}>${entry.token ? p.tokenOf(entry.token.level === 'readWrite' ? this.sandboxLabels.readWrite : this.sandboxLabels.readOnly, shortMask(entry.token.masked)) : p.noToken}</option>`)}
          </select>
        </label>
        <label>${p.filterStatus}
          <select @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value)}>
            <option value="all" ?selected=${this.statusFilter === 'all'}>${p.allStatuses}</option>
            <option value="success" ?selected=${this.statusFilter === 'success'}>${p.successful}</option>
            <option value="failure" ?selected=${this.statusFilter === 'failure'}>${p.failed}</option>
            ${statusesSeen(entries).map((status) => html`<option value=${status} ?selected=${this.statusFilter === String(status)}>${status}</option>`)}
          </select>
        </label>
        <div class="buttons">
          <button type="button" class="btn secondary" ?disabled=${entries.length === 0} @click=${this.clear}>${p.clearLog}</button>
          <button type="button" class="btn secondary" ?disabled=${entries.length === 0} @click=${this.export}>${p.exportLog}</button>
        </div>
      </div>
      <p class="visually-hidden" role="status">${this.message}</p>
      ${this.renderComparison(entries)}
      ${
        entries.length === 0
          ? html`<p class="note empty">${p.emptyLog}</p>`
          : html`<p class="note count">${p.entriesShown(shown.length, arrived.length)}${requests >= 2 && this.compared.length < 2 ? ` · ${p.compareHint}` : ''}</p>
            ${
              shown.length === 0
                ? html`<p class="note empty">${p.noMatches}</p>`
                : html`<div class="entries-box" @pointerenter=${this.onListEnter} @pointerleave=${this.onListLeave} @focusin=${this.onListEnter} @focusout=${this.onListLeave}>
                  ${waiting > 0 ? html`<button type="button" class="btn held" @click=${this.showHeld}>${p.newEntriesHeld(waiting)}</button>` : nothing}
                  <ol class="entries" part="entries" tabindex="0" aria-label=${p.requestLog}>
                    ${repeat(
                      shown,
                      (entry) => entry.id,
                      (entry) =>
                        renderEntry(this.text, entry, {
                          checked: this.compared.includes(entry.id),
                          toggle: this.toggleCompared,
                        }),
                    )}
                  </ol>
                </div>`
            }`
      }
    </div>`;
  }

  private renderComparison(entries: readonly LogEntry[]) {
    const result = comparison(entries, this.compared);
    if (!result) return nothing;
    const p = this.panelLabels;
    const [first, second] = result.pair;
    const [before, after] = result.acrossReset ? [p.beforeReset, p.afterReset] : [p.earlier, p.later];
    return html`<section class="comparison" part="comparison" aria-labelledby="comparison-heading" data-comparison>
      <p class="comparison-title" id="comparison-heading"><strong>${this.sandboxLabels.labelled(p.comparison, p.compareSummary(before, first.status, after, second.status))}</strong></p>
      ${renderComparisonTable(this.text, [before, after], [first, second])}
    </section>`;
  }

  static override styles = [...widgetStyles, formControls, requestLogStyles];
}

customElements.define('impact-request-log', ImpactRequestLog);

declare global {
  interface HTMLElementTagNameMap {
    'impact-request-log': ImpactRequestLog;
  }
}
