/**
 * Who may call the partner API: HTTP Basic credentials (Account SID and Auth Token) checked
 * against the sandbox's current legacy credentials, so a reset token really stops working.
 */
import { ACCESS_LEVELS, type AccessLevel, type ReasonCode } from '../src/contract/index.ts';
import { constantTimeEqual } from './credentials.ts';
import type { SandboxState } from './state.ts';

export type AuthOutcome = { ok: true; level: AccessLevel } | AuthFailure;

export interface AuthFailure {
  ok: false;
  reason: ReasonCode;
  message: string;
}

const BASIC_HELP = 'Use HTTP Basic authentication: the username is your Account SID and the password is an Auth Token.';

/** Decodes `Authorization: Basic …` strictly; anything else is a clear 401 message. */
export function parseBasicAuth(header: string | null): { username: string; password: string } | AuthFailure {
  const malformed = (message: string): AuthFailure => ({ ok: false, reason: 'malformed-credentials', message });
  if (header === null || header.trim() === '') {
    return { ok: false, reason: 'missing-credentials', message: `The Authorization header is missing. ${BASIC_HELP}` };
  }
  const match = /^Basic[ ]+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header.trim());
  if (!match) {
    return malformed(
      /^Basic\b/i.test(header.trim())
        ? `The Authorization header is malformed: Basic credentials must be base64 of "AccountSID:AuthToken". ${BASIC_HELP}`
        : `Unsupported authorization scheme. ${BASIC_HELP}`,
    );
  }
  let decoded: string;
  try {
    const bytes = Uint8Array.from(atob(match[1] ?? ''), (char) => char.charCodeAt(0));
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return malformed(
      `The Authorization header is malformed: the credentials are not valid base64 UTF-8. ${BASIC_HELP}`,
    );
  }
  const colon = decoded.indexOf(':');
  if (colon < 1 || colon === decoded.length - 1) {
    return malformed(
      `The Authorization header is malformed: expected "AccountSID:AuthToken" with both parts present. ${BASIC_HELP}`,
    );
  }
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * An unknown SID on `npm start`'s server, which keeps browsers' copies: the page's own SID gets
 * this when its sandbox came from another browser's share link (the copy under that SID is the
 * other browser's, and this browser's tokens, once reset, are not among its). The server cannot
 * say that this SID has such a copy: a caller without one of its tokens must not learn whether
 * it does (docs/security.md), so every unknown SID gets these words.
 */
export const UNKNOWN_ACCOUNT_ON_SERVER =
  "Unknown Account SID: no sandbox on this server answers this Account SID with this Auth Token. The username must be the Account SID shown on the API Credentials page. If it is, and that page's sandbox came from another browser's share link, the server's copy under this Account SID is that browser's, and it answers only that browser's Auth Tokens: reset the sandbox on the page for an Account SID of its own.";

/** Checks the password against every current and revoked token without stopping early. */
export function authenticate(state: SandboxState, username: string, password: string): AuthOutcome {
  if (!constantTimeEqual(username, state.accountSid)) {
    return {
      ok: false,
      reason: 'unknown-account',
      message: 'Unknown Account SID: the username must be the Account SID shown on the API Credentials page.',
    };
  }
  if (!state.legacyTokensEnabled) {
    return {
      ok: false,
      reason: 'tokens-not-enabled',
      message:
        'Legacy API tokens are not enabled for this account. Choose Enable Legacy Tokens on the API settings page first.',
    };
  }
  let matched: AccessLevel | null = null;
  let revokedAt: string | null = null;
  for (const level of ACCESS_LEVELS) {
    const credential = state.legacyToken[level];
    if (constantTimeEqual(password, credential.authToken)) matched = level;
    for (const revoked of credential.revoked) {
      if (constantTimeEqual(password, revoked.authToken)) revokedAt = revoked.revokedAt;
    }
  }
  if (matched) return { ok: true, level: matched };
  if (revokedAt) {
    return {
      ok: false,
      reason: 'revoked-token',
      message: `This Auth Token was reset at ${revokedAt} and no longer passes authorization. Update your integration with the new Auth Token from the API Credentials page.`,
    };
  }
  return { ok: false, reason: 'invalid-token', message: 'Invalid Auth Token for this Account SID.' };
}
