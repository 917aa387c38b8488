/**
 * Who may call the partner API at /api/Mediapartners/{SID}/{Resource}: the full matrix of
 * credential × method × SID in the path, and every way an Authorization header can be wrong.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { addActionInquiry, resetAuthToken, type SandboxState } from '../../mocks/state.ts';
import { api, basic, sandboxData, useSandbox } from './harness.ts';

/** The reasons a 401 names (X-Sandbox-Reason), for the widgets' explanations. */
const UNAUTHORIZED_REASONS = [
  'missing-credentials',
  'malformed-credentials',
  'unknown-account',
  'tokens-not-enabled',
  'revoked-token',
  'invalid-token',
  'account-mismatch',
];

const sandbox = useSandbox();

interface Setup {
  state: SandboxState;
  sid: string;
  tokens: { rw: string; ro: string; oldRw: string; oldRo: string };
  inquiryId: string;
  resetAt: string;
}

/** Enabled sandbox whose two tokens have each been reset once, with one inquiry to edit. */
function setUp(): Setup {
  const before = sandbox.enabled();
  const resetAt = sandbox.context.now!().toISOString();
  let state = resetAuthToken(before, 'readWrite', sandbox.context);
  state = resetAuthToken(state, 'readOnly', sandbox.context);
  const added = addActionInquiry(
    state,
    { CampaignId: '12002', OrderId: 'SETUP-1', Amount: 10, Note: 'before' },
    sandbox.context,
  );
  sandbox.load(added.state);
  return {
    state: added.state,
    sid: added.state.accountSid,
    tokens: {
      rw: added.state.legacyToken.readWrite.authToken,
      ro: added.state.legacyToken.readOnly.authToken,
      oldRw: before.legacyToken.readWrite.authToken,
      oldRo: before.legacyToken.readOnly.authToken,
    },
    inquiryId: added.inquiry.Id,
    resetAt,
  };
}

/** A well-formed Account SID that is not the sandbox's. */
function otherSid(sid: string): string {
  const other = `IRSANDBOX${'Q'.repeat(24)}1`;
  expect(other).not.toBe(sid);
  expect(other).toHaveLength(sid.length);
  return other;
}

type CredentialName = 'current read/write' | 'current read-only' | 'old read/write' | 'old read-only';
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const CREDENTIALS: Array<{ credential: CredentialName; key: keyof Setup['tokens'] }> = [
  { credential: 'current read/write', key: 'rw' },
  { credential: 'current read-only', key: 'ro' },
  { credential: 'old read/write', key: 'oldRw' },
  { credential: 'old read-only', key: 'oldRo' },
];
const METHODS: Method[] = ['GET', 'POST', 'PUT', 'DELETE'];
const SIDS = ['right', 'wrong'] as const;

/** The specification of the matrix, written out independently of the handlers. */
function expectedOutcome(credential: CredentialName, method: Method, sidInPath: 'right' | 'wrong') {
  if (credential.startsWith('old')) return { status: 401, message: /was reset at .* no longer passes authorization/ };
  if (sidInPath === 'wrong') return { status: 401, message: /Account SID in the URL does not match/ };
  if (credential === 'current read-only' && method !== 'GET') return { status: 403, message: /read-only/ };
  return { status: method === 'POST' ? 201 : 200, message: null };
}

const MATRIX = CREDENTIALS.flatMap(({ credential, key }) =>
  METHODS.flatMap((method) =>
    SIDS.map((sidInPath) => ({
      credential,
      key,
      method,
      sidInPath,
      ...expectedOutcome(credential, method, sidInPath),
    })),
  ),
);

function requestFor(method: Method, setup: Setup, pathSid: string): { path: string; init: RequestInit } {
  const base = `/api/Mediapartners/${pathSid}`;
  const json = { 'Content-Type': 'application/json' };
  switch (method) {
    case 'GET':
      return { path: `${base}/Campaigns`, init: {} };
    case 'POST':
      return {
        path: `${base}/ActionInquiries`,
        init: { headers: json, body: JSON.stringify({ CampaignId: '12001', OrderId: 'A-1' }) },
      };
    case 'PUT':
      return {
        path: `${base}/ActionInquiries/${setup.inquiryId}`,
        init: { headers: json, body: JSON.stringify({ Note: 'after' }) },
      };
    case 'DELETE':
      return { path: `${base}/ActionInquiries/${setup.inquiryId}`, init: {} };
  }
}

describe('partner API auth matrix (credential × method × SID in path)', () => {
  let setup: Setup;
  beforeEach(() => {
    setup = setUp();
  });

  it('covers all 32 combinations', () => {
    expect(MATRIX).toHaveLength(32);
    expect(new Set(MATRIX.map((row) => `${row.credential}|${row.method}|${row.sidInPath}`)).size).toBe(32);
  });

  it.each(MATRIX)(
    '$credential $method with the $sidInPath SID in the path → $status',
    async ({ key, method, sidInPath, status, message }) => {
      const token = setup.tokens[key];
      const pathSid = sidInPath === 'right' ? setup.sid : otherSid(setup.sid);
      const { path, init } = requestFor(method, setup, pathSid);
      const before = structuredClone(sandbox.store.read());

      const response = await api(path, {
        ...init,
        method,
        headers: {
          ...(init.headers as Record<string, string> | undefined),
          Accept: 'application/json',
          Authorization: basic(setup.sid, token),
        },
      });
      const text = await response.text();

      expect(response.status).toBe(status);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      const body = JSON.parse(text) as Record<string, unknown>;
      // No response ever echoes a token, current or revoked.
      for (const value of Object.values(setup.tokens)) expect(text).not.toContain(value);

      if (message) {
        expect(body).toMatchObject({ Status: 'ERROR', Message: expect.stringMatching(message) });
        if (status === 401) {
          expect(response.headers.get('WWW-Authenticate')).toMatch(/^Basic /);
          if (key.startsWith('old')) expect(body.Message).toContain(setup.resetAt);
        } else {
          expect(response.headers.get('WWW-Authenticate')).toBeNull();
        }
        // A refused call changes no data; the log records it, with its status.
        expect(sandboxData(sandbox.store.read())).toEqual(sandboxData(before));
        expect(sandbox.store.read().log.at(-1)).toMatchObject({ kind: 'request', status, method });
        return;
      }

      const inquiries = sandbox.store.read().actionInquiries;
      switch (method) {
        case 'GET':
          expect((body.Campaigns as unknown[]).length).toBeGreaterThan(0);
          break;
        case 'POST': {
          expect(body).toMatchObject({
            Status: 'OK',
            Uri: expect.stringMatching(new RegExp(`^/Mediapartners/${setup.sid}/ActionInquiries/\\d+$`)),
          });
          expect(response.headers.get('Location')).toBe(body.Uri);
          expect(inquiries).toHaveLength(2);
          expect(inquiries[1]).toMatchObject({ CampaignId: '12001', OrderId: 'A-1', Status: 'PENDING' });
          break;
        }
        case 'PUT':
          expect(body).toMatchObject({ Status: 'OK' });
          expect(inquiries).toEqual([
            expect.objectContaining({ Id: setup.inquiryId, Note: 'after', OrderId: 'SETUP-1' }),
          ]);
          break;
        case 'DELETE':
          expect(body).toMatchObject({ Status: 'OK' });
          expect(inquiries).toEqual([]);
          break;
      }
    },
  );

  it('explains a token reset twice ago as reset, not as unknown', async () => {
    const second = resetAuthToken(setup.state, 'readWrite', sandbox.context);
    sandbox.load(second);
    const response = await api(`/api/Mediapartners/${setup.sid}/Campaigns.json`, {
      headers: { Authorization: basic(setup.sid, setup.tokens.oldRw) },
    });
    expect(response.status).toBe(401);
    expect((await response.json()).Message).toMatch(/was reset at/);
    // The token replaced by the second reset now fails too; the newest one works.
    const previous = await api(`/api/Mediapartners/${setup.sid}/Campaigns.json`, {
      headers: { Authorization: basic(setup.sid, setup.tokens.rw) },
    });
    expect(previous.status).toBe(401);
    const newest = await api(`/api/Mediapartners/${setup.sid}/Campaigns.json`, {
      headers: { Authorization: basic(setup.sid, second.legacyToken.readWrite.authToken) },
    });
    expect(newest.status).toBe(200);
  });

  it('accepts the Basic scheme name in any case (RFC 7617)', async () => {
    const header = basic(setup.sid, setup.tokens.ro).replace(/^Basic/, 'bAsIc');
    const response = await api(`/api/Mediapartners/${setup.sid}/Campaigns.json`, {
      headers: { Authorization: header },
    });
    expect(response.status).toBe(200);
  });

  it('answers a 401 in XML by default, shaped like impact.com errors', async () => {
    const response = await api(`/api/Mediapartners/${setup.sid}/Campaigns`, {
      headers: { Authorization: basic(setup.sid, setup.tokens.oldRo) },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/xml/);
    const text = await response.text();
    expect(text).toMatch(
      /^<\?xml[^>]*\?>\s*<ImpactRadiusResponse><Status>ERROR<\/Status><Message>[^<]*reset[^<]*<\/Message><\/ImpactRadiusResponse>$/,
    );
  });
});

describe('malformed or unacceptable Authorization headers', () => {
  type Case = { name: string; header: (s: Setup) => string | undefined; message: RegExp; enabled?: boolean };
  const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
  const CASES: Case[] = [
    { name: 'missing', header: () => undefined, message: /missing/ },
    { name: 'empty', header: () => '', message: /missing/ },
    { name: 'Bearer scheme', header: () => 'Bearer x', message: /Unsupported authorization scheme/ },
    {
      name: 'Bearer with the real token',
      header: (s) => `Bearer ${s.tokens.rw}`,
      message: /Unsupported authorization scheme/,
    },
    { name: '"Basic" alone', header: () => 'Basic', message: /malformed/ },
    { name: 'bad base64 ("Basic !!!")', header: () => 'Basic !!!', message: /malformed/ },
    { name: 'base64 of impossible length', header: () => 'Basic abcde', message: /malformed/ },
    { name: 'two credentials', header: (s) => `${basic(s.sid, s.tokens.rw)} ${b64('x:y')}`, message: /malformed/ },
    { name: 'base64 without a colon', header: (s) => `Basic ${b64(`${s.sid}${s.tokens.rw}`)}`, message: /malformed/ },
    { name: 'empty password', header: (s) => basic(s.sid, ''), message: /malformed/ },
    { name: 'empty username', header: (s) => basic('', s.tokens.rw), message: /malformed/ },
    { name: 'only a colon', header: () => `Basic ${b64(':')}`, message: /malformed/ },
    {
      name: 'non-UTF-8 bytes',
      header: (s) => `Basic ${b64(Buffer.concat([Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(`:${s.tokens.rw}`)]))}`,
      message: /not valid base64 UTF-8/,
    },
    { name: 'unknown SID', header: (s) => basic(otherSid(s.sid), s.tokens.rw), message: /Unknown Account SID/ },
    {
      name: 'SID in the wrong case',
      header: (s) => basic(s.sid.toLowerCase(), s.tokens.rw),
      message: /Unknown Account SID/,
    },
    { name: 'unknown token', header: (s) => basic(s.sid, `sandbox~${'x'.repeat(24)}`), message: /Invalid Auth Token/ },
    {
      name: 'token with a trailing space',
      header: (s) => basic(s.sid, `${s.tokens.rw} `),
      message: /Invalid Auth Token/,
    },
    { name: 'token prefix only', header: (s) => basic(s.sid, s.tokens.rw.slice(0, 16)), message: /Invalid Auth Token/ },
    { name: 'SID and token swapped', header: (s) => basic(s.tokens.rw, s.sid), message: /Unknown Account SID/ },
    {
      name: 'legacy tokens not yet enabled (current token)',
      header: (s) => basic(s.sid, s.tokens.rw),
      message: /not enabled/,
      enabled: false,
    },
  ];

  it.each(CASES)(
    '$name → 401 with WWW-Authenticate: Basic and an impact-shaped body',
    async ({ header, message, enabled }) => {
      const setup = setUp();
      if (enabled === false) sandbox.load({ ...setup.state, legacyTokensEnabled: false });
      const value = header(setup);
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (value !== undefined) headers.Authorization = value;
      const before = structuredClone(sandbox.store.read());

      const response = await api(`/api/Mediapartners/${setup.sid}/ActionInquiries/${setup.inquiryId}`, {
        method: 'DELETE',
        headers,
      });

      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toMatch(/^Basic realm="[^"]+"/);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      const text = await response.text();
      const body = JSON.parse(text);
      expect(body).toEqual({ Status: 'ERROR', Message: expect.stringMatching(message) });
      for (const token of Object.values(setup.tokens)) expect(text).not.toContain(token);
      // A rejected request is not counted against the hourly limit and changes no data; the log records why.
      expect(response.headers.get('X-RateLimit-Remaining-hour')).toBeNull();
      expect(sandbox.store.read().rateLimit).toEqual(before.rateLimit);
      expect(sandboxData(sandbox.store.read())).toEqual(sandboxData(before));
      expect(sandbox.store.read().log.at(-1)).toMatchObject({ kind: 'request', status: 401 });
      expect(UNAUTHORIZED_REASONS).toContain(response.headers.get('X-Sandbox-Reason'));
    },
  );
});
