import { html, LitElement, nothing } from 'lit';
import { DEFAULT_LOCALE, resolveLocale, type Locale } from '../../../contract/locale.ts';
import { ASK_BOX_MESSAGES, type AskBoxMessages } from '../../../i18n/ask-box.ts';
import { revealTarget } from '../../reveal-target.ts';
import { askQuestion, AskUnavailableError, htmlUrl } from '../../client.ts';
import type { AskExcerpt, AskReply } from '../../types.ts';
import { excerptText, highlightTerms, renderAnswer } from './answer-markup.ts';

/** Set by the page's loader when the form was submitted before this module arrived. */
export const PENDING_ATTRIBUTE = 'data-ask-pending';

/**
 * @summary The header's "ask the docs" box: asks the site's `?ask=` endpoint and shows the
 * answer, the excerpts it rests on (matched words marked), section links and follow-ups.
 * @tag impact-ask
 *
 * Base.astro renders its form (a plain `<form role="search">` that works as `GET <page>?ask=…`
 * without JavaScript), an empty live region (`[data-ask-status]`) and an output slot
 * (`[data-ask-output]`); this element upgrades that markup once the reader focuses or types in
 * the box, and renders the reply into the slot in the light DOM, so the page's styles apply
 * (classes `ask-panel`, `ask-answer`, `ask-excerpts`, …) and every id lives in one tree. Hence
 * no shadow parts and no custom properties of its own. Escape closes the results and keeps the
 * question. Replies are rendered with Lit templates only: no innerHTML.
 *
 * The question asked is put in the page's address (`?ask=…`, replacing the history entry, no
 * reload), so the link can be sent: opening it shows the page with the answer (Base.astro asks
 * the question in the URL). Closing the results, or clearing the field, takes `ask` out again.
 *
 * @attr locale - The language of its labels: a locale of the site (anything else: the default locale).
 * @attr {string} page - The page a question is asked about (its HTML path); the current page when empty.
 */
export class ImpactAsk extends LitElement {
  static override properties = {
    locale: {},
    page: {},
    reply: { state: true },
    busy: { state: true },
    failure: { state: true },
  };

  declare locale: Locale;
  /** The page the question is asked about (its HTML path); defaults to the current one. */
  declare page: string;
  declare reply: AskReply | null;
  declare busy: boolean;
  /** Why the last question got no reply (AskUnavailableError's message), or null. */
  declare failure: string | null;

  private controller: AbortController | null = null;
  private readonly titleId = `impact-ask-title-${Math.random().toString(36).slice(2, 8)}`;

  constructor() {
    super();
    this.locale = DEFAULT_LOCALE;
    this.page = '';
    this.reply = null;
    this.busy = false;
    this.failure = null;
  }

  private get labels(): AskBoxMessages {
    return ASK_BOX_MESSAGES[resolveLocale(this.locale)];
  }

  /** Light DOM: the reply goes into the output slot Base.astro rendered (or one made here). */
  protected override createRenderRoot(): HTMLElement {
    let output = this.querySelector<HTMLElement>('[data-ask-output]');
    if (!output) {
      output = document.createElement('div');
      output.className = 'ask-output';
      output.setAttribute('data-ask-output', '');
      this.append(output);
    }
    return output;
  }

  private get form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  private get input(): HTMLInputElement | null {
    return this.querySelector('input[type="search"]');
  }

  private get status(): HTMLElement | null {
    return this.querySelector('[data-ask-status]');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.form?.addEventListener('submit', this.onSubmit);
    this.input?.addEventListener('input', this.onInput);
    this.addEventListener('keydown', this.onKeydown);
    if (this.hasAttribute(PENDING_ATTRIBUTE)) {
      this.removeAttribute(PENDING_ATTRIBUTE);
      const question = this.input?.value.trim();
      if (question) void this.ask(question);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.form?.removeEventListener('submit', this.onSubmit);
    this.input?.removeEventListener('input', this.onInput);
    this.removeEventListener('keydown', this.onKeydown);
    this.controller?.abort();
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const question = this.input?.value.trim();
    if (question) void this.ask(question);
  };

  /** The field cleared (its ✕, or erased) while results are open: the results and the `ask` in the URL go. */
  private readonly onInput = () => {
    if (this.input?.value === '' && this.isOpen) this.close();
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.isOpen) return;
    // Keep the question in the search field (Escape would otherwise clear it) and close.
    event.preventDefault();
    this.close();
  };

  private get isOpen(): boolean {
    return this.reply !== null || this.failure !== null || this.busy;
  }

  private announce(text: string): void {
    const status = this.status;
    if (status) status.textContent = text;
  }

  /** Asks a question and shows the reply; a newer question cancels an older one. */
  async ask(question: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.busy = true;
    this.failure = null;
    this.showInAddress(question);
    this.announce(this.labels.busy);
    try {
      const reply = await askQuestion(question, { page: this.page || location.pathname, signal: controller.signal });
      if (controller.signal.aborted) return;
      this.reply = reply;
      this.announce(
        reply.answered ? this.labels.found(reply.excerpts.length) : this.labels.notFound(reply.excerpts.length),
      );
    } catch (error) {
      if (controller.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      this.reply = null;
      // AskUnavailableError carries a reason; anything else (the worker failed to register…) is
      // as good as no network.
      this.failure = error instanceof AskUnavailableError ? error.message : 'network';
      // The alert speaks for itself; the status line must not talk over it.
      this.announce('');
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.busy = false;
      }
    }
  }

  /** Clears the results and puts the reader back in the search field. */
  close(): void {
    this.controller?.abort();
    this.controller = null;
    this.reply = null;
    this.failure = null;
    this.busy = false;
    this.announce('');
    this.showInAddress(null);
    this.input?.focus();
  }

  /** Puts the question in the page's address (`?ask=`), or takes it out; only for the page this box asks about. */
  private showInAddress(question: string | null): void {
    if (this.page && this.page !== location.pathname.replace(/\/$/, '')) return;
    const url = new URL(location.href);
    if (question === null) url.searchParams.delete('ask');
    else url.searchParams.set('ask', question);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  private askFollowUp(question: string): void {
    const input = this.input;
    if (input) {
      input.value = question;
      // The button is about to be replaced: keep focus somewhere useful.
      input.focus();
    }
    void this.ask(question);
  }

  /**
   * A link into this page moves only the fragment: its href has no `?ask=`, and following it
   * as is would reload the page and close the answer. A section hidden in a closed `<details>`
   * is opened first. Modified clicks (new tab, new window) keep the browser's behaviour.
   */
  private readonly onLinkClick = (event: MouseEvent) => {
    const link = event.currentTarget as HTMLAnchorElement;
    const url = new URL(link.href);
    const samePage = url.origin === location.origin && url.pathname === location.pathname;
    if (!samePage || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    revealTarget(url.hash);
    // Scrolls to the target (again, if the address already had this fragment) and keeps `?ask=`.
    location.hash = url.hash;
  };

  protected override render() {
    if (!this.isOpen) return nothing;
    const labels = this.labels;
    const reply = this.reply;
    return html`
      <section class="ask-panel" aria-labelledby=${this.titleId} aria-busy=${this.busy ? 'true' : 'false'}>
        <div class="ask-panel-bar">
          <h2 class="ask-panel-title" id=${this.titleId}>${reply ? labels.answerHeading(reply.question) : labels.resultsLabel}</h2>
          <button type="button" class="ask-close" @click=${this.close}>${labels.close}</button>
        </div>
        ${this.busy ? html`<p class="ask-busy">${labels.busy}</p>` : nothing}
        ${
          this.failure !== null
            ? html`<div class="ask-error" role="alert">
              <p>${labels.unavailable}</p>
              <p class="ask-error-detail">${labels.failureReason(this.failure)}</p>
            </div>`
            : nothing
        }
        ${reply ? this.renderReply(reply, labels) : nothing}
      </section>
    `;
  }

  private renderReply(reply: AskReply, labels: AskBoxMessages) {
    const answer = reply.answer.trim();
    return html`
      <div class="ask-answer" data-answered=${reply.answered ? 'true' : 'false'}>
        ${answer ? renderAnswer(answer) : html`<p>${labels.noAnswerText}</p>`}
      </div>
      ${
        reply.excerpts.length > 0
          ? html`<h3 class="ask-subheading">${labels.excerptsHeading}</h3>
            <ul class="ask-excerpts">
              ${reply.excerpts.map((excerpt) => this.renderExcerpt(excerpt, reply.terms, labels))}
            </ul>`
          : nothing
      }
      ${
        reply.sources.length > 0
          ? html`<h3 class="ask-subheading">${labels.sourcesHeading}</h3>
            <ul class="ask-sources">
              ${reply.sources.map((source) => html`<li><a href=${htmlUrl(source.url)} @click=${this.onLinkClick}>${source.title}</a></li>`)}
            </ul>`
          : nothing
      }
      ${
        reply.followUps.length > 0
          ? html`<h3 class="ask-subheading">${reply.answered ? labels.followUpsHeading : labels.suggestionsHeading}</h3>
            <ul class="ask-followups">
              ${reply.followUps.map(
                (question) =>
                  html`<li><button type="button" @click=${() => this.askFollowUp(question)}>${question}</button></li>`,
              )}
            </ul>`
          : nothing
      }
    `;
  }

  private renderExcerpt(excerpt: AskExcerpt, terms: readonly string[], labels: AskBoxMessages) {
    const href = htmlUrl(excerpt.url);
    return html`<li>
      <figure class="ask-excerpt">
        <blockquote cite=${href}>${highlightTerms(excerptText(excerpt.text), terms)}</blockquote>
        <figcaption><a href=${href} @click=${this.onLinkClick}>${excerpt.page}${labels.captionSeparator}${excerpt.section}</a></figcaption>
      </figure>
    </li>`;
  }
}

if (!customElements.get('impact-ask')) customElements.define('impact-ask', ImpactAsk);

declare global {
  interface HTMLElementTagNameMap {
    'impact-ask': ImpactAsk;
  }
}
