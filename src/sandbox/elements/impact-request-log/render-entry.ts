/** One row of the request log, and one side of the comparison, in the page's language. */
import { html, nothing } from 'lit';
import type { Locale, LogEntry, RequestLogEntry } from '../../../contract/index.ts';
import { formatTime } from '../../../i18n/format.ts';
import type { SandboxMessages } from '../../../i18n/sandbox.ts';
import type { ConsoleMessages } from '../../../i18n/support-console.ts';
import type { PanelMessages } from '../../../i18n/support-panels.ts';
import type { SupportMessages } from '../../../i18n/support.ts';
import { resourceOf } from './entries.ts';

export interface EntryText {
  t: SandboxMessages;
  c: ConsoleMessages;
  s: SupportMessages;
  p: PanelMessages;
  locale: Locale;
}

/** A masked token, shortened for a narrow row: `sand••••JSXs`. */
export const shortMask = (masked: string) => masked.replace(/•{4,}/, '••••');

const levelName = ({ t }: EntryText, level: 'readWrite' | 'readOnly') =>
  level === 'readWrite' ? t.readWrite : t.readOnly;

/** Which token: level, masked (shortened), and current or the time of day it was reset. */
function tokenText(text: EntryText, entry: RequestLogEntry): string {
  const { p, locale } = text;
  if (!entry.token) return p.noToken;
  const at = entry.token.revokedAt;
  const state = entry.token.current ? p.currentToken : at ? p.revokedAt(formatTime(at, locale)) : '';
  return [p.tokenOf(levelName(text, entry.token.level), shortMask(entry.token.masked)), state]
    .filter(Boolean)
    .join(' · ');
}

/** The token's words with its mask kept on one line: a mask may hold a hyphen, where a line could break. */
function tokenCell(text: EntryText, entry: RequestLogEntry) {
  const words = tokenText(text, entry);
  const mask = entry.token ? shortMask(entry.token.masked) : '';
  const at = mask ? words.indexOf(mask) : -1;
  if (at < 0) return words;
  return html`${words.slice(0, at)}<span class="mask" translate="no">${mask}</span>${words.slice(at + mask.length)}`;
}

/** The reason in the page's language (the row's token says when a reset token was reset). */
function reasonText({ s }: EntryText, entry: RequestLogEntry): string {
  return s.reasons[entry.reason];
}

function actionText(text: EntryText, entry: LogEntry & { kind: 'action' }): string {
  const { p } = text;
  const detail =
    entry.action === 'reset-token' && entry.level
      ? levelName(text, entry.level)
      : entry.action === 'upgrade' && entry.version
        ? String(entry.version)
        : entry.action === 'scenario' && entry.scenario
          ? text.c.scenarios[entry.scenario].title
          : '';
  return p.actions[entry.action](detail);
}

function requestSummary(entry: RequestLogEntry): string {
  return `${entry.method} ${resourceOf(entry.path)}`;
}

const statusClass = (status: number) => `status status-${Math.floor(status / 100)}`;

export function renderEntry(
  text: EntryText,
  entry: LogEntry,
  compare: { checked: boolean; toggle: (id: number) => void },
) {
  const time = html`<time datetime=${entry.at}>${formatTime(entry.at, text.locale)}</time>`;
  if (entry.kind === 'action') {
    return html`<li class="entry action" data-entry=${entry.id} data-kind="action">
      <span class="line">${time} <span class="action-text">${actionText(text, entry)}</span></span>
    </li>`;
  }
  const { p } = text;
  const label = `${formatTime(entry.at, text.locale)} ${requestSummary(entry)} ${entry.status}`;
  return html`<li class="entry request" data-entry=${entry.id} data-kind="request" data-status=${entry.status}>
    <label class="compare">
      <input type="checkbox" .checked=${compare.checked} aria-label=${p.compareEntry(label)} @change=${() => compare.toggle(entry.id)} />
    </label>
    <div class="details">
      <span class="line">
        ${time} <span class=${statusClass(entry.status)}>${entry.status}</span>
        <code class="path">${requestSummary(entry)}</code>
        <span class="client">${p.clients[entry.client]}</span>
      </span>
      <span class="line token">${tokenCell(text, entry)}</span>
      ${entry.status >= 400 ? html`<span class="line reason">${reasonText(text, entry)}</span>` : nothing}
    </div>
  </li>`;
}

/** A request with break opportunities before its `.format` and after each `/` (natural points). */
function breakable(text: string) {
  return text.split(/(?<=\/)|(?=\.)/).map((part, index) => (index ? html`<wbr />${part}` : part));
}

/**
 * Two requests side by side, one column each: a table, so that even a narrow log (the presenter
 * layout's column, a phone) keeps them next to each other, row by row.
 */
export function renderComparisonTable(
  text: EntryText,
  headings: [string, string],
  pair: [RequestLogEntry, RequestLogEntry],
) {
  const { p, locale } = text;
  const row = (label: string, cell: (entry: RequestLogEntry) => unknown) =>
    html`<tr><th scope="row">${label}</th>${pair.map((entry) => html`<td>${cell(entry)}</td>`)}</tr>`;
  return html`<div class="sides-scroll" role="group" aria-label=${p.comparison} tabindex="0"><table class="sides">
    <thead>
      <tr><td></td>${headings.map((heading) => html`<th scope="col">${heading}</th>`)}</tr>
    </thead>
    <tbody>
      ${row(p.status, (entry) => html`<span class=${statusClass(entry.status)}>${entry.status}</span>`)}
      ${row(p.time, (entry) => html`<time datetime=${entry.at}>${formatTime(entry.at, locale)}</time>`)}
      ${row(p.request, (entry) => html`<code>${breakable(requestSummary(entry))}</code>`)}
      ${row(p.token, (entry) => tokenCell(text, entry))}
      ${row(p.client, (entry) => p.clients[entry.client])}
      ${row(p.reason, (entry) => reasonText(text, entry))}
    </tbody>
  </table></div>`;
}
