/**
 * The shapes of the sandbox's APIs as JSON Schema (draft 2020-12, what OpenAPI 3.1 uses), built
 * from the contract's own constants: the OpenAPI document's components, the MCP tools' input
 * schemas and the tests' response validation all read them from here.
 */
import { ACCESS_LEVELS, API_VERSIONS } from './sandbox.ts';
import { HTTP_METHODS } from './http.ts';
import { PARTNER_RESOURCES } from './routes.ts';
import { REASON_CODES, SANDBOX_ACTIONS, SANDBOX_CLIENTS, SCENARIOS } from './support.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
const string = { type: 'string' } as const;
const timestamp = { type: 'string', format: 'date-time' } as const;
const object = (properties: Record<string, object>, optional: string[] = []) => ({
  type: 'object' as const,
  properties,
  required: Object.keys(properties).filter((name) => !optional.includes(name)),
});

const versions = API_VERSIONS.map((entry) => entry.version);

/** Resources the partner API serves: a capitalised name, an optional id, an optional format suffix. */
const PARTNER_RESOURCE_PATTERN = '^[A-Z][A-Za-z]*(?:/(?!\\.)[0-9A-Za-z.-]{1,40})?(?:\\.(?:json|xml))?$';

const actionEntry = object(
  {
    id: { type: 'integer' },
    at: timestamp,
    kind: { const: 'action' },
    action: { enum: [...SANDBOX_ACTIONS] },
    level: ref('AccessLevel'),
    version: ref('ApiVersion'),
    scenario: ref('ScenarioName'),
  },
  ['level', 'version', 'scenario'],
);

const requestEntry = object({
  id: { type: 'integer' },
  at: timestamp,
  kind: { const: 'request' },
  client: { enum: [...SANDBOX_CLIENTS, 'other'] },
  method: string,
  path: string,
  token: nullable(
    object({ level: ref('AccessLevel'), masked: string, current: { type: 'boolean' }, revokedAt: nullable(timestamp) }),
  ),
  status: { type: 'integer' },
  reason: ref('ReasonCode'),
});

const paged = (resource: string, item: string) => ({
  type: 'object' as const,
  properties: {
    '@page': string,
    '@numpages': string,
    '@pagesize': string,
    '@total': string,
    '@start': string,
    '@end': string,
    '@uri': string,
    [resource]: { type: 'array', items: ref(item) },
  },
  required: ['@page', '@total', '@uri', resource],
});

export const API_SCHEMAS = {
  Error: {
    ...object(
      {
        Status: { const: 'ERROR' },
        Message: string,
        Errors: { type: 'array', items: object({ Field: string, Message: string }) },
      },
      ['Errors'],
    ),
    description: "impact.com's error shape, on every error of every sandbox API.",
  },
  AccessLevel: { enum: [...ACCESS_LEVELS] },
  ApiVersion: { type: 'integer', enum: versions },
  ScenarioName: { enum: [...SCENARIOS] },
  ReasonCode: { enum: [...REASON_CODES] },
  PartnerMethod: { enum: HTTP_METHODS.filter((method) => method !== 'HEAD' && method !== 'PATCH') },
  PartnerResource: { type: 'string', pattern: PARTNER_RESOURCE_PATTERN, examples: [...PARTNER_RESOURCES] },
  AccountView: object({ sid: string, name: string, legacyTokensEnabled: { type: 'boolean' } }),
  TokenCardView: object({
    name: string,
    createdAt: timestamp,
    apiVersion: ref('ApiVersion'),
    availableVersions: {
      type: 'array',
      items: object({ version: ref('ApiVersion'), released: { type: 'string', format: 'date' } }),
    },
    upgradeTargets: { type: 'array', items: ref('ApiVersion') },
    accessLevels: { type: 'array', items: object({ level: ref('AccessLevel'), lastResetAt: nullable(timestamp) }) },
  }),
  CredentialView: object({ authToken: string, lastResetAt: nullable(timestamp), previousAuthToken: nullable(string) }),
  CredentialsView: object({ accountSid: string, readWrite: ref('CredentialView'), readOnly: ref('CredentialView') }),
  SandboxView: object({
    account: ref('AccountView'),
    legacyToken: nullable(ref('TokenCardView')),
    credentials: nullable(ref('CredentialsView')),
    recovery: nullable(object({ reason: { enum: ['corrupt', 'outdated'] }, at: timestamp })),
    pristine: { type: 'boolean' },
    lastLogId: { type: 'integer' },
    scenario: nullable(ref('ScenarioName')),
  }),
  ApiVersionState: object({
    apiVersion: ref('ApiVersion'),
    upgradeTargets: { type: 'array', items: ref('ApiVersion') },
  }),
  LogEntry: { oneOf: [actionEntry, requestEntry] },
  Log: object({ entries: { type: 'array', items: ref('LogEntry') } }),
  SandboxState: {
    ...object(
      {
        schemaVersion: { type: 'integer' },
        accountSid: string,
        accountName: string,
        legacyTokensEnabled: { type: 'boolean' },
        legacyToken: { type: 'object' },
        actionInquiries: { type: 'array' },
        log: { type: 'array', items: ref('LogEntry') },
        rateLimit: { type: 'object' },
        scenario: {
          ...nullable(ref('ScenarioName')),
          description: 'Absent in a state saved before it: read from the log.',
        },
      },
      ['scenario'],
    ),
    description: 'The raw saved state: validated like a saved one when loaded (an invalid one is refused whole).',
  },
  ServerCopy: object({ accountSid: string, expiresAt: timestamp }),
  VersionBody: object({ version: { type: 'integer' } }),
  ScenarioBody: object({ name: ref('ScenarioName') }),
  Campaign: object(
    {
      AdvertiserId: string,
      AdvertiserName: string,
      CampaignId: string,
      CampaignName: string,
      Type: string,
      DeeplinkDomains: { type: 'array', items: string, description: 'From API version 15 on.' },
    },
    ['DeeplinkDomains'],
  ),
  Action: object({
    Id: string,
    CampaignId: string,
    ActionTrackerName: string,
    State: string,
    Amount: string,
    Payout: string,
  }),
  ActionInquiry: object({
    Id: string,
    CampaignId: string,
    OrderId: string,
    Amount: { type: ['number', 'null'] },
    Note: string,
    Status: string,
    CreatedDate: timestamp,
  }),
  InquiryFields: object(
    {
      CampaignId: { type: ['string', 'integer'] },
      OrderId: { type: ['string', 'integer'] },
      Amount: { type: ['number', 'string', 'null'] },
      Note: string,
    },
    ['Amount', 'Note'],
  ),
  CampaignList: paged('Campaigns', 'Campaign'),
  ActionList: paged('Actions', 'Action'),
  ActionInquiryList: paged('ActionInquiries', 'ActionInquiry'),
  PartnerOk: object({ Status: { const: 'OK' }, Uri: string }, ['Uri']),
} as const;

export type ApiSchemaName = keyof typeof API_SCHEMAS;
