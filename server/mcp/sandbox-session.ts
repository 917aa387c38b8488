/**
 * One MCP session's sandbox: an in-memory store behind the one handler set (mocks/handlers.ts),
 * asked through MSW's getResponse exactly as `npm start` asks it for `/api`. The tools never
 * touch the state directly, so an MCP agent sees what a browser or curl would see.
 */
import { getResponse } from 'msw';
import {
  CLIENT_HEADER,
  partnerApiPath,
  REASON_HEADER,
  resetTokenRoute,
  SETTINGS_ROUTES,
  SUPPORT_ROUTES,
  type AccessLevel,
  type LogEntry,
  type SandboxView,
} from '../../src/contract/index.ts';
import { createHandlers } from '../../mocks/handlers.ts';
import { createMemoryStore } from '../../mocks/store.ts';

export interface SettingsAnswer<T = SandboxView> {
  ok: boolean;
  status: number;
  /** The API's JSON body: the view on success, `{Status, Message, Errors}` on an error. */
  body: T | { Status: 'ERROR'; Message: string; Errors?: Array<{ Field: string; Message: string }> };
}

export interface PartnerCallInput {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  resource: string;
  accountSid: string;
  authToken?: string;
  body?: Record<string, unknown>;
  irVersion?: number;
}

export interface PartnerCallAnswer {
  status: number;
  statusText: string;
  reason: string;
  headers: Record<string, string>;
  body: string;
}

/** Headers an agent may need from a partner API answer (the rest is transport detail). */
const PARTNER_HEADERS = [
  'content-type',
  'ir-version',
  'www-authenticate',
  'allow',
  'location',
  'retry-after',
  'x-ratelimit-limit-hour',
  'x-ratelimit-remaining-hour',
  'ratelimit-reset',
];

export function createSessionSandbox(origin: string) {
  const store = createMemoryStore();
  const handlers = createHandlers({ store });

  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    const request = new Request(`${origin}${path}`, init);
    const response = await getResponse(handlers, request, { baseUrl: origin, quiet: true });
    // Every /api path has a handler (the catch-all 404 included): no answer would be a bug here.
    if (!response) throw new Error(`No sandbox handler answered ${init.method ?? 'GET'} ${path}.`);
    return response;
  }

  async function settings<T = SandboxView>(path: string, method = 'GET', json?: unknown): Promise<SettingsAnswer<T>> {
    const response = await send(path, {
      method,
      headers: json === undefined ? {} : { 'Content-Type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return { ok: response.ok, status: response.status, body: await response.json() };
  }

  return {
    view: () => settings(SETTINGS_ROUTES.view),
    enable: () => settings(SETTINGS_ROUTES.legacyTokens, 'POST'),
    resetToken: (level: AccessLevel) => settings(resetTokenRoute(level), 'POST'),
    upgrade: (version: number) => settings(SETTINGS_ROUTES.apiVersion, 'PUT', { version }),
    loadScenario: (name: string) => settings(SUPPORT_ROUTES.scenario, 'POST', { name }),
    reset: () => settings(SETTINGS_ROUTES.reset, 'POST'),
    log: () => settings<{ entries: LogEntry[] }>(SUPPORT_ROUTES.log),

    async callPartnerApi(input: PartnerCallInput): Promise<PartnerCallAnswer> {
      const headers: Record<string, string> = {
        // JSON unless the resource asks for XML with its suffix (which wins over Accept anyway).
        Accept: 'application/json',
        [CLIENT_HEADER]: 'other',
      };
      if (input.authToken !== undefined) {
        headers.Authorization = `Basic ${Buffer.from(`${input.accountSid}:${input.authToken}`).toString('base64')}`;
      }
      if (input.irVersion !== undefined) headers['IR-Version'] = String(input.irVersion);
      if (input.body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await send(partnerApiPath(input.accountSid, input.resource), {
        method: input.method,
        headers,
        body: input.body === undefined ? undefined : JSON.stringify(input.body),
      });
      const kept: Record<string, string> = {};
      for (const name of PARTNER_HEADERS) {
        const value = response.headers.get(name);
        if (value !== null) kept[name] = value;
      }
      return {
        status: response.status,
        statusText: response.statusText,
        reason: response.headers.get(REASON_HEADER) ?? '',
        headers: kept,
        body: await response.text(),
      };
    },
  };
}

export type SessionSandbox = ReturnType<typeof createSessionSandbox>;
