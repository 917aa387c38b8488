/** The try-request panel's response: status, the reason in the page's language, headers, body. */
import { html, nothing } from 'lit';
import type { Locale } from '../../../contract/index.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import type { SandboxMessages } from '../../../i18n/sandbox.ts';
import type { SupportMessages } from '../../../i18n/support.ts';
import type { Exchange } from './request.ts';

/** Why the sandbox answered so, from its `X-Sandbox-Reason` (the API's own body stays English). */
function renderReason(s: SupportMessages, locale: Locale, exchange: Exchange) {
  if (!exchange.reason || exchange.status < 400) return nothing;
  const text =
    exchange.reason === 'revoked-token' && exchange.revokedAt
      ? s.revokedTokenAt(formatDateTime(exchange.revokedAt, locale))
      : s.reasons[exchange.reason];
  return html`<p class="reason" part="reason"><strong>${s.why}</strong>${text}</p>`;
}

/**
 * `stale` is given when a send now may get another answer (the tokens changed since: a reset, a
 * new sandbox; or another credential is chosen): it says why, and offers to send again.
 */
export function renderExchange(
  t: SandboxMessages,
  s: SupportMessages,
  locale: Locale,
  exchange: Exchange,
  stale: { why: string; sendAgain: () => void } | null,
) {
  return html`<section class="exchange" part="response" aria-label=${t.response} data-exchange=${exchange.sequence} ?data-stale=${stale !== null}>
    ${
      stale
        ? html`<p class="notice info stale-answer">${stale.why}
          <button type="button" class="btn secondary" @click=${stale.sendAgain}>${t.sendAgain}</button></p>`
        : nothing
    }
    <p class="status status-${Math.floor(exchange.status / 100)}" part="status" data-status=${exchange.status}>
      <strong>${exchange.status}</strong> ${exchange.statusText}
    </p>
    ${renderReason(s, locale, exchange)}
    <details>
      <summary>${t.responseHeaders}</summary>
      <pre class="mono">${exchange.headers.map(([name, value]) => `${name}: ${value}`).join('\n')}</pre>
    </details>
    <h3 class="body-heading">${t.responseBody}</h3>
    <pre class="mono body" part="response-body" tabindex="0" aria-label=${t.responseBody}>${exchange.body}</pre>
  </section>`;
}
