/**
 * The settings API behind the simulated partner app (what the real app does through its own
 * UI backend): read the account and its legacy token, enable legacy tokens, reset either Auth
 * Token, upgrade the API version, and reset or load the whole sandbox. JSON only.
 */
import { http } from 'msw';
import * as v from 'valibot';
import {
  isScenarioName,
  SCENARIOS,
  SETTINGS_API,
  SETTINGS_ROUTES,
  SUPPORT_ROUTES,
  type AccessLevel,
} from '../src/contract/index.ts';
import { apiError, respond } from '../src/http/respond.ts';
import { isApiVersion, SUPPORTED_VERSIONS, upgradeTargets } from './api-versions.ts';
import type { HandlerContext } from './context.ts';
import type { BodyResult } from './request-body.ts';
import { methodNotAllowed, withBody, type BodyArgs, type Resolver, type RouteArgs } from './routing.ts';
import {
  createInitialState,
  enableLegacyTokens,
  parseState,
  resetAuthToken,
  setApiVersion,
  type SandboxState,
} from './state.ts';
import { logAction } from './log.ts';
import { scenarioState } from './scenarios.ts';
import { sharedState, SHARED_LOG_ENTRIES } from './share.ts';
import { accountView, credentialsView, sandboxView, tokenCardView } from './views.ts';

const NOT_ENABLED = 'Legacy tokens are not enabled yet. Enable them first: POST /api/sandbox/legacy-tokens.';

const VersionBodySchema = v.object({
  version: v.pipe(
    v.number('version must be a number, for example {"version": 15}'),
    v.integer('version must be a whole number'),
  ),
});

export function settingsApiHandlers(context: HandlerContext) {
  const { store, stateContext } = context;
  const at = (path: string) => `${context.baseUrl}${path}`;

  /** Writes the state and answers with the whole view, so a widget redraws from one response. */
  const save = (next: SandboxState, status = 200) => {
    store.write(next);
    return respond(sandboxView(next), { status });
  };

  /** Routes about the legacy token answer 404 until legacy tokens are enabled. */
  const enabled =
    <Args extends RouteArgs>(resolve: Resolver<Args & { state: SandboxState }>): Resolver<Args> =>
    (args) => {
      const state = store.read();
      return state.legacyTokensEnabled ? resolve({ ...args, state }) : apiError(404, NOT_ENABLED);
    };

  const resetToken = (level: AccessLevel) =>
    enabled(({ state }) =>
      save(logAction(resetAuthToken(state, level, stateContext), { action: 'reset-token', level }, stateContext)),
    );

  const routes = [
    http.get(at(SETTINGS_ROUTES.view), () => respond(sandboxView(store.read()))),
    http.post(at(SETTINGS_ROUTES.reset), () =>
      save(logAction(createInitialState(stateContext), { action: 'sandbox-reset' }, stateContext)),
    ),
    http.get(at(SETTINGS_ROUTES.snapshot), () => respond(store.read())),
    http.put(
      at(SETTINGS_ROUTES.snapshot),
      withBody(({ body }) => loadState(body)),
    ),
    http.delete(at(SETTINGS_ROUTES.recovery), () => save({ ...store.read(), recovery: null })),
    http.get(at(SETTINGS_ROUTES.account), () => respond(accountView(store.read()))),
    http.get(
      at(SETTINGS_ROUTES.legacyTokens),
      enabled(({ state }) => respond(tokenCardView(state))),
    ),
    http.post(at(SETTINGS_ROUTES.legacyTokens), () => {
      const state = store.read();
      if (state.legacyTokensEnabled)
        return apiError(409, 'Legacy tokens are already enabled; the Enable Legacy Tokens button is gone.');
      return save(logAction(enableLegacyTokens(state), { action: 'enable' }, stateContext), 201);
    }),
    http.get(
      at(SETTINGS_ROUTES.credentials),
      enabled(({ state }) => respond(credentialsView(state))),
    ),
    http.post(at(SETTINGS_ROUTES.resetReadWrite), resetToken('readWrite')),
    http.post(at(SETTINGS_ROUTES.resetReadOnly), resetToken('readOnly')),
    http.get(
      at(SETTINGS_ROUTES.apiVersion),
      enabled(({ state }) =>
        respond({
          apiVersion: state.legacyToken.apiVersion,
          upgradeTargets: upgradeTargets(state.legacyToken.apiVersion),
        }),
      ),
    ),
    http.put(at(SETTINGS_ROUTES.apiVersion), withBody(enabled<BodyArgs>(({ state, body }) => upgrade(state, body)))),
    http.post(
      at(SUPPORT_ROUTES.scenario),
      withBody(({ body }) => loadScenario(body)),
    ),
    http.get(at(SUPPORT_ROUTES.log), () => respond({ entries: store.read().log })),
    http.delete(at(SUPPORT_ROUTES.log), () => {
      store.write({ ...store.read(), log: [] });
      return respond({ entries: [] });
    }),
    http.get(at(SUPPORT_ROUTES.share), ({ request }) => {
      const asked = Number(new URL(request.url).searchParams.get('logEntries') ?? SHARED_LOG_ENTRIES);
      const entries = Number.isInteger(asked) && asked >= 0 ? Math.min(asked, SHARED_LOG_ENTRIES) : SHARED_LOG_ENTRIES;
      return respond(sharedState(store.read(), entries));
    }),
    http.put(
      at(SUPPORT_ROUTES.share),
      withBody(({ body }) => loadState(body, 'share-link')),
    ),
  ];

  /** A whole state from outside (a snapshot, a share link): validated like a saved one, or nothing changes. */
  function loadState(body: BodyResult, action?: 'share-link'): Response {
    if (!body.ok) return apiError(body.status, body.message);
    const parsed = parseState(body.value);
    if (!parsed.ok) {
      return apiError(
        400,
        `The ${action ? 'shared sandbox' : 'snapshot'} is ${parsed.reason === 'outdated' ? 'from another schema version' : 'not a valid sandbox state'}; nothing was changed.`,
        {
          errors: parsed.problems.slice(0, 20).map((problem) => {
            const [field, ...message] = problem.split(': ');
            return field !== undefined && message.length
              ? { Field: field, Message: message.join(': ') }
              : { Field: 'snapshot', Message: problem };
          }),
        },
      );
    }
    // A snapshot loads exactly as given (tests and support start from it); a share link's load is on the timeline.
    return save(action ? logAction({ ...parsed.state, recovery: null }, { action }, stateContext) : parsed.state);
  }

  function loadScenario(body: BodyResult): Response {
    if (!body.ok) return apiError(body.status, body.message);
    const name =
      typeof body.value === 'object' && body.value !== null ? (body.value as { name?: unknown }).name : undefined;
    if (!isScenarioName(name)) {
      const known = SCENARIOS.join(', ');
      return apiError(
        400,
        `Unknown scenario ${JSON.stringify(name ?? null).slice(0, 60)}; nothing was changed. Scenarios: ${known}.`,
        {
          errors: [{ Field: 'name', Message: `must be one of ${known}` }],
        },
      );
    }
    return save(scenarioState(name, stateContext));
  }

  function upgrade(state: SandboxState, body: BodyResult): Response {
    if (!body.ok) return apiError(body.status, body.message);
    const parsed = v.safeParse(VersionBodySchema, body.value);
    if (!parsed.success) {
      return apiError(400, parsed.issues[0].message, {
        errors: [{ Field: 'version', Message: parsed.issues[0].message }],
      });
    }
    const { version } = parsed.output;
    if (!isApiVersion(version)) {
      return apiError(400, `Unknown API version ${version}. Versions are ${SUPPORTED_VERSIONS}.`, {
        errors: [{ Field: 'version', Message: `must be one of ${SUPPORTED_VERSIONS}` }],
      });
    }
    const current = state.legacyToken.apiVersion;
    if (version <= current) {
      return apiError(
        409,
        `The token is on version ${current}; a version can only be changed to a newer one (${upgradeTargets(current).join(', ') || 'none: it is on the newest'}).`,
        { errors: [{ Field: 'version', Message: `must be newer than ${current}` }] },
      );
    }
    return save(logAction(setApiVersion(state, version), { action: 'upgrade', version }, stateContext));
  }

  return [
    ...routes,
    ...methodNotAllowed(routes, (allow) => ({ request }) => {
      const methods = allow.join(', ');
      return apiError(405, `${request.method} is not allowed here; use ${methods}.`, { headers: { Allow: methods } });
    }),
    http.all(at(`${SETTINGS_API}*`), ({ request }) =>
      apiError(
        404,
        `Unknown sandbox route ${new URL(request.url).pathname.slice(0, 120)}. See the README for the routes.`,
      ),
    ),
  ];
}
