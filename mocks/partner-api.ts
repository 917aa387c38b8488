/**
 * Stand-in for `https://api.impact.com/Mediapartners/{AccountSID}/…`, served at
 * `/api/Mediapartners/{AccountSID}/…`. Enforces HTTP Basic auth against the sandbox's
 * current legacy credentials, so a reset token really stops working.
 */
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import {
  ACCESS_LEVELS,
  RATE_LIMIT_PER_HOUR,
  WRITE_METHODS,
  type AccessLevel,
  type ApiVersion,
} from '../src/contract/index.ts';
import { isApiVersion, SUPPORTED_VERSIONS } from './api-versions.ts';
import { constantTimeEqual } from './credentials.ts';
import { chooseFormat, formatBody, type ResponseFormat, type XmlValue } from './format.ts';
import { ACTIONS, campaignIds, campaignsFor } from './partner-data.ts';
import { readBody, type BodyResult } from './request-body.ts';
import {
  addActionInquiry,
  removeActionInquiry,
  replaceActionInquiry,
  type ActionInquiry,
  type SandboxState,
} from './state.ts';
import type { HandlerContext } from './context.ts';

/** The methods the partner API's resources answer. */
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface ApiError {
  status: number;
  message: string;
  errors?: Array<{ Field: string; Message: string }>;
  headers?: Record<string, string>;
}

interface RouteRequest {
  method: Method;
  id: string | undefined;
  state: SandboxState;
  version: ApiVersion;
  accountSid: string;
  /** Read before the state, so nothing is awaited between reading the state and writing it. */
  body: BodyResult;
  context: HandlerContext;
}

type RouteResult = { status: number; body: Record<string, XmlValue>; headers?: Record<string, string> };
type Route = Partial<
  Record<Method, (request: RouteRequest) => RouteResult | ApiError | Promise<RouteResult | ApiError>>
>;

export type AuthOutcome = { ok: true; level: AccessLevel } | { ok: false; message: string };

const BASIC_HELP = 'Use HTTP Basic authentication: the username is your Account SID and the password is an Auth Token.';

/** Decodes `Authorization: Basic …` strictly; anything else is a clear 401 message. */
export function parseBasicAuth(header: string | null): { username: string; password: string } | string {
  if (header === null || header.trim() === '') return `The Authorization header is missing. ${BASIC_HELP}`;
  const match = /^Basic[ ]+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header.trim());
  if (!match) {
    return /^Basic\b/i.test(header.trim())
      ? `The Authorization header is malformed: Basic credentials must be base64 of "AccountSID:AuthToken". ${BASIC_HELP}`
      : `Unsupported authorization scheme. ${BASIC_HELP}`;
  }
  let decoded: string;
  try {
    const bytes = Uint8Array.from(atob(match[1] ?? ''), (char) => char.charCodeAt(0));
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `The Authorization header is malformed: the credentials are not valid base64 UTF-8. ${BASIC_HELP}`;
  }
  const colon = decoded.indexOf(':');
  if (colon < 1 || colon === decoded.length - 1) {
    return `The Authorization header is malformed: expected "AccountSID:AuthToken" with both parts present. ${BASIC_HELP}`;
  }
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Checks the password against every current and revoked token without stopping early. */
export function authenticate(state: SandboxState, username: string, password: string): AuthOutcome {
  if (!constantTimeEqual(username, state.accountSid)) {
    return {
      ok: false,
      message: 'Unknown Account SID: the username must be the Account SID shown on the API Credentials page.',
    };
  }
  if (!state.legacyTokensEnabled) {
    return {
      ok: false,
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
      message: `This Auth Token was reset at ${revokedAt} and no longer passes authorization. Update your integration with the new Auth Token from the API Credentials page.`,
    };
  }
  return { ok: false, message: 'Invalid Auth Token for this Account SID.' };
}

/** `IR-Version` header or `IrVersion` query parameter overrides the token's version for one call. */
function effectiveVersion(request: Request, tokenVersion: ApiVersion): ApiVersion | ApiError {
  const url = new URL(request.url);
  const requested = request.headers.get('IR-Version') ?? url.searchParams.get('IrVersion');
  if (requested === null) return tokenVersion;
  const version = Number(requested.trim());
  if (!/^\d+$/.test(requested.trim()) || !isApiVersion(version)) {
    return {
      status: 400,
      message: `Unknown API version "${requested.slice(0, 20)}". Supported versions are ${SUPPORTED_VERSIONS}.`,
      errors: [{ Field: 'IrVersion', Message: `must be one of ${SUPPORTED_VERSIONS}` }],
    };
  }
  return version;
}

const paging = (resource: string, count: number, accountSid: string) => ({
  '@page': '1',
  '@numpages': '1',
  '@pagesize': '100',
  '@total': String(count),
  '@start': '0',
  '@end': String(Math.max(count - 1, 0)),
  '@uri': `/Mediapartners/${accountSid}/${resource}`,
});

const InquiryFieldsSchema = v.object({
  CampaignId: v.pipe(
    v.union([v.string(), v.number()], 'is required (a campaign id)'),
    v.transform(String),
    v.check((id) => campaignIds().includes(id), 'must be the id of one of your campaigns'),
  ),
  OrderId: v.pipe(
    v.union([v.string(), v.number()], 'is required (your order id)'),
    v.transform(String),
    v.minLength(1, 'is required'),
    v.maxLength(64, 'must be at most 64 characters'),
  ),
  Amount: v.optional(
    v.nullable(
      v.pipe(
        v.union([v.string(), v.number()], 'must be a number'),
        v.transform(Number),
        v.number('must be a number'),
        v.finite('must be a number'),
        v.minValue(0, 'must not be negative'),
      ),
    ),
  ),
  Note: v.optional(v.pipe(v.string('must be text'), v.maxLength(500, 'must be at most 500 characters'))),
});

type InquiryFields = Omit<ActionInquiry, 'Id' | 'Status' | 'CreatedDate'>;

/** Validates a write's fields; with `partial`, only the fields given are checked and returned. */
function validateInquiry(input: unknown, partial: boolean): Partial<InquiryFields> | ApiError {
  const result = v.safeParse(partial ? v.partial(InquiryFieldsSchema) : InquiryFieldsSchema, input);
  if (!result.success) {
    return {
      status: 400,
      message: 'The request has invalid fields.',
      errors: result.issues.map((issue) => ({ Field: v.getDotPath(issue) ?? 'body', Message: issue.message })),
    };
  }
  return Object.fromEntries(Object.entries(result.output).filter(([, value]) => value !== undefined));
}

const isError = (value: unknown): value is ApiError =>
  typeof value === 'object' && value !== null && 'message' in value && 'status' in value;

const notFound = (what: string): ApiError => ({ status: 404, message: `${what} was not found.` });

const ROUTES: Record<string, Route> = {
  Campaigns: {
    GET: ({ id, version, accountSid }) => {
      const campaigns = campaignsFor(version) as unknown as XmlValue[];
      if (id === undefined) {
        return { status: 200, body: { ...paging('Campaigns', campaigns.length, accountSid), Campaigns: campaigns } };
      }
      const campaign = campaignsFor(version).find((item) => item.CampaignId === id);
      return campaign ? { status: 200, body: { ...campaign } as Record<string, XmlValue> } : notFound(`Campaign ${id}`);
    },
  },
  Actions: {
    GET: ({ id, accountSid }) => {
      if (id === undefined) {
        return {
          status: 200,
          body: { ...paging('Actions', ACTIONS.length, accountSid), Actions: ACTIONS.map((action) => ({ ...action })) },
        };
      }
      const action = ACTIONS.find((item) => item.Id === id);
      return action ? { status: 200, body: { ...action } } : notFound(`Action ${id}`);
    },
  },
  ActionInquiries: {
    GET: ({ id, state, accountSid }) => {
      if (id === undefined) {
        return {
          status: 200,
          body: {
            ...paging('ActionInquiries', state.actionInquiries.length, accountSid),
            ActionInquiries: state.actionInquiries.map((item) => ({ ...item })),
          },
        };
      }
      const inquiry = state.actionInquiries.find((item) => item.Id === id);
      return inquiry ? { status: 200, body: { ...inquiry } } : notFound(`Action inquiry ${id}`);
    },
    POST: ({ id, state, body, context, accountSid }) => {
      if (id !== undefined)
        return {
          status: 405,
          message: 'POST creates an inquiry: send it to /ActionInquiries without an id.',
          headers: { Allow: 'GET, PUT, DELETE' },
        };
      const parsed = body;
      if (!parsed.ok) return { status: parsed.status, message: parsed.message };
      const fields = validateInquiry(parsed.value, false);
      if (isError(fields)) return fields;
      const { state: next, inquiry } = addActionInquiry(
        state,
        { CampaignId: '', OrderId: '', Amount: null, Note: '', ...fields },
        context.stateContext,
      );
      context.store.write(next);
      const uri = `/Mediapartners/${accountSid}/ActionInquiries/${inquiry.Id}`;
      return { status: 201, body: { Status: 'OK', Uri: uri }, headers: { Location: uri } };
    },
    PUT: ({ id, state, body, context, accountSid }) => {
      if (id === undefined)
        return {
          status: 405,
          message: 'PUT needs an inquiry id: /ActionInquiries/{Id}.',
          headers: { Allow: 'GET, POST' },
        };
      const existing = state.actionInquiries.find((item) => item.Id === id);
      if (!existing) return notFound(`Action inquiry ${id}`);
      const parsed = body;
      if (!parsed.ok) return { status: parsed.status, message: parsed.message };
      const fields = validateInquiry(parsed.value, true);
      if (isError(fields)) return fields;
      context.store.write(replaceActionInquiry(state, { ...existing, ...fields }));
      return { status: 200, body: { Status: 'OK', Uri: `/Mediapartners/${accountSid}/ActionInquiries/${id}` } };
    },
    DELETE: ({ id, state, context }) => {
      if (id === undefined)
        return {
          status: 405,
          message: 'DELETE needs an inquiry id: /ActionInquiries/{Id}.',
          headers: { Allow: 'GET, POST' },
        };
      if (!state.actionInquiries.some((item) => item.Id === id)) return notFound(`Action inquiry ${id}`);
      context.store.write(removeActionInquiry(state, id));
      return { status: 200, body: { Status: 'OK' } };
    },
  },
};

function respond(
  result: RouteResult | ApiError,
  format: ResponseFormat,
  extraHeaders: Record<string, string>,
): Response {
  const body = isError(result)
    ? { Status: 'ERROR', Message: result.message, ...(result.errors ? { Errors: result.errors } : {}) }
    : result.body;
  const { text, contentType } = formatBody(body as Record<string, XmlValue>, format);
  return new HttpResponse(text, {
    status: result.status,
    headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...extraHeaders, ...(result.headers ?? {}) },
  });
}

/** A malformed percent-encoding stays as it is (and so names no resource) instead of throwing. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function partnerApiHandlers(context: HandlerContext) {
  return [
    http.all(`${context.baseUrl}/api/Mediapartners/:accountSid/*`, async ({ request, params }) => {
      const url = new URL(request.url);
      const pathAfterSid = url.pathname.split('/').slice(4).map(safeDecode);
      const { format, resourcePath } = chooseFormat(pathAfterSid.join('/'), request.headers.get('Accept'));
      const [resource, id, ...rest] = resourcePath.split('/');
      const unauthorized = (message: string) =>
        respond({ status: 401, message }, format, {
          'WWW-Authenticate': 'Basic realm="impact.com partner API (sandbox)", charset="UTF-8"',
        });

      // The body arrives first: a write then reads and writes the state with no await between,
      // so a reset made meanwhile (another tab, another client) is never overwritten.
      const body: BodyResult =
        request.method === 'POST' || request.method === 'PUT'
          ? await readBody(request)
          : { ok: true, value: undefined };
      const credentials = parseBasicAuth(request.headers.get('Authorization'));
      if (typeof credentials === 'string') return unauthorized(credentials);
      const state = context.store.read();
      const auth = authenticate(state, credentials.username, credentials.password);
      if (!auth.ok) return unauthorized(auth.message);
      if (!constantTimeEqual(String(params.accountSid), state.accountSid)) {
        return unauthorized('The Account SID in the URL does not match the credentials.');
      }

      const limit = context.rateLimiter.take(state.accountSid);
      if (limit.limited) {
        return respond({ status: 429, message: 'Rate limit exceeded: 1,000 requests per hour.' }, format, {
          ...limit.headers,
          'Retry-After': String(limit.resetSeconds),
        });
      }
      const version = effectiveVersion(request, state.legacyToken.apiVersion);
      const headers = {
        ...limit.headers,
        'IR-Version': String(isError(version) ? state.legacyToken.apiVersion : version),
      };
      if (isError(version)) return respond(version, format, headers);

      const route = resource !== undefined && Object.hasOwn(ROUTES, resource) ? ROUTES[resource] : undefined;
      if (!route || rest.length > 0 || id === '') {
        return respond(
          {
            status: 404,
            message: `Unknown resource "/${resourcePath.slice(0, 100)}". Sandbox resources: Campaigns, Campaigns/{Id}, Actions, Actions/{Id}, ActionInquiries, ActionInquiries/{Id}.`,
          },
          format,
          headers,
        );
      }
      const handler = Object.hasOwn(route, request.method) ? route[request.method as Method] : undefined;
      if (!handler) {
        return respond(
          {
            status: 405,
            message: `${request.method} is not allowed on ${resource}.`,
            headers: { Allow: Object.keys(route).join(', ') },
          },
          format,
          headers,
        );
      }
      if (WRITE_METHODS.has(request.method) && auth.level === 'readOnly') {
        return respond(
          {
            status: 403,
            message:
              'This Auth Token is read-only: it can only make GET requests. Use the Read/Write Auth Token to change data.',
          },
          format,
          headers,
        );
      }
      const result = await handler({
        method: request.method as Method,
        id,
        state,
        version,
        accountSid: state.accountSid,
        body,
        context,
      });
      return respond(result, format, headers);
    }),
    http.all(`${context.baseUrl}/api/Mediapartners*`, ({ request }) => {
      const { format } = chooseFormat(new URL(request.url).pathname, request.headers.get('Accept'));
      return respond(
        { status: 404, message: 'The path must be /api/Mediapartners/{AccountSID}/{Resource}.' },
        format,
        {},
      );
    }),
  ];
}
