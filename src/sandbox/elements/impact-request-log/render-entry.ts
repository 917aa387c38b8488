/** One row of the request log, and one side of the comparison, in the page's language. */
import { html, nothing } from 'lit';
import type { Locale, LogEntry, RequestLogEntry } from '../../../contract/index.ts';
import { formatDateTime, formatTime } from '../../../i18n/format.ts';
import type { SandboxMessages } from '../../../i18n/sandbox.ts';
import { CONSOLE_MESSAGES } from '../../../i18n/support-console.ts';
import type { PanelMessages } from '../../../i18n/support-panels.ts';
import type { SupportMessages } from '../../../i18n/support.ts';
import { resourceOf } from './entries.ts';

export interface EntryText {
  t: SandboxMessages;
  s: SupportMessages;
  p: PanelMessages;
  locale: Locale;
}

/** A masked token, shortened for a narrow row: `sand••••JSXs`. */
export const shortMask = (masked: string) => masked.replace(/•{4,}/, '••••');

const levelName = ({ t }: EntryText, level: 'readWrite' | 'readOnly') =>
  level === 'readWrite' ? t.readWrite : t.readOnly;

/** Which token: level, masked, and current or when it was reset (a time of day in a row, in full when `full`). */
export function tokenText(text: EntryText, entry: RequestLogEntry, full = false): string {
  const { p, locale } = text;
  if (!entry.token) return p.noToken;
  const at = entry.token.revokedAt;
  const state = entry.token.current
    ? p.currentToken
    : at
      ? p.revokedAt(full ? formatDateTime(at, locale) : formatTime(at, locale))
      : '';
  const masked = full ? entry.token.masked : shortMask(entry.token.masked);
  return [p.tokenOf(levelName(text, entry.token.level), masked), state].filter(Boolean).join(' · ');
}

/** The reason in the page's language; in full, a reset token's reason names the time. */
export function reasonText({ s, locale }: EntryText, entry: RequestLogEntry, full = false): string {
  if (full && entry.reason === 'revoked-token' && entry.token?.revokedAt)
    return s.revokedTokenAt(formatDateTime(entry.token.revokedAt, locale));
  return s.reasons[entry.reason];
}

export function actionText(text: EntryText, entry: LogEntry & { kind: 'action' }): string {
  const { p } = text;
  const detail =
    entry.action === 'reset-token' && entry.level
      ? levelName(text, entry.level)
      : entry.action === 'upgrade' && entry.version
        ? String(entry.version)
        : entry.action === 'scenario' && entry.scenario
          ? CONSOLE_MESSAGES[text.locale].scenarios[entry.scenario].title
          : '';
  return p.actions[entry.action](detail);
}

export function requestSummary(entry: RequestLogEntry): string {
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
      <span class="line token">${tokenText(text, entry)}</span>
      ${entry.status >= 400 ? html`<span class="line reason">${reasonText(text, entry)}</span>` : nothing}
    </div>
  </li>`;
}

export function renderSide(text: EntryText, heading: string, entry: RequestLogEntry) {
  const { p, locale } = text;
  return html`<section class="side" aria-label=${heading}>
    <p class="side-title"><strong>${heading}</strong></p>
    <p class=${statusClass(entry.status)}><strong>${entry.status}</strong></p>
    <dl>
      <dt>${p.time}</dt>
      <dd>${formatDateTime(entry.at, locale)}</dd>
      <dt>${p.request}</dt>
      <dd><code>${entry.method} ${entry.path}</code></dd>
      <dt>${p.token}</dt>
      <dd>${tokenText(text, entry, true)}</dd>
      <dt>${p.client}</dt>
      <dd>${p.clients[entry.client]}</dd>
      <dt>${p.reason}</dt>
      <dd>${reasonText(text, entry, true)}</dd>
    </dl>
  </section>`;
}
