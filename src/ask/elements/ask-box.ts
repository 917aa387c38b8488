/**
 * `<impact-ask>`: the header's "ask the docs" box. Base.astro renders its form (a plain
 * `<form role="search">` that works as `GET <page>?ask=…` without JavaScript), an empty live
 * region and an output slot; this element upgrades that markup once the reader focuses or types
 * in the box, and renders the reply into the slot in the light DOM, so the page's styles apply
 * and every id lives in one tree. Replies are rendered with Lit templates only: no innerHTML.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { resolveLocale, type Locale } from '../../contract/locale.ts';
import { ASK_BOX_MESSAGES, type AskBoxMessages } from '../../i18n/ask-box.ts';
import { CJK_LINE_END, CJK_LINE_START } from '../../i18n/typography.ts';
import { HIGHLIGHT_VARIANTS } from '../../i18n/vocabulary.ts';
import { revealTarget } from '../reveal-target.ts';
import { askQuestion, AskUnavailableError, htmlUrl } from '../client.ts';
import type { AskExcerpt, AskReply } from '../types.ts';

/** Set by the page's loader when the form was submitted before this module arrived. */
export const PENDING_ATTRIBUTE = 'data-ask-pending';

type Inline = string | TemplateResult;

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
    this.locale = 'zh';
    this.page = '';
    this.reply = null;
    this.busy = false;
    this.failure = null;
  }

  private get t(): AskBoxMessages {
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
    this.removeEventListener('keydown', this.onKeydown);
    this.controller?.abort();
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const question = this.input?.value.trim();
    if (question) void this.ask(question);
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
    this.announce(this.t.busy);
    try {
      const reply = await askQuestion(question, { page: this.page || location.pathname, signal: controller.signal });
      if (controller.signal.aborted) return;
      this.reply = reply;
      this.announce(reply.answered ? this.t.found(reply.excerpts.length) : this.t.notFound(reply.excerpts.length));
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
    this.input?.focus();
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

  /** A link into a section hidden in a closed `<details>` on this page opens it first. */
  private readonly onLinkClick = (event: MouseEvent) => {
    const link = event.currentTarget as HTMLAnchorElement;
    const url = new URL(link.href);
    if (url.pathname === location.pathname) revealTarget(url.hash);
  };

  protected override render() {
    if (!this.isOpen) return nothing;
    const t = this.t;
    const reply = this.reply;
    return html`
      <section class="ask-panel" aria-labelledby=${this.titleId} aria-busy=${this.busy ? 'true' : 'false'}>
        <div class="ask-panel-bar">
          <h2 class="ask-panel-title" id=${this.titleId}>${reply ? t.answerHeading(reply.question) : t.resultsLabel}</h2>
          <button type="button" class="ask-close" @click=${this.close}>${t.close}</button>
        </div>
        ${this.busy ? html`<p class="ask-busy">${t.busy}</p>` : nothing}
        ${
          this.failure !== null
            ? html`<div class="ask-error" role="alert">
              <p>${t.unavailable}</p>
              <p class="ask-error-detail">${t.failureReason(this.failure)}</p>
            </div>`
            : nothing
        }
        ${reply ? this.renderReply(reply, t) : nothing}
      </section>
    `;
  }

  private renderReply(reply: AskReply, t: AskBoxMessages) {
    const answer = reply.answer.trim();
    return html`
      <div class="ask-answer" data-answered=${reply.answered ? 'true' : 'false'}>
        ${answer ? renderAnswer(answer) : html`<p>${t.noAnswerText}</p>`}
      </div>
      ${
        reply.excerpts.length > 0
          ? html`<h3 class="ask-subheading">${t.excerptsHeading}</h3>
            <ul class="ask-excerpts">
              ${reply.excerpts.map((excerpt) => this.renderExcerpt(excerpt, reply.terms, t))}
            </ul>`
          : nothing
      }
      ${
        reply.sources.length > 0
          ? html`<h3 class="ask-subheading">${t.sourcesHeading}</h3>
            <ul class="ask-sources">
              ${reply.sources.map((source) => html`<li><a href=${htmlUrl(source.url)} @click=${this.onLinkClick}>${source.title}</a></li>`)}
            </ul>`
          : nothing
      }
      ${
        reply.followUps.length > 0
          ? html`<h3 class="ask-subheading">${reply.answered ? t.followUpsHeading : t.suggestionsHeading}</h3>
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

  private renderExcerpt(excerpt: AskExcerpt, terms: readonly string[], t: AskBoxMessages) {
    const href = htmlUrl(excerpt.url);
    return html`<li>
      <figure class="ask-excerpt">
        <blockquote cite=${href}>${highlightTerms(excerptText(excerpt.text), terms)}</blockquote>
        <figcaption><a href=${href} @click=${this.onLinkClick}>${excerpt.page}${t.captionSeparator}${excerpt.section}</a></figcaption>
      </figure>
    </li>`;
  }
}

// ---------------------------------------------------------------------------------------------
// The reply's markdown, as Lit templates.

const BACKSLASH_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~"'])/g;

function unescapeMarkdown(text: string): string {
  return text.replace(BACKSLASH_ESCAPE, '$1');
}

/** Joins soft-wrapped lines the way a reader expects: no space between Chinese characters. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    if (!text) return line;
    const tight = CJK_LINE_END.test(text.slice(-1)) && CJK_LINE_START.test(line);
    return tight ? text + line : `${text} ${line}`;
  }, '');
}

/** `**bold**` becomes `<strong>`; everything else is text. */
export function renderInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(unescapeMarkdown(text.slice(last, match.index)));
    parts.push(html`<strong>${unescapeMarkdown(match[1]!)}</strong>`);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(unescapeMarkdown(text.slice(last)));
  return parts;
}

type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'ordered' | 'bullets'; start: number; items: string[][] };

/** Paragraphs, `1.` lists (and, to be safe, `-`/`*` lists); anything else is paragraph text. */
export function parseAnswer(markdown: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let blankBefore = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      if (current?.kind === 'paragraph') current = null;
      blankBefore = true;
      continue;
    }
    const ordered = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/.exec(line);
    const bullet = ordered ? null : /^\s{0,3}[-*+]\s+(.*)$/.exec(line);
    if (ordered || bullet) {
      const kind: 'ordered' | 'bullets' = ordered ? 'ordered' : 'bullets';
      const text = (ordered ? ordered[2] : bullet![1])!;
      let list: Extract<Block, { items: string[][] }> | null = current && current.kind === kind ? current : null;
      if (!list) {
        list = { kind, start: ordered ? Number(ordered[1]) : 1, items: [] };
        blocks.push(list);
        current = list;
      }
      list.items.push([text]);
    } else if (current && current.kind !== 'paragraph' && (/^\s+\S/.test(line) || !blankBefore)) {
      // An indented line, or a lazy continuation, belongs to the last item.
      current.items.at(-1)!.push(line.trim());
    } else {
      if (current?.kind !== 'paragraph') {
        current = { kind: 'paragraph', lines: [] };
        blocks.push(current);
      }
      current.lines.push(line.trim());
    }
    blankBefore = false;
  }
  return blocks;
}

function renderAnswer(markdown: string): TemplateResult[] {
  return parseAnswer(markdown).map((block) => {
    if (block.kind === 'paragraph') return html`<p>${renderInline(joinLines(block.lines))}</p>`;
    const items = block.items.map((item) => html`<li>${renderInline(joinLines(item))}</li>`);
    if (block.kind === 'bullets') return html`<ul>${items}</ul>`;
    return html`<ol start=${block.start}>${items}</ol>`;
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** An excerpt's markdown as plain text (line breaks kept): no markers, tags, links or escapes. */
export function excerptText(markdown: string): string {
  const lines: string[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    let line = raw;
    if (/^\s*\|/.test(line)) {
      // A table row: its cells, separated; the delimiter row goes.
      if (/^\s*\|[\s:|-]*$/.test(line)) continue;
      line = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim())
        .filter(Boolean)
        .join(' — ');
    }
    line = line
      .replace(/<\/?[A-Za-z][^<>]*>/g, '')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*[-*+]\s+/, '• ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(?<!\\)(\*\*|__)/g, '')
      .replace(/(?<!\\)\*/g, '')
      .replace(BACKSLASH_ESCAPE, '$1')
      .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!)
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A term as a pattern: spaces match any spacing, and the index's folded spellings match their variants (读写 ↔ 读/写). */
function termPattern(term: string): string {
  return HIGHLIGHT_VARIANTS.reduce(
    (pattern, [variant, replacement]) => pattern.replace(variant, replacement),
    escapeRegExp(term).replace(/\s+/g, '\\s+'),
  );
}

/** Wraps each occurrence of the matched words in `<mark>`, case-insensitively, longest first. */
export function highlightTerms(text: string, terms: readonly string[]): Inline[] {
  const usable = [...new Set(terms.map((term) => term.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [text];
  const pattern = new RegExp(usable.map(termPattern).join('|'), 'giu');
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (!match[0]) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(html`<mark>${match[0]}</mark>`);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

if (!customElements.get('impact-ask')) customElements.define('impact-ask', ImpactAsk);

declare global {
  interface HTMLElementTagNameMap {
    'impact-ask': ImpactAsk;
  }
}
