import { html, nothing } from 'lit';
import { API_VERSIONS, maskToken, PARTNER_RESOURCES, resolveLocale } from '../../../contract/index.ts';
import type { SupportMessages } from '../../../i18n/support.ts';
import { tokensDigest } from '../../support/untouched.ts';
import { formControls } from '../shared/form-controls.styles.ts';
import { SandboxWidget, widgetStyles } from '../shared/sandbox-widget.ts';
import {
  credentialKey,
  credentialPair,
  renderCredentialChoices,
  requestSid,
  resourcePath,
  revokedAt,
  type ChosenCredential,
} from './credential-choice.ts';
import { renderCurl } from './curl-command.ts';
import { renderExchange } from './exchange-view.ts';
import { tryRequestStyles } from './impact-try-request.styles.ts';
import {
  curlCommand,
  DEFAULT_BODY,
  hasBody,
  METHODS,
  performRequest,
  valueOf,
  type CredentialChoice,
  type Exchange,
  type Method,
} from './request.ts';

/**
 * @summary A request to the sandbox's partner API with a chosen credential, and its status,
 * headers and body, so a learner sees an old token fail after a reset.
 * @tag impact-try-request
 *
 * Sends to the sandbox's stand-in for `https://api.impact.com/Mediapartners/…` and never to a
 * real impact.com host, marked as coming from this panel for the request log. The response is
 * brought into view and explained in the page's language. The same request is shown as a
 * curl command that runs as shown against `npm start` (the token masked until shown).
 *
 * @attr locale - The language of its labels: a locale of the site (anything else: the default locale).
 * @csspart form - The request form (credential, method, resource, format, version, body).
 * @csspart response - The last response: status, headers and body.
 * @csspart status - The response's status line.
 * @csspart response-body - The response's body.
 * @csspart curl - The equivalent curl command, its buttons and the note on where it runs.
 * @csspart reason - Why the sandbox answered so, in the page's language.
 * @cssprop [--impact-color-accent=#1a56db] - The send button, focus rings.
 * @cssprop [--impact-color-on-accent=#fff] - Text on the send button.
 * @cssprop [--impact-color-accent-surface=#e8f0fe] - The pressed "show token" button.
 * @cssprop [--impact-color-text=#1d2433] - Text.
 * @cssprop [--impact-color-surface=#fff] - Background of secondary buttons and dialogs (the widgets' shared look).
 * @cssprop [--impact-color-text-muted=#4b5565] - Notes, masked token hints, the disabled button.
 * @cssprop [--impact-color-surface-muted=#f6f8fa] - Background of the response and the curl command.
 * @cssprop [--impact-color-border=#c9ced8] - The credential group's border.
 * @cssprop [--impact-color-border-subtle=#eef0f4] - Borders of the response and the curl command.
 * @cssprop [--impact-color-danger=#b42318] - The edge of an error notice (the widgets' shared look).
 * @cssprop [--impact-color-danger-surface=#fef3f2] - Background of an error status.
 * @cssprop [--impact-color-danger-text=#912018] - Text of an error status.
 * @cssprop [--impact-color-success=#0e7c3a] - The edge of a notice.
 * @cssprop [--impact-color-success-surface=#ecfdf3] - Background of a success status.
 * @cssprop [--impact-color-success-text=#05603a] - Text of a success status.
 * @cssprop [--impact-font-sans=system-ui, …] - Text.
 * @cssprop [--impact-font-mono=ui-monospace, …] - Tokens, the body, the response and curl.
 * @cssprop [--impact-radius-small=4px] - Notices.
 * @cssprop [--impact-radius-medium=6px] - Buttons, the status line, the response.
 * @cssprop [--impact-radius-large=8px] - The credential group.
 * @cssprop [--impact-radius-x-large=10px] - Dialogs (the widgets' shared look).
 * @cssprop [--impact-space-small=0.5em] - Gaps below the form rows and above the body.
 * @cssprop [--impact-space-medium=0.75em] - Space around notices.
 * @cssprop [--impact-space-large=1em] - Space above dialog buttons (the widgets' shared look).
 */
export class ImpactTryRequest extends SandboxWidget {
  protected static override storeParts = ['server-copy'] as const;
  protected static override drawsWhenNear = true;

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
    curlTokenShown: { state: true },
    curlCopyMessage: { state: true },
    pastedSidMissing: { state: true },
  };

  declare private choice: CredentialChoice;
  declare private method: Method;
  declare private resource: string;
  declare private format: 'json' | 'xml';
  declare private versionOverride: string;
  declare private pastedSid: string;
  declare private pastedToken: string;
  declare private requestBody: string;
  declare private exchange: Exchange | null;
  declare private sending: boolean;
  declare private curlTokenShown: boolean;
  declare private curlCopyMessage: string;
  declare private pastedSidMissing: boolean;

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
    this.curlTokenShown = false;
    this.curlCopyMessage = '';
    this.pastedSidMissing = false;
  }

  /** @internal The support tools' labels in the element's language. */
  get supportLabels(): SupportMessages {
    // The base class draws only once the element's language has loaded (its own chunk).
    return this.messages.support;
  }

  private chosen(): ChosenCredential {
    return { choice: this.choice, pastedSid: this.pastedSid, pastedToken: this.pastedToken };
  }

  /** The credential pair to send, or null when the choice has no value yet. */
  private credentials(): { sid: string; token: string } | null {
    return credentialPair(this.sandbox.view, this.chosen());
  }

  /** A credential that no longer exists (sandbox reset, tokens disabled) falls back to the current one. */
  override willUpdate(): void {
    if (this.choice !== 'pasted' && !this.credentials()) this.choice = 'currentReadWrite';
  }

  /** The resource as the path names it, with its format's extension. */
  private resourceWithFormat(): string {
    return `${this.resource}${this.format === 'json' ? '.json' : ''}`;
  }

  /** The tokens the shown answer was got with: once they change, the answer says it is older. */
  private exchangeTokens = '';
  /** The credential the shown answer was got with: once another is chosen, the answer says so. */
  private exchangeCredential = '';
  private readonly sendAgain = () => this.renderRoot.querySelector('form')?.requestSubmit();

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const pair = this.credentials();
    if (!pair) return;
    // The SID is part of the address: with none pasted there is no request to make, so the
    // panel says what is missing instead of sending somewhere the reader did not ask for.
    if (this.choice === 'pasted' && !pair.sid) {
      this.pastedSidMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[name="pasted-sid"]')?.focus();
      return;
    }
    const credential = credentialKey(this.chosen());
    this.sending = true;
    const exchange = await performRequest({
      sequence: (this.exchange?.sequence ?? 0) + 1,
      path: resourcePath(pair.sid, this.resourceWithFormat()),
      method: this.method,
      ...pair,
      versionOverride: this.versionOverride,
      body: this.requestBody,
      revokedAt: revokedAt(this.sandbox.view, this.choice),
    });
    // Every request grows the log, and a write changes the sandbox: the other widgets (and the
    // server's copy for curl) follow before the response is shown.
    await this.store.refresh().catch(() => undefined);
    this.exchange = exchange;
    this.exchangeTokens = tokensDigest(this.sandbox.view);
    this.exchangeCredential = credential;
    this.sending = false;
    await this.updateComplete;
    // The response may be below the fold (or the console's own scroll): always bring it into view.
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.renderRoot
      .querySelector('[data-exchange]')
      ?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  }

  private curl(masked: boolean): string {
    const sid = requestSid(this.sandbox.view, this.chosen());
    const token = this.credentials()?.token ?? '';
    return curlCommand({
      url: `${location.origin}${resourcePath(sid, this.resourceWithFormat())}`,
      method: this.method,
      sid,
      token: masked ? maskToken(token) : token,
      versionOverride: this.versionOverride,
      body: this.requestBody,
    });
  }

  private async copyCurl(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.curl(false));
      this.curlCopyMessage = this.supportLabels.commandCopied;
    } catch {
      this.curlCopyMessage = this.supportLabels.commandCopyFailed;
    }
  }

  private onMethodChange(event: Event): void {
    const value = valueOf(event);
    this.method = METHODS.find((method) => method === value) ?? 'GET';
  }

  private choose(choice: CredentialChoice): void {
    this.choice = choice;
    this.pastedSidMissing = false;
  }

  private onPastedSid(event: Event): void {
    this.pastedSid = valueOf(event);
    if (this.pastedSid.trim()) this.pastedSidMissing = false;
  }

  /** Why the shown answer may not be what a send would get now, and how to get that one. */
  private staleAnswer(view: NonNullable<typeof this.sandbox.view>): string | null {
    const t = this.sandboxLabels;
    if (this.exchangeCredential !== credentialKey(this.chosen())) return t.answerOtherCredential;
    return this.exchangeTokens !== tokensDigest(view) ? t.answerPredatesChange : null;
  }

  override render() {
    const t = this.sandboxLabels;
    const view = this.sandbox.view;
    if (!view) return this.renderWaiting();
    const credentials = view.credentials;
    // Before legacy tokens exist there is nothing to choose: a plain note, not an error.
    if (!credentials)
      return html`<div data-ready>
        <p class="note">${t.tryRequestIntro}</p>
        <p class="notice info">${t.enableFirst}</p>
      </div>`;
    const sid = requestSid(view, this.chosen());
    const sidMissing = this.choice === 'pasted' && !sid;
    const stale = this.exchange ? this.staleAnswer(view) : null;
    const resource = this.resourceWithFormat();
    return html`
      <form part="form" @submit=${this.send} aria-describedby="try-intro" data-ready>
        <p id="try-intro" class="note">${t.tryRequestIntro}</p>
        ${renderCredentialChoices(t, credentials, this.chosen(), this.pastedSidMissing, {
          choose: (choice) => this.choose(choice),
          pastedSid: (event) => this.onPastedSid(event),
          pastedToken: (event) => (this.pastedToken = valueOf(event)),
        })}
        <div class="row">
          <label>${t.method}
            <select .value=${this.method} @change=${this.onMethodChange}>
              ${METHODS.map((method) => html`<option ?selected=${method === this.method}>${method}</option>`)}
            </select>
          </label>
          <label>${t.resource}
            <select @change=${(e: Event) => (this.resource = valueOf(e))}>
              ${PARTNER_RESOURCES.map((resource) => html`<option ?selected=${resource === this.resource}>${resource}</option>`)}
            </select>
          </label>
          <label>${t.format}
            <select @change=${(e: Event) => (this.format = valueOf(e) === 'xml' ? 'xml' : 'json')}>
              <option value="json" ?selected=${this.format === 'json'}>JSON</option>
              <option value="xml" ?selected=${this.format === 'xml'}>XML</option>
            </select>
          </label>
          <label>${t.versionOverride}
            <select @change=${(e: Event) => (this.versionOverride = valueOf(e))}>
              <option value="" ?selected=${this.versionOverride === ''}>${t.noOverride}</option>
              ${API_VERSIONS.map((entry) => html`<option ?selected=${String(entry.version) === this.versionOverride}>${entry.version}</option>`)}
            </select>
          </label>
        </div>
        ${
          hasBody(this.method)
            ? html`<label class="body-field">${t.requestBody}
              <textarea rows="4" spellcheck="false" .value=${this.requestBody} @input=${(e: Event) => (this.requestBody = valueOf(e))}></textarea>
            </label>`
            : nothing
        }
        <p class="endpoint"><code>${this.method} ${resourcePath(sid, resource)}</code></p>
        ${
          sidMissing
            ? html`<p id="pasted-sid-needed" class=${this.pastedSidMissing ? 'notice error' : 'note'} role=${this.pastedSidMissing ? 'alert' : nothing}>${t.pastedSidNeeded}</p>`
            : nothing
        }
        <button class="btn" type="submit" ?disabled=${this.sending || !this.credentials()}>${this.sending ? t.sending : t.send}</button>
      </form>
      <p class="visually-hidden" role="status">${this.exchange ? t.responseAnnouncement(this.exchange.status, this.exchange.statusText) : ''}</p>
      ${this.exchange ? renderExchange(this.sandboxLabels, this.supportLabels, resolveLocale(this.locale), this.exchange, stale === null ? null : { why: stale, sendAgain: this.sendAgain }) : nothing}
      ${renderCurl(
        t,
        this.supportLabels,
        {
          shown: this.curl(true),
          whole: this.curl(false),
          tokenShown: this.curlTokenShown,
          hasToken: Boolean(this.credentials()?.token),
          copyMessage: this.curlCopyMessage,
          serverCopy: this.store.serverCopy.status,
          refusedWith: this.store.serverCopy.refusedWith,
          realEndpoint: `${sid || '{AccountSID}'}/${resource}`,
        },
        {
          toggleToken: () => (this.curlTokenShown = !this.curlTokenShown),
          copy: () => void this.copyCurl(),
          opened: () => void this.store.serverCopy.start(),
        },
      )}
    `;
  }

  static override styles = [...widgetStyles, formControls, tryRequestStyles];
}

customElements.define('impact-try-request', ImpactTryRequest);

declare global {
  interface HTMLElementTagNameMap {
    'impact-try-request': ImpactTryRequest;
  }
}
