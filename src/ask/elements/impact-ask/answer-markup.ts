/**
 * The reply's markdown as Lit templates (never innerHTML): the answer's paragraphs and lists with
 * bold, and excerpts as plain text with the matched words marked.
 */
import { html, type TemplateResult } from 'lit';
import { joinText } from '../../../i18n/typography.ts';
import { HIGHLIGHT_VARIANTS } from '../../language/vocabulary.ts';

type Inline = string | TemplateResult;

const BACKSLASH_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~"'])/g;

function unescapeMarkdown(text: string): string {
  return text.replace(BACKSLASH_ESCAPE, '$1');
}

/** Links the answer may carry: the web, or this site's own pages (never `javascript:` or another scheme). */
const SAFE_HREF = /^(https?:\/\/|\/(?!\/))/i;

/** `**bold**` becomes `<strong>`, `[text](url)` a link (to a safe address); everything else is text. */
function renderInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[2] !== undefined && !SAFE_HREF.test(match[3]!)) continue;
    if (match.index > last) parts.push(unescapeMarkdown(text.slice(last, match.index)));
    parts.push(
      match[1] !== undefined
        ? html`<strong>${unescapeMarkdown(match[1])}</strong>`
        : html`<a href=${match[3]!}>${unescapeMarkdown(match[2]!)}</a>`,
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(unescapeMarkdown(text.slice(last)));
  return parts;
}

type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'ordered' | 'bullets'; start: number; items: string[][] };

/** Paragraphs, `1.` lists (and, to be safe, `-`/`*` lists); anything else is paragraph text. */
function parseAnswer(markdown: string): Block[] {
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

export function renderAnswer(markdown: string): TemplateResult[] {
  return parseAnswer(markdown).map((block) => {
    if (block.kind === 'paragraph') return html`<p>${renderInline(joinText(block.lines))}</p>`;
    const items = block.items.map((item) => html`<li>${renderInline(joinText(item))}</li>`);
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

/**
 * Wraps each occurrence of the matched words in `<mark>`, case-insensitively, longest first.
 * Words that touch (Chinese has no spaces: 通过授权检查) share one mark, or the marks' padding
 * would show as a gap between them.
 */
export function highlightTerms(text: string, terms: readonly string[]): Inline[] {
  const usable = [...new Set(terms.map((term) => term.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [text];
  const pattern = new RegExp(usable.map(termPattern).join('|'), 'giu');
  const spans: Array<[start: number, end: number]> = [];
  for (const match of text.matchAll(pattern)) {
    if (!match[0]) continue;
    const end = match.index + match[0].length;
    const previous = spans.at(-1);
    if (previous && previous[1] === match.index) previous[1] = end;
    else spans.push([match.index, end]);
  }
  const parts: Inline[] = [];
  let last = 0;
  for (const [start, end] of spans) {
    if (start > last) parts.push(text.slice(last, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    last = end;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
