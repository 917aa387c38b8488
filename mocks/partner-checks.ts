/**
 * The checks every partner API answer goes through, in the README's order: credentials → 401;
 * rate limit → 429; `IR-Version` → 400; then the route (a resource no route takes → 404, a
 * method it does not take → 405: those are handlers of their own, behind the same checks);
 * a Read-Only token on a write → 403; then the resolver, whose fields may still be invalid → 400.
 */
import type { PathParams } from 'msw';
import {
  CLIENT_HEADER,
  PARTNER_API,
  REASON_HEADER,
  type AccessLevel,
  type ApiVersion,
  type ReasonCode,
} from '../src/contract/index.ts';
import { errorBody, negotiate, respond, type FieldError } from '../src/http/respond.ts';
import { toXml, type XmlValue } from '../src/http/xml.ts';
import { isApiVersion, SUPPORTED_VERSIONS } from './api-versions.ts';
import type { HandlerContext } from './context.ts';
import { constantTimeEqual } from './credentials.ts';
import { appendLog, clientOf, tokenRefFor } from './log.ts';
import { authenticate, parseBasicAuth, UNKNOWN_ACCOUNT_ON_SERVER } from './partner-auth.ts';
import { countCall } from './rate-limit.ts';
import { readBody, type BodyResult } from './request-body.ts';
import type { Resolver } from './routing.ts';
import type { SandboxState } from './state.ts';

export interface PartnerError {
  status: number;
  message: string;
  /** For the log and `X-Sandbox-Reason`; derived from the status when absent. */
  reason?: ReasonCode;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

export interface PartnerAnswer {
  status: number;
  body: Record<string, XmlValue>;
  headers?: Record<string, string>;
  /** The state as the call leaves it, when it changed data (saved with the call's log entry). */
  state?: SandboxState;
}

/** What a partner resolver gets once the checks passed. */
export interface PartnerCall {
  request: Request;
  /** The path's `:id`, without a `.json`/`.xml` suffix. */
  id: string | undefined;
  /** The path after `/{AccountSID}/`, decoded, without the suffix (for messages). */
  resourcePath: string;
  state: SandboxState;
  accountSid: string;
  level: AccessLevel;
  version: ApiVersion;
  /** Read before the state (see withBody in routing.ts); only routes that take a body read one. */
  body: BodyResult;
  context: HandlerContext;
}

export type PartnerResolver = (call: PartnerCall) => PartnerAnswer | PartnerError;

export const isError = (value: unknown): value is PartnerError =>
  typeof value === 'object' && value !== null && 'message' in value && 'status' in value;

const NO_BODY: BodyResult = { ok: true, value: undefined };
const FORMAT_SUFFIX = /\.(json|xml)$/i;
/** Segments before the resource path: '', 'api', 'Mediapartners', the Account SID. */
const SEGMENTS_BEFORE_RESOURCE = PARTNER_API.split('/').length + 1;

/** A malformed percent-encoding stays as it is (and so names no resource) instead of throwing. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type Format = 'json' | 'xml';

/** The path after `/{AccountSID}/`, decoded segment by segment, and its `.json`/`.xml` suffix if any. */
function resourcePathOf(request: Request): { written: string; suffix: RegExpExecArray | null } {
  const { pathname } = new URL(request.url);
  const written = pathname.split('/').slice(SEGMENTS_BEFORE_RESOURCE).map(safeDecode).join('/');
  return { written, suffix: FORMAT_SUFFIX.exec(written) };
}

/** A `.json` or `.xml` suffix on the path wins; otherwise Accept chooses, and XML is the default. */
export function formatOf(request: Request): Format {
  const { suffix } = resourcePathOf(request);
  return suffix ? (suffix[1]!.toLowerCase() as Format) : negotiate(request.headers.get('Accept'), ['xml', 'json']);
}

interface Target {
  format: Format;
  id: string | undefined;
  resourcePath: string;
}

/**
 * The format, the id and the resource path. With `strict`, null when the route's pattern matched
 * a path that is not its resource after all, so MSW tries the next handler: a trailing slash
 * (`Campaigns/`, which MSW's matcher lets through), a list's `:format` that is no suffix
 * (`CampaignsX`), an id that is only a suffix (`Campaigns/.json`).
 */
function targetOf(request: Request, params: PathParams, strict: boolean): Target | null {
  const id = typeof params.id === 'string' ? params.id.replace(FORMAT_SUFFIX, '') : undefined;
  if (strict) {
    const { format } = params;
    if (new URL(request.url).pathname.endsWith('/') || id === '') return null;
    if (format !== undefined && !(typeof format === 'string' && /^\.(json|xml)$/i.test(format))) return null;
  }
  const { written, suffix } = resourcePathOf(request);
  return { format: formatOf(request), id, resourcePath: suffix ? written.slice(0, -suffix[0].length) : written };
}

/** `IR-Version` header or `IrVersion` query parameter overrides the token's version for one call. */
function effectiveVersion(request: Request, tokenVersion: ApiVersion): ApiVersion | PartnerError {
  const url = new URL(request.url);
  const requested = request.headers.get('IR-Version') ?? url.searchParams.get('IrVersion');
  if (requested === null) return tokenVersion;
  const version = Number(requested.trim());
  if (!/^\d+$/.test(requested.trim()) || !isApiVersion(version)) {
    return {
      status: 400,
      message: `Unknown API version "${requested.slice(0, 20)}". Supported versions are ${SUPPORTED_VERSIONS}.`,
      reason: 'unknown-version',
      errors: [{ Field: 'IrVersion', Message: `must be one of ${SUPPORTED_VERSIONS}` }],
    };
  }
  return version;
}

/** An answer or an error (in impact.com's error shape) as XML or JSON. */
export function partnerResponse(
  result: PartnerAnswer | PartnerError,
  format: Format,
  headers: Record<string, string> = {},
): Response {
  const body = isError(result) ? errorBody(result.message, result.errors) : result.body;
  const init = { status: result.status, headers: { ...headers, ...result.headers } };
  return format === 'xml' ? respond(toXml(body as Record<string, XmlValue>), { ...init, format }) : respond(body, init);
}

export interface CheckOptions {
  /** Read the request body first (routes that take one). */
  body?: boolean;
  /** Answer any path under the account (the 404 fallback) instead of falling through. */
  anyPath?: boolean;
}

/** The reason a result gets in the log and the `X-Sandbox-Reason` header, when it names none itself. */
function reasonOf(result: PartnerAnswer | PartnerError): ReasonCode {
  if (isError(result) && result.reason) return result.reason;
  if (result.status < 400) return 'ok';
  return result.status === 405 ? 'method-not-allowed' : result.status === 404 ? 'unknown-resource' : 'bad-body';
}

/**
 * Runs the checks, then `resolve`; the answer has the negotiated format and the rate-limit and
 * `IR-Version` headers. Every call, answered or refused, is counted in the hourly window (once it
 * authenticated) and appended to the sandbox's request log, in one write at the end: nothing is
 * awaited between reading the state and writing it.
 */
export function authorized(context: HandlerContext, resolve: PartnerResolver, options: CheckOptions = {}): Resolver {
  return async ({ request, params }) => {
    const target = targetOf(request, params, !options.anyPath);
    if (!target) return undefined;
    // The body arrives first: a write then reads and writes the state with no await between,
    // so a reset made meanwhile (another tab, another client) is never overwritten.
    const body = options.body ? await readBody(request) : NO_BODY;
    const store = context.storeFor?.(String(params.accountSid), request.headers.get('Authorization')) ?? context.store;
    const state = store.read();
    const credentials = parseBasicAuth(request.headers.get('Authorization'));
    const password = 'password' in credentials ? credentials.password : null;

    /** Logs the call on top of `latest` (the state as this call leaves it), saves, answers. */
    const finish = (
      result: PartnerAnswer | PartnerError,
      latest: SandboxState,
      headers: Record<string, string> = {},
    ) => {
      const reason = reasonOf(result);
      const logged = appendLog(
        latest,
        {
          kind: 'request',
          client: clientOf(request.headers.get(CLIENT_HEADER)),
          method: request.method,
          path: new URL(request.url).pathname.replace(/^\/api/, '').slice(0, 300),
          token: tokenRefFor(state, password),
          status: result.status,
          reason,
        },
        context.stateContext,
      );
      store.write(logged);
      return partnerResponse(result, target.format, { ...headers, [REASON_HEADER]: reason });
    };
    const unauthorized = ({ reason, message }: { reason: ReasonCode; message: string }) =>
      finish({ status: 401, message, reason }, state, {
        'WWW-Authenticate': 'Basic realm="impact.com partner API (sandbox)", charset="UTF-8"',
      });

    if ('ok' in credentials) return unauthorized(credentials);
    const auth = authenticate(state, credentials.username, credentials.password);
    if (!auth.ok) {
      // Only a server that keeps copies (context.storeFor) has a copy to explain.
      const onServer = auth.reason === 'unknown-account' && context.storeFor;
      return unauthorized(onServer ? { ...auth, message: UNKNOWN_ACCOUNT_ON_SERVER } : auth);
    }
    if (!constantTimeEqual(String(params.accountSid), state.accountSid)) {
      return unauthorized({
        reason: 'account-mismatch',
        message: 'The Account SID in the URL does not match the credentials.',
      });
    }

    const limit = countCall(state, context.stateContext.now?.() ?? new Date());
    if (limit.limited) {
      return finish(
        { status: 429, message: 'Rate limit exceeded: 1,000 requests per hour.', reason: 'rate-limited' },
        limit.state,
        { ...limit.headers, 'Retry-After': String(limit.resetSeconds) },
      );
    }
    const version = effectiveVersion(request, state.legacyToken.apiVersion);
    const headers = {
      ...limit.headers,
      'IR-Version': String(isError(version) ? state.legacyToken.apiVersion : version),
    };
    if (isError(version)) return finish(version, limit.state, headers);
    const call = {
      ...target,
      request,
      state: limit.state,
      accountSid: state.accountSid,
      level: auth.level,
      version,
      body,
      context,
    };
    const result = resolve(call);
    return finish(result, (!isError(result) && result.state) || limit.state, headers);
  };
}

/** For routes that change data: a Read-Only token gets 403 (authenticated, not permitted). */
export function needsReadWrite(resolve: PartnerResolver): PartnerResolver {
  return (call) =>
    call.level === 'readOnly'
      ? {
          status: 403,
          message:
            'This Auth Token is read-only: it can only make GET requests. Use the Read/Write Auth Token to change data.',
          reason: 'read-only-token',
        }
      : resolve(call);
}
