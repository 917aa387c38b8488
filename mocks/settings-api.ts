/**
 * The settings API behind the simulated partner app (what the real app does through its own
 * UI backend): read the account and its legacy token, enable legacy tokens, reset either Auth
 * Token, upgrade the API version, and reset or load the whole sandbox. JSON only.
 */
import { http, HttpResponse, type JsonBodyType } from 'msw';
import * as v from 'valibot';
import {
  ACCESS_LEVELS,
  API_VERSIONS,
  type AccessLevel,
  type AccountView,
  type CredentialsView,
  type SandboxView,
  type TokenCardView,
} from '../src/contract/index.ts';
import { isApiVersion, SUPPORTED_VERSIONS, upgradeTargets } from './api-versions.ts';
import type { HandlerContext } from './context.ts';
import { readBody } from './request-body.ts';
import {
  createInitialState,
  enableLegacyTokens,
  parseState,
  resetAuthToken,
  setApiVersion,
  type SandboxState,
} from './state.ts';

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
  };
}

const jsonHeaders = { 'Cache-Control': 'no-store' };

const ok = (body: JsonBodyType, status = 200) => HttpResponse.json(body, { status, headers: jsonHeaders });

export function apiError(
  status: number,
  message: string,
  extra: { errors?: Array<{ Field: string; Message: string }>; headers?: Record<string, string> } = {},
) {
  return HttpResponse.json(
    { Status: 'ERROR', Message: message, ...(extra.errors ? { Errors: extra.errors } : {}) },
    { status, headers: { ...jsonHeaders, ...(extra.headers ?? {}) } },
  );
}

const NOT_ENABLED = 'Legacy tokens are not enabled yet. Enable them first: POST /api/sandbox/legacy-tokens.';

const VersionBodySchema = v.object({
  version: v.pipe(
    v.number('version must be a number, for example {"version": 15}'),
    v.integer('version must be a whole number'),
  ),
});

type Handler = (request: Request, context: HandlerContext) => Response | Promise<Response>;

function requireEnabled(context: HandlerContext, next: (state: SandboxState) => Response | Promise<Response>) {
  const state = context.store.read();
  return state.legacyTokensEnabled ? next(state) : apiError(404, NOT_ENABLED);
}

function resetLevel(level: AccessLevel): Handler {
  return (_request, context) =>
    requireEnabled(context, (state) => {
      const next = resetAuthToken(state, level, context.stateContext);
      context.store.write(next);
      return ok(sandboxView(next));
    });
}

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  '': {
    GET: (_request, context) => ok(sandboxView(context.store.read())),
  },
  reset: {
    POST: (_request, context) => {
      const fresh = createInitialState(context.stateContext);
      context.rateLimiter.forget(context.store.read().accountSid);
      context.store.write(fresh);
      return ok(sandboxView(fresh));
    },
  },
  snapshot: {
    GET: (_request, context) => ok(context.store.read()),
    PUT: async (request, context) => {
      const body = await readBody(request);
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
      context.rateLimiter.forget(context.store.read().accountSid);
      context.store.write(parsed.state);
      return ok(sandboxView(parsed.state));
    },
  },
  recovery: {
    DELETE: (_request, context) => {
      const next = { ...context.store.read(), recovery: null };
      context.store.write(next);
      return ok(sandboxView(next));
    },
  },
  account: {
    GET: (_request, context) => ok(accountView(context.store.read())),
  },
  'legacy-tokens': {
    GET: (_request, context) => requireEnabled(context, (state) => ok(tokenCardView(state))),
    POST: (_request, context) => {
      const state = context.store.read();
      if (state.legacyTokensEnabled)
        return apiError(409, 'Legacy tokens are already enabled; the Enable Legacy Tokens button is gone.');
      const next = enableLegacyTokens(state);
      context.store.write(next);
      return ok(sandboxView(next), 201);
    },
  },
  'legacy-tokens/credentials': {
    GET: (_request, context) => requireEnabled(context, (state) => ok(credentialsView(state))),
  },
  'legacy-tokens/read-write/reset': { POST: resetLevel('readWrite') },
  'legacy-tokens/read-only/reset': { POST: resetLevel('readOnly') },
  'legacy-tokens/api-version': {
    GET: (_request, context) =>
      requireEnabled(context, (state) =>
        ok({ apiVersion: state.legacyToken.apiVersion, upgradeTargets: upgradeTargets(state.legacyToken.apiVersion) }),
      ),
    PUT: async (request, context) => {
      // Body first: the state is read and written with no await between (see partner-api.ts).
      const body = await readBody(request);
      const state = context.store.read();
      if (!state.legacyTokensEnabled) return apiError(404, NOT_ENABLED);
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
          {
            errors: [{ Field: 'version', Message: `must be newer than ${current}` }],
          },
        );
      }
      const next = setApiVersion(state, version);
      context.store.write(next);
      return ok(sandboxView(next));
    },
  },
};

export function settingsApiHandlers(context: HandlerContext) {
  return [
    http.all(`${context.baseUrl}/api/sandbox*`, async ({ request }) => {
      const path = new URL(request.url).pathname.replace(/^\/api\/sandbox\/?/, '').replace(/\/$/, '');
      const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
      if (!route)
        return apiError(
          404,
          `Unknown sandbox route /api/sandbox/${path.slice(0, 100)}. See the README for the routes.`,
        );
      const handler = Object.hasOwn(route, request.method) ? route[request.method] : undefined;
      if (!handler) {
        const allow = Object.keys(route).join(', ');
        return apiError(405, `${request.method} is not allowed here; use ${allow}.`, { headers: { Allow: allow } });
      }
      return handler(request, context);
    }),
  ];
}
