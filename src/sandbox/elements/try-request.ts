/**
 * `<impact-try-request>`: calls the sandbox's partner API with a chosen credential and shows
 * status, headers and body, so a learner sees an old token fail after a reset.
 */
import { css, html, nothing } from 'lit';
import { SandboxWidget, widgetStyles } from './sandbox-widget.ts';
import {
  API_VERSIONS,
  maskToken,
  partnerApiPath,
  PARTNER_RESOURCES,
  REAL_PARTNER_API,
  type HttpMethod,
} from '../../contract/index.ts';
import { sandboxStore } from '../client-store.ts';

type CredentialChoice = 'currentReadWrite' | 'currentReadOnly' | 'previousReadWrite' | 'previousReadOnly' | 'pasted';
/** The methods the partner API's resources answer (HEAD and PATCH are not offered). */
const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const satisfies readonly HttpMethod[];
type Method = (typeof METHODS)[number];

interface Exchange {
  /** Counts exchanges, so a reader (or a test) can tell a new response from the last one. */
  sequence: number;
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
};

const DEFAULT_BODY = '{\n  "CampaignId": "12001",\n  "OrderId": "SANDBOX-ORDER-1"\n}';

export class ImpactTryRequest extends SandboxWidget {
  static override properties = {
    choice: { state: true },
    method: { state: true },
    resource: { state: true },
    format: { state: true },
    versionOverride: { state: true },
    pastedSid: { state: true },
    pastedToken: { state: true },
    requestBody: { state: true },
    exchange: { state: true },
    sending: { state: true },
  };

  declare choice: CredentialChoice;
  declare method: Method;
  declare resource: string;
  declare format: 'json' | 'xml';
  declare versionOverride: string;
  declare pastedSid: string;
  declare pastedToken: string;
  declare requestBody: string;
  declare exchange: Exchange | null;
  declare sending: boolean;

  constructor() {
    super();
    this.choice = 'currentReadWrite';
    this.method = 'GET';
    this.resource = 'Campaigns';
    this.format = 'json';
    this.versionOverride = '';
    this.pastedSid = '';
    this.pastedToken = '';
    this.requestBody = DEFAULT_BODY;
    this.exchange = null;
    this.sending = false;
  }

  /** The credential pair to send, or null when the choice has no value yet. */
  private credentials(): { sid: string; token: string } | null {
    const credentials = this.sandbox.view?.credentials;
    if (this.choice === 'pasted') return { sid: this.pastedSid.trim(), token: this.pastedToken.trim() };
    if (!credentials) return null;
    const token = {
      currentReadWrite: credentials.readWrite.authToken,
      currentReadOnly: credentials.readOnly.authToken,
      previousReadWrite: credentials.readWrite.previousAuthToken,
      previousReadOnly: credentials.readOnly.previousAuthToken,
    }[this.choice];
    return token ? { sid: credentials.accountSid, token } : null;
  }

  /** A credential that no longer exists (sandbox reset, tokens disabled) falls back to the current one. */
  override willUpdate(): void {
    if (this.choice !== 'pasted' && !this.credentials()) this.choice = 'currentReadWrite';
  }

  private path(sid: string): string {
    return partnerApiPath(
      sid || this.sandbox.view?.account.sid || '',
      `${this.resource}${this.format === 'json' ? '.json' : ''}`,
    );
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const pair = this.credentials();
    if (!pair) return;
    const headers: Record<string, string> = {};
    // A pasted pair is sent exactly as given, even if empty, so malformed input shows its 401.
    if (pair.sid || pair.token) headers.Authorization = `Basic ${toBase64(`${pair.sid}:${pair.token}`)}`;
    if (this.versionOverride) headers['IR-Version'] = this.versionOverride;
    const hasBody = this.method === 'POST' || this.method === 'PUT';
    if (hasBody) headers['Content-Type'] = 'application/json';
    this.sending = true;
    try {
      const response = await fetch(this.path(pair.sid), {
        method: this.method,
        headers,
        body: hasBody ? this.requestBody : undefined,
      });
      const text = await response.text();
      this.exchange = {
        sequence: (this.exchange?.sequence ?? 0) + 1,
        status: response.status,
        statusText: response.statusText || STATUS_TEXT[response.status] || '',
        headers: [...response.headers.entries()],
        body: prettyBody(text),
      };
      // A write changes the sandbox (an inquiry); other embeds should see it.
      if (response.ok && this.method !== 'GET') void sandboxStore.refresh().catch(() => undefined);
    } catch (error) {
      this.exchange = {
        sequence: (this.exchange?.sequence ?? 0) + 1,
        status: 0,
        statusText: error instanceof Error ? error.message : String(error),
        headers: [],
        body: '',
      };
    } finally {
      this.sending = false;
    }
  }

  private curlCommand(): string {
    const pair = this.credentials();
    const sid = pair?.sid || this.sandbox.view?.account.sid || 'ACCOUNT_SID';
    const lines = [`curl -i -X ${this.method} '${location.origin}${this.path(sid)}'`, `  -u "${sid}:$AUTH_TOKEN"`];
    if (this.versionOverride) lines.push(`  -H 'IR-Version: ${this.versionOverride}'`);
    if (this.method === 'POST' || this.method === 'PUT')
      lines.push(
        `  -H 'Content-Type: application/json' -d '${this.requestBody.replace(/\s+/g, ' ').replace(/'/g, "'\\''")}'`,
      );
    return lines.join(' \\\n');
  }

  private renderChoice(choice: CredentialChoice, label: string, token: string | null | undefined) {
    const available = choice === 'pasted' || Boolean(token);
    return html`<label class="choice">
      <input type="radio" name="credential" value=${choice} .checked=${this.choice === choice} ?disabled=${!available} @change=${() => (this.choice = choice)} />
      ${label}
      ${choice === 'pasted' ? nothing : token ? html`<code class="token-hint">${maskToken(token)}</code>` : html`<span class="note">${this.t.notResetYet}</span>`}
    </label>`;
  }

  override render() {
    const t = this.t;
    const view = this.sandbox.view;
    if (!view) return this.renderWaiting();
    const credentials = view.credentials;
    const sid = this.credentials()?.sid || view.account.sid;
    return html`
      <form @submit=${this.send} aria-describedby="try-intro" data-ready>
        <p id="try-intro" class="note">${t.tryRequestIntro}</p>
        ${credentials ? nothing : html`<p class="notice error">${t.enableFirst}</p>`}
        <fieldset>
          <legend>${t.credential}</legend>
          ${this.renderChoice('currentReadWrite', t.currentReadWrite, credentials?.readWrite.authToken)}
          ${this.renderChoice('currentReadOnly', t.currentReadOnly, credentials?.readOnly.authToken)}
          ${this.renderChoice('previousReadWrite', t.previousReadWrite, credentials?.readWrite.previousAuthToken)}
          ${this.renderChoice('previousReadOnly', t.previousReadOnly, credentials?.readOnly.previousAuthToken)}
          ${this.renderChoice('pasted', t.pasted, null)}
          ${
            this.choice === 'pasted'
              ? html`<div class="pasted">
                <label>${t.accountSid} <input autocomplete="off" spellcheck="false" .value=${this.pastedSid} @input=${(e: InputEvent) => (this.pastedSid = (e.target as HTMLInputElement).value)} /></label>
                <label>${t.authToken} <input type="password" autocomplete="off" spellcheck="false" .value=${this.pastedToken} @input=${(e: InputEvent) => (this.pastedToken = (e.target as HTMLInputElement).value)} /></label>
              </div>`
              : nothing
          }
        </fieldset>
        <div class="row">
          <label>${t.method}
            <select .value=${this.method} @change=${(e: Event) => (this.method = (e.target as HTMLSelectElement).value as Method)}>
              ${METHODS.map((method) => html`<option ?selected=${method === this.method}>${method}</option>`)}
            </select>
          </label>
          <label>${t.resource}
            <select @change=${(e: Event) => (this.resource = (e.target as HTMLSelectElement).value)}>
              ${PARTNER_RESOURCES.map((resource) => html`<option ?selected=${resource === this.resource}>${resource}</option>`)}
            </select>
          </label>
          <label>${t.format}
            <select @change=${(e: Event) => (this.format = (e.target as HTMLSelectElement).value as 'json' | 'xml')}>
              <option value="json" ?selected=${this.format === 'json'}>JSON</option>
              <option value="xml" ?selected=${this.format === 'xml'}>XML</option>
            </select>
          </label>
          <label>${t.versionOverride}
            <select @change=${(e: Event) => (this.versionOverride = (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${this.versionOverride === ''}>${t.noOverride}</option>
              ${API_VERSIONS.map((entry) => html`<option ?selected=${String(entry.version) === this.versionOverride}>${entry.version}</option>`)}
            </select>
          </label>
        </div>
        ${
          this.method === 'POST' || this.method === 'PUT'
            ? html`<label class="body-field">${t.requestBody}
              <textarea rows="4" spellcheck="false" .value=${this.requestBody} @input=${(e: InputEvent) => (this.requestBody = (e.target as HTMLTextAreaElement).value)}></textarea>
            </label>`
            : nothing
        }
        <p class="endpoint"><code>${this.method} ${this.path(sid)}</code></p>
        <button class="btn" type="submit" ?disabled=${this.sending || !this.credentials()}>${this.sending ? t.sending : t.send}</button>
      </form>
      <p class="visually-hidden" role="status">${this.exchange ? t.responseAnnouncement(this.exchange.status, this.exchange.statusText) : ''}</p>
      ${this.exchange ? this.renderExchange(this.exchange) : nothing}
      <details class="curl">
        <summary>${t.equivalentCurl}</summary>
        <pre class="mono">${this.curlCommand()}</pre>
        <p class="note">${t.realEndpoint}: <code>${REAL_PARTNER_API}/${sid}/${this.resource}${this.format === 'json' ? '.json' : ''}</code></p>
      </details>
    `;
  }

  private renderExchange(exchange: Exchange) {
    const t = this.t;
    return html`<section class="exchange" aria-label=${t.response} data-exchange=${exchange.sequence}>
      <p class="status status-${Math.floor(exchange.status / 100)}" data-status=${exchange.status}>
        <strong>${exchange.status}</strong> ${exchange.statusText}
      </p>
      <details>
        <summary>${t.responseHeaders}</summary>
        <pre class="mono">${exchange.headers.map(([name, value]) => `${name}: ${value}`).join('\n')}</pre>
      </details>
      <h3 class="body-heading">${t.responseBody}</h3>
      <pre class="mono body" tabindex="0" aria-label=${t.responseBody}>${exchange.body}</pre>
    </section>`;
  }

  static override styles = [
    ...widgetStyles,
    css`
      fieldset {
        border: 1px solid #c9ced8;
        border-radius: 8px;
        padding: 0.4em 0.8em 0.6em;
        margin: 0 0 0.6em;
      }
      legend {
        font-weight: 600;
        padding: 0 0.3em;
      }
      .choice {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4em;
        padding: 0.15em 0;
      }
      .token-hint {
        color: #4b5565;
      }
      .pasted {
        display: grid;
        gap: 0.3em;
        margin-top: 0.3em;
      }
      .pasted input {
        width: 100%;
        box-sizing: border-box;
        font: inherit;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6em;
        margin-bottom: 0.5em;
      }
      .row label,
      .body-field {
        display: grid;
        gap: 0.15em;
        font-size: 0.9em;
        font-weight: 600;
      }
      select,
      textarea {
        font: inherit;
        font-weight: normal;
      }
      textarea {
        font-family: ui-monospace, Menlo, Consolas, monospace;
        width: 100%;
        box-sizing: border-box;
      }
      .note {
        font-size: 0.88em;
        color: #4b5565;
      }
      .endpoint {
        font-size: 0.85em;
      }
      .status {
        font-size: 1.05em;
        padding: 0.3em 0.6em;
        border-radius: 6px;
      }
      .status-2 {
        background: #ecfdf3;
        color: #05603a;
      }
      .status-4,
      .status-5,
      .status-0 {
        background: #fef3f2;
        color: #912018;
      }
      .body-heading {
        font-size: 0.95em;
        margin: 0.5em 0 0.2em;
      }
      pre {
        background: #f6f8fa;
        border: 1px solid #eef0f4;
        border-radius: 6px;
        padding: 0.6em;
        overflow: auto;
        max-height: 22em;
        white-space: pre-wrap;
        word-break: break-word;
        margin: 0.3em 0;
      }
      summary {
        cursor: pointer;
        font-size: 0.9em;
      }
    `,
  ];
}

function toBase64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/** JSON is indented and XML broken into lines so a learner can read either. */
function prettyBody(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text.replace(/></g, '>\n<');
  }
}

customElements.define('impact-try-request', ImpactTryRequest);

declare global {
  interface HTMLElementTagNameMap {
    'impact-try-request': ImpactTryRequest;
  }
}
