/**
 * The settings API behind the simulated partner app (what the real app does through its own
 * UI backend): read the account and its legacy token, enable legacy tokens, reset either Auth
 * Token, upgrade the API version, and reset or load the whole sandbox. JSON only.
 */
import { http } from 'msw';
import * as v from 'valibot';
import { SETTINGS_API, SETTINGS_ROUTES, type AccessLevel } from '../src/contract/index.ts';
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
import { accountView, credentialsView, sandboxView, tokenCardView } from './views.ts';

const NOT_ENABLED = 'Legacy tokens are not enabled yet. Enable them first: POST /api/sandbox/legacy-tokens.';

const VersionBodySchema = v.object({
  version: v.pipe(
    v.number('version must be a number, for example {"version": 15}'),
    v.integer('version must be a whole number'),
  ),
});

export function settingsApiHandlers(context: HandlerContext) {
  const { store, stateContext, rateLimiter } = context;
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

  const resetToken = (level: AccessLevel) => enabled(({ state }) => save(resetAuthToken(state, level, stateContext)));

  const routes = [
    http.get(at(SETTINGS_ROUTES.view), () => respond(sandboxView(store.read()))),
    http.post(at(SETTINGS_ROUTES.reset), () => {
      // The new sandbox has a new Account SID: the old one's rate-limit window goes with it.
      rateLimiter.forget(store.read().accountSid);
      return save(createInitialState(stateContext));
    }),
    http.get(at(SETTINGS_ROUTES.snapshot), () => respond(store.read())),
    http.put(
      at(SETTINGS_ROUTES.snapshot),
      withBody(({ body }) => loadSnapshot(body)),
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
      return save(enableLegacyTokens(state), 201);
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
  ];

  function loadSnapshot(body: BodyResult): Response {
    if (!body.ok) return apiError(body.status, body.message);
    const parsed = parseState(body.value);
    if (!parsed.ok) {
      return apiError(
        400,
        `The snapshot is ${parsed.reason === 'outdated' ? 'from another schema version' : 'not a valid sandbox state'}; nothing was changed.`,
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
    rateLimiter.forget(store.read().accountSid);
    return save(parsed.state);
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
    return save(setApiVersion(state, version));
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
