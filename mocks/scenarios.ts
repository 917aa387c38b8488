/**
 * Named starting states for demonstrations and tests (src/contract/support.ts lists the names;
 * the widgets describe each in the reader's language). Each is built fresh, with its own new
 * Account SID and tokens, and its timeline starts with the scenario's own entry.
 */
import { RATE_LIMIT_PER_HOUR, type ScenarioName } from '../src/contract/index.ts';
import { logAction } from './log.ts';
import {
  createInitialState,
  enableLegacyTokens,
  resetAuthToken,
  setApiVersion,
  type SandboxState,
  type StateContext,
} from './state.ts';

/** The version `upgraded` moves to: 15 is the first whose campaigns carry DeeplinkDomains. */
const UPGRADED_SCENARIO_VERSION = 15;
/** How long ago `rate-limited`'s hourly window began (its calls are used up for the rest of the hour). */
const RATE_LIMITED_WINDOW_AGE_MS = 10 * 60 * 1000;

/** Every scenario but `new` starts from a sandbox with legacy tokens enabled. */
const FROM_ENABLED: Record<
  Exclude<ScenarioName, 'new'>,
  (enabled: SandboxState, context: StateContext) => SandboxState
> = {
  enabled: (state) => state,
  'after-read-write-reset': (state, context) => resetAuthToken(state, 'readWrite', context),
  'after-read-only-reset': (state, context) => resetAuthToken(state, 'readOnly', context),
  upgraded: (state) => setApiVersion(state, UPGRADED_SCENARIO_VERSION),
  'rate-limited': (state, context) => {
    const now = (context.now?.() ?? new Date()).getTime();
    const windowStartedAt = new Date(now - RATE_LIMITED_WINDOW_AGE_MS).toISOString();
    return { ...state, rateLimit: { windowStartedAt, used: RATE_LIMIT_PER_HOUR } };
  },
};

export function scenarioState(name: ScenarioName, context: StateContext = {}): SandboxState {
  const fresh = createInitialState(context);
  const built = name === 'new' ? fresh : FROM_ENABLED[name](enableLegacyTokens(fresh), context);
  return logAction(built, { action: 'scenario', scenario: name }, context);
}
