/**
 * Every route of the sandbox's APIs with what it does and every status it answers: the one list
 * the OpenAPI document (openapi.ts), the route tables of docs/api.md (scripts/route-tables.ts) and the
 * tests that hold the handlers to it are made from.
 */
import type { ApiSchemaName } from './openapi-schemas.ts';
import { PARTNER_API, SETTINGS_ROUTES } from './routes.ts';
import { SERVER_COPY_KEY_HEADER, SERVER_SANDBOXES, SUPPORT_ROUTES } from './support.ts';

export type ApiGroup = 'settings' | 'partner' | 'support';

interface ApiResponseSpec {
  /** Short, to follow the status in docs/api.md's tables ("200 view", "404 before enabling"). */
  description: string;
  schema?: ApiSchemaName;
  /** Response headers this answer always carries. */
  headers?: string[];
}

export interface ApiOperation {
  group: ApiGroup;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI's form: `{AccountSID}`, `{Id}`. */
  path: string;
  summary: string;
  body?: ApiSchemaName;
  /** Request headers it reads (required), with what they carry. */
  headers?: Record<string, string>;
  /** Integer query parameters, with what they do. */
  query?: Record<string, string>;
  responses: Record<number, ApiResponseSpec>;
}

const view: ApiResponseSpec = { description: 'view', schema: 'SandboxView' };
const error = (description: string): ApiResponseSpec => ({ description, schema: 'Error' });
const notEnabled = error('before enabling');
const bodyErrors = {
  400: error('bad body or invalid value (`Errors` say which), nothing changed'),
  413: error('body over 64 KiB'),
  415: error('not JSON'),
};

const settings = (
  method: ApiOperation['method'],
  path: string,
  summary: string,
  responses: ApiOperation['responses'],
  extra: Partial<ApiOperation> = {},
): ApiOperation => ({ group: 'settings', method, path, summary, responses, ...extra });

const SETTINGS_OPERATIONS: ApiOperation[] = [
  settings('GET', SETTINGS_ROUTES.view, 'The view: account, token card, credentials (null until enabled), recovery', {
    200: view,
  }),
  settings('POST', SETTINGS_ROUTES.reset, 'Back to the initial state: legacy tokens not enabled, new SID and tokens', {
    200: view,
  }),
  settings('GET', SETTINGS_ROUTES.snapshot, 'The raw saved state (for tests and support)', {
    200: { description: 'state', schema: 'SandboxState' },
  }),
  settings(
    'PUT',
    SETTINGS_ROUTES.snapshot,
    'Load a raw state; validated, nothing changes if it is refused',
    { 200: view, ...bodyErrors },
    { body: 'SandboxState' },
  ),
  settings('DELETE', SETTINGS_ROUTES.recovery, 'Dismiss the "saved state was recovered" notice', { 200: view }),
  settings('GET', SETTINGS_ROUTES.account, '`{sid, name, legacyTokensEnabled}`', {
    200: { description: 'account', schema: 'AccountView' },
  }),
  settings('POST', SETTINGS_ROUTES.legacyTokens, 'Enable legacy tokens (the button disappears for good)', {
    201: view,
    409: error('if already enabled'),
  }),
  settings('GET', SETTINGS_ROUTES.legacyTokens, 'The token card: name, created, API version, upgrade targets, resets', {
    200: { description: 'token card', schema: 'TokenCardView' },
    404: notEnabled,
  }),
  settings('GET', SETTINGS_ROUTES.credentials, 'The API Credentials: Account SID, each level’s Auth Token', {
    200: { description: 'credentials', schema: 'CredentialsView' },
    404: notEnabled,
  }),
  settings(
    'POST',
    SETTINGS_ROUTES.resetReadWrite,
    'New Read/Write Auth Token; the old one fails at once; SID and Read-Only unchanged',
    { 200: view, 404: notEnabled },
  ),
  settings('POST', SETTINGS_ROUTES.resetReadOnly, 'The same for Read-Only', { 200: view, 404: notEnabled }),
  settings('GET', SETTINGS_ROUTES.apiVersion, '`{apiVersion, upgradeTargets}`', {
    200: { description: 'version', schema: 'ApiVersionState' },
    404: notEnabled,
  }),
  settings(
    'PUT',
    SETTINGS_ROUTES.apiVersion,
    'Body `{"version": 15}`: upgrade',
    { 200: view, ...bodyErrors, 404: notEnabled, 409: error('same or older version') },
    { body: 'VersionBody' },
  ),
  settings(
    'POST',
    SUPPORT_ROUTES.scenario,
    'Body `{"name": "enabled"}`: start over from a named scenario, with a new SID and tokens',
    { 200: view, ...bodyErrors },
    { body: 'ScenarioBody' },
  ),
  settings('GET', SUPPORT_ROUTES.log, 'The request log and timeline, oldest first (at most 100)', {
    200: { description: '`{entries}`', schema: 'Log' },
  }),
  settings('DELETE', SUPPORT_ROUTES.log, 'Clear the log', { 200: { description: '`{entries: []}`', schema: 'Log' } }),
  settings(
    'GET',
    SUPPORT_ROUTES.share,
    'The state a share link carries: no action inquiries, the newest revoked token per level',
    { 200: { description: 'state', schema: 'SandboxState' } },
    { query: { logEntries: 'How many log entries to carry (at most 30)' } },
  ),
  settings(
    'PUT',
    SUPPORT_ROUTES.share,
    'Load a shared state; validated like a saved one; logged as a share-link load',
    { 200: view, ...bodyErrors },
    { body: 'SandboxState' },
  ),
];

const copyKey = { [SERVER_COPY_KEY_HEADER]: "The browser's random key for its copy (32–128 of A–Z a–z 0–9 - _)" };
const copy: ApiResponseSpec = { description: '`{accountSid, expiresAt}`', schema: 'ServerCopy' };

const SUPPORT_OPERATIONS: ApiOperation[] = [
  {
    group: 'support',
    method: 'PUT',
    path: `${SERVER_SANDBOXES}/{AccountSID}`,
    summary: "`npm start` only: keep a browser's snapshot as the copy curl calls for that SID are answered from",
    body: 'SandboxState',
    headers: copyKey,
    responses: {
      200: { ...copy, description: 'replaced' },
      201: { ...copy, description: 'kept' },
      ...bodyErrors,
      400: error('no or malformed key, or not a valid state; nothing kept'),
      403: error("another browser's copy"),
    },
  },
  {
    group: 'support',
    method: 'GET',
    path: `${SERVER_SANDBOXES}/{AccountSID}`,
    summary: 'Whether the copy made with this key is still kept (renews its 12 hours)',
    headers: copyKey,
    responses: { 200: copy, 404: error('no copy for this key') },
  },
];

const PARTNER_HEADERS = ['X-Sandbox-Reason'];
const AUTHORISED_HEADERS = [...PARTNER_HEADERS, 'IR-Version', 'X-RateLimit-Limit-hour', 'X-RateLimit-Remaining-hour'];
/** Answers every partner route may give, before its own (auth, the hourly limit, IR-Version). */
const partnerChecks = {
  400: {
    description: 'unknown `IR-Version` (or invalid fields on a write)',
    schema: 'Error',
    headers: PARTNER_HEADERS,
  },
  401: {
    description: 'missing, unknown, revoked or mismatched credentials',
    schema: 'Error',
    headers: [...PARTNER_HEADERS, 'WWW-Authenticate'],
  },
  429: { description: 'over 1,000 calls an hour', schema: 'Error', headers: [...PARTNER_HEADERS, 'Retry-After'] },
} satisfies Record<number, ApiResponseSpec>;
const readOnlyRefused: Record<number, ApiResponseSpec> = {
  403: { description: 'Read-Only token', schema: 'Error', headers: PARTNER_HEADERS },
};
const bodyRefused: Record<number, ApiResponseSpec> = {
  413: { description: 'body over 64 KiB', schema: 'Error', headers: PARTNER_HEADERS },
  415: { description: 'neither JSON nor form fields', schema: 'Error', headers: PARTNER_HEADERS },
};
const missing = { 404: { description: 'no such id', schema: 'Error', headers: PARTNER_HEADERS } } satisfies Record<
  number,
  ApiResponseSpec
>;

const partner = (
  method: ApiOperation['method'],
  resource: string,
  summary: string,
  ok: ApiResponseSpec & { status?: number },
  extra: Record<number, ApiResponseSpec> = {},
): ApiOperation => ({
  group: 'partner',
  method,
  path: `${PARTNER_API}/{AccountSID}/${resource}`,
  summary,
  ...(method === 'POST' || method === 'PUT' ? { body: 'InquiryFields' as const } : {}),
  responses: {
    [ok.status ?? 200]: { ...ok, headers: [...AUTHORISED_HEADERS, ...(ok.headers ?? [])] },
    ...partnerChecks,
    ...(method === 'GET' ? {} : readOnlyRefused),
    ...(method === 'POST' || method === 'PUT' ? bodyRefused : {}),
    ...extra,
  } as Record<number, ApiResponseSpec>,
});

const PARTNER_OPERATIONS: ApiOperation[] = [
  partner('GET', 'Campaigns', 'Your campaigns (with `DeeplinkDomains` from version 15)', {
    description: 'list',
    schema: 'CampaignList',
  }),
  partner('GET', 'Campaigns/{Id}', 'One campaign', { description: 'campaign', schema: 'Campaign' }, missing),
  partner('GET', 'Actions', 'Your actions', { description: 'list', schema: 'ActionList' }),
  partner('GET', 'Actions/{Id}', 'One action', { description: 'action', schema: 'Action' }, missing),
  partner('GET', 'ActionInquiries', 'Your action inquiries', { description: 'list', schema: 'ActionInquiryList' }),
  partner('POST', 'ActionInquiries', 'Create one: `CampaignId`, `OrderId`, optional `Amount`, `Note`', {
    status: 201,
    description: 'created',
    schema: 'PartnerOk',
    headers: ['Location'],
  }),
  partner(
    'GET',
    'ActionInquiries/{Id}',
    'One action inquiry',
    { description: 'inquiry', schema: 'ActionInquiry' },
    missing,
  ),
  partner(
    'PUT',
    'ActionInquiries/{Id}',
    'Change the fields given',
    { description: 'OK', schema: 'PartnerOk' },
    missing,
  ),
  partner('DELETE', 'ActionInquiries/{Id}', 'Withdraw it', { description: 'OK', schema: 'PartnerOk' }, missing),
];

export const API_OPERATIONS: ApiOperation[] = [...SETTINGS_OPERATIONS, ...PARTNER_OPERATIONS, ...SUPPORT_OPERATIONS];
