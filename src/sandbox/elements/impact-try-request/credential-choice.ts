/** The try-request panel's credential: which pair a send carries, where it goes, and its fieldset. */
import { html, nothing } from 'lit';
import { maskToken, PARTNER_API, partnerApiPath, type SandboxView } from '../../../contract/index.ts';
import type { SandboxMessages } from '../../../i18n/sandbox.ts';
import type { CredentialChoice } from './request.ts';

/** The reader's choice, with what they pasted (kept in memory only, like the fields). */
export interface ChosenCredential {
  choice: CredentialChoice;
  pastedSid: string;
  pastedToken: string;
}

/** The credential pair to send, or null when the choice has no value yet. */
export function credentialPair(
  view: SandboxView | null,
  chosen: ChosenCredential,
): { sid: string; token: string } | null {
  if (chosen.choice === 'pasted') return { sid: chosen.pastedSid.trim(), token: chosen.pastedToken.trim() };
  const credentials = view?.credentials;
  if (!credentials) return null;
  const token = {
    currentReadWrite: credentials.readWrite.authToken,
    currentReadOnly: credentials.readOnly.authToken,
    previousReadWrite: credentials.readWrite.previousAuthToken,
    previousReadOnly: credentials.readOnly.previousAuthToken,
  }[chosen.choice];
  return token ? { sid: credentials.accountSid, token } : null;
}

/**
 * The Account SID the request goes to: the pasted one as typed (maybe none yet), never the
 * sandbox's own in its place, so the request line and curl show what a send would do.
 */
export function requestSid(view: SandboxView | null, chosen: ChosenCredential): string {
  if (chosen.choice === 'pasted') return chosen.pastedSid.trim();
  return credentialPair(view, chosen)?.sid || view?.account.sid || '';
}

/** The resource's path; with no SID yet, a placeholder where it goes (nothing is sent so). */
export function resourcePath(sid: string, resource: string): string {
  return sid ? partnerApiPath(sid, resource) : `${PARTNER_API}/{AccountSID}/${resource}`;
}

/** Which credential a request would carry now: an answer got with another says so. */
export function credentialKey(chosen: ChosenCredential): string {
  return chosen.choice === 'pasted'
    ? `pasted\n${chosen.pastedSid.trim()}\n${chosen.pastedToken.trim()}`
    : chosen.choice;
}

/** When the chosen token was reset, if it is a "before the reset" one. */
export function revokedAt(view: SandboxView | null, choice: CredentialChoice): string | null {
  const credentials = view?.credentials;
  if (!credentials) return null;
  if (choice === 'previousReadWrite') return credentials.readWrite.lastResetAt;
  if (choice === 'previousReadOnly') return credentials.readOnly.lastResetAt;
  return null;
}

export interface CredentialHandlers {
  choose: (choice: CredentialChoice) => void;
  pastedSid: (event: Event) => void;
  pastedToken: (event: Event) => void;
}

/**
 * The credential fieldset: each token masked beside its choice, and the pasted pair's fields.
 * `sidAlert` marks the SID field once a send found it empty (the note below the request line).
 */
export function renderCredentialChoices(
  t: SandboxMessages,
  credentials: NonNullable<SandboxView['credentials']>,
  chosen: ChosenCredential,
  sidAlert: boolean,
  on: CredentialHandlers,
) {
  const choiceFor = (choice: CredentialChoice, label: string, token: string | null | undefined) => {
    const available = choice === 'pasted' || Boolean(token);
    return html`<label class="choice">
      <input type="radio" name="credential" value=${choice} .checked=${chosen.choice === choice} ?disabled=${!available} @change=${() => on.choose(choice)} />
      <span class="choice-text">${label}
      ${choice === 'pasted' ? nothing : token ? html`<code class="token-hint">${maskToken(token)}</code>` : html`<span class="note">${t.notResetYet}</span>`}</span>
    </label>`;
  };
  const sidMissing = chosen.choice === 'pasted' && !chosen.pastedSid.trim();
  return html`<fieldset>
    <legend>${t.credential}</legend>
    ${choiceFor('currentReadWrite', t.currentReadWrite, credentials.readWrite.authToken)}
    ${choiceFor('currentReadOnly', t.currentReadOnly, credentials.readOnly.authToken)}
    ${choiceFor('previousReadWrite', t.previousReadWrite, credentials.readWrite.previousAuthToken)}
    ${choiceFor('previousReadOnly', t.previousReadOnly, credentials.readOnly.previousAuthToken)}
    ${choiceFor('pasted', t.pasted, null)}
    ${
      chosen.choice === 'pasted'
        ? html`<div class="pasted">
          <label>${t.accountSid} <input name="pasted-sid" autocomplete="off" spellcheck="false" aria-invalid=${sidAlert ? 'true' : 'false'} aria-describedby=${sidMissing ? 'pasted-sid-needed' : nothing} .value=${chosen.pastedSid} @input=${on.pastedSid} /></label>
          <label>${t.authToken} <input type="password" autocomplete="off" spellcheck="false" .value=${chosen.pastedToken} @input=${on.pastedToken} /></label>
        </div>`
        : nothing
    }
  </fieldset>`;
}
