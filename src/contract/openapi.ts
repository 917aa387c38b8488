/**
 * The OpenAPI 3.1 document of the sandbox's APIs (settings, partner subset, support), made from
 * the contract: routes and statuses from api-operations.ts, shapes from openapi-schemas.ts.
 * Served at `/openapi.json` (the build writes it, so a static host has it too).
 */
import { API_OPERATIONS, type ApiOperation } from './api-operations.ts';
import { API_SCHEMAS } from './openapi-schemas.ts';
import { REAL_PARTNER_API } from './routes.ts';
import { API_VERSIONS } from './sandbox.ts';
import { CLIENT_HEADER, REASON_HEADER } from './support.ts';

export const OPENAPI_URL = '/openapi.json';

const HEADERS: Record<string, { description: string; schema: object }> = {
  [REASON_HEADER]: {
    description: 'Sandbox only: why the answer has its status.',
    schema: { $ref: '#/components/schemas/ReasonCode' },
  },
  'IR-Version': { description: 'The API version that answered.', schema: { type: 'string' } },
  'X-RateLimit-Limit-hour': { description: 'Calls allowed an hour (1,000).', schema: { type: 'string' } },
  'X-RateLimit-Remaining-hour': { description: 'Calls left this hour.', schema: { type: 'string' } },
  'WWW-Authenticate': { description: 'Always `Basic`.', schema: { type: 'string' } },
  'Retry-After': { description: 'Seconds until the hourly window starts afresh.', schema: { type: 'string' } },
  Location: { description: 'The created item.', schema: { type: 'string' } },
};

export const API_COMPONENTS = {
  schemas: API_SCHEMAS,
  securitySchemes: {
    partnerBasic: {
      type: 'http',
      scheme: 'basic',
      description: 'User name: the Account SID; password: the Read/Write or Read-Only Auth Token.',
    },
  },
  parameters: {
    AccountSID: { name: 'AccountSID', in: 'path', required: true, schema: { type: 'string' } },
    Id: { name: 'Id', in: 'path', required: true, schema: { type: 'string' } },
    IRVersion: {
      name: 'IR-Version',
      in: 'header',
      required: false,
      description: "Answer as this API version instead of the token's own.",
      schema: { type: 'integer', enum: API_VERSIONS.map((entry) => entry.version) },
    },
    SandboxClient: {
      name: CLIENT_HEADER,
      in: 'header',
      required: false,
      description: 'Sandbox only: which client made the call, for the request log.',
      schema: { enum: ['try-request', 'integration'] },
    },
  },
} as const;

/** `{AccountSID}` and `{Id}` in the path, as parameter references. */
function parametersOf(operation: ApiOperation): object[] {
  const parameters: object[] = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    $ref: `#/components/parameters/${name}`,
  }));
  if (operation.group === 'partner') {
    parameters.push({ $ref: '#/components/parameters/IRVersion' }, { $ref: '#/components/parameters/SandboxClient' });
  }
  for (const [name, description] of Object.entries(operation.headers ?? {})) {
    parameters.push({ name, in: 'header', required: true, description, schema: { type: 'string' } });
  }
  for (const [name, description] of Object.entries(operation.query ?? {})) {
    parameters.push({ name, in: 'query', required: false, description, schema: { type: 'integer', minimum: 0 } });
  }
  return parameters;
}

function operationObject(operation: ApiOperation): object {
  const partner = operation.group === 'partner';
  const media = (schema: string | undefined) => {
    const content = schema ? { schema: { $ref: `#/components/schemas/${schema}` } } : {};
    // The partner API answers XML by default, JSON with `.json` or `Accept: application/json`.
    return partner ? { 'application/json': content, 'application/xml': {} } : { 'application/json': content };
  };
  return {
    summary: operation.summary,
    tags: [operation.group],
    parameters: parametersOf(operation),
    ...(partner ? { security: [{ partnerBasic: [] }] } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: `#/components/schemas/${operation.body}` } },
              ...(partner
                ? {
                    'application/x-www-form-urlencoded': { schema: { $ref: `#/components/schemas/${operation.body}` } },
                  }
                : {}),
            },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(operation.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          content: media(response.schema),
          ...(response.headers
            ? {
                headers: Object.fromEntries(
                  response.headers.map((name) => [name, HEADERS[name] ?? { schema: { type: 'string' } }]),
                ),
              }
            : {}),
        },
      ]),
    ),
  };
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, object>> = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method.toLowerCase()] = operationObject(operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Legacy API tokens sandbox',
      version: '1.0.0',
      description: [
        'The mock sandbox behind the guide "Manage legacy API tokens as a partner": its settings API (what the simulated',
        `app does), a subset of the partner API (a stand-in for ${REAL_PARTNER_API}, never contacted) and the support`,
        'routes. Errors have one shape (`Error`). A method a path does not take answers 405 with `Allow`; an unknown',
        'route 404. A partner resource answers XML by default and JSON with a `.json` suffix or `Accept: application/json`.',
      ].join(' '),
    },
    tags: [
      { name: 'settings', description: 'The simulated app: JSON; mutations answer the whole view.' },
      { name: 'partner', description: 'HTTP Basic (Account SID : Auth Token); checks in the order docs/api.md gives.' },
      { name: 'support', description: '`npm start` only.' },
    ],
    paths,
    components: API_COMPONENTS,
  };
}
