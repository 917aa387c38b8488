/**
 * What the settings API returns: the shapes the widgets render (src/contract/sandbox.ts), made
 * from the sandbox's state.
 */
import {
  ACCESS_LEVELS,
  API_VERSIONS,
  type AccessLevel,
  type AccountView,
  type CredentialsView,
  type SandboxView,
  type TokenCardView,
} from '../src/contract/index.ts';
import { INITIAL_API_VERSION, upgradeTargets } from './api-versions.ts';
import type { SandboxState } from './state.ts';

export function accountView(state: SandboxState): AccountView {
  return { sid: state.accountSid, name: state.accountName, legacyTokensEnabled: state.legacyTokensEnabled };
}

export function tokenCardView(state: SandboxState): TokenCardView {
  const token = state.legacyToken;
  return {
    name: token.name,
    createdAt: token.createdAt,
    apiVersion: token.apiVersion,
    availableVersions: API_VERSIONS.filter((entry) => entry.version >= token.apiVersion),
    upgradeTargets: upgradeTargets(token.apiVersion),
    accessLevels: ACCESS_LEVELS.map((level) => ({
      level,
      lastResetAt: token[level].lastResetAt,
    })),
  };
}

export function credentialsView(state: SandboxState): CredentialsView {
  const credential = (level: AccessLevel) => ({
    authToken: state.legacyToken[level].authToken,
    lastResetAt: state.legacyToken[level].lastResetAt,
    previousAuthToken: state.legacyToken[level].revoked[0]?.authToken ?? null,
  });
  return { accountSid: state.accountSid, readWrite: credential('readWrite'), readOnly: credential('readOnly') };
}

/** Everything a widget renders, in one response, so every embed can redraw from it. */
export function sandboxView(state: SandboxState): SandboxView {
  return {
    account: accountView(state),
    legacyToken: state.legacyTokensEnabled ? tokenCardView(state) : null,
    credentials: state.legacyTokensEnabled ? credentialsView(state) : null,
    recovery: state.recovery,
    pristine: isPristine(state),
    lastLogId: state.log.at(-1)?.id ?? 0,
    scenario: state.scenario,
  };
}

/** No changes of the reader's own: nothing enabled, reset, upgraded or created. */
function isPristine(state: SandboxState): boolean {
  const token = state.legacyToken;
  return (
    !state.legacyTokensEnabled &&
    token.readWrite.lastResetAt === null &&
    token.readOnly.lastResetAt === null &&
    token.apiVersion === INITIAL_API_VERSION &&
    state.actionInquiries.length === 0
  );
}
