/**
 * What a share link carries: the sandbox's state, trimmed so that a compressed link stays short
 * (no action inquiries, the newest revoked token per level, the newest log entries, no scenario). A loaded
 * link is validated like any saved state (parseState), so a tampered or truncated one is refused.
 */
import type { SandboxState } from './state.ts';

/** Log entries a link carries by default; the page asks for fewer when its link would be too long. */
export const SHARED_LOG_ENTRIES = 30;
const SHARED_REVOKED = 1;

export function sharedState(state: SandboxState, logEntries = SHARED_LOG_ENTRIES): SandboxState {
  const trimmed = (level: 'readWrite' | 'readOnly') => ({
    ...state.legacyToken[level],
    revoked: state.legacyToken[level].revoked.slice(0, SHARED_REVOKED),
  });
  return {
    ...state,
    legacyToken: { ...state.legacyToken, readWrite: trimmed('readWrite'), readOnly: trimmed('readOnly') },
    actionInquiries: [],
    log: logEntries > 0 ? state.log.slice(-logEntries) : [],
    recovery: null,
    // A link's load is a change of the sandbox's own (it is no scenario's load): no need to carry it.
    scenario: null,
  };
}
