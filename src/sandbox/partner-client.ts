/**
 * The one client of the sandbox's partner API (`/api/Mediapartners/…`, the stand-in for
 * `https://api.impact.com/Mediapartners/…`): the try-request panel and the live integration both
 * send through it. A call carries Basic credentials, names its widget in `X-Sandbox-Client` (for
 * the request log) and comes back as status, reason phrase, headers, body and the sandbox's reason.
 */
import {
  CLIENT_HEADER,
  isOneOf,
  REASON_CODES,
  REASON_HEADER,
  type ReasonCode,
  type SandboxClient,
} from '../contract/index.ts';

export interface PartnerCall {
  /** Which widget sends it (the request log shows and filters by it). */
  client: Exclude<SandboxClient, 'other'>;
  /** A path under `/api/Mediapartners/{sid}/`, from `partnerApiPath`. */
  path: string;
  method: string;
  /** Sent as Basic credentials; when both are empty none are sent. */
  sid: string;
  token: string;
  /** A JSON body, sent with its Content-Type. */
  body?: string;
  /** More headers (`Accept`, `IR-Version`). */
  headers?: Record<string, string>;
}

export interface PartnerAnswer {
  /** 0 when no answer came (the message of the failure is in `statusText`). */
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
  /** Why the sandbox answered so (its `X-Sandbox-Reason` header). */
  reason: ReasonCode | null;
}

/** Reason phrases for when the response has none (HTTP/2, a service worker's Response). */
const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
};

function reasonOf(value: string | null): ReasonCode | null {
  return isOneOf(REASON_CODES, value) ? value : null;
}

/** UTF-8 text as base64 (`btoa` alone takes only Latin-1). */
export function toBase64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function basicAuthorization(sid: string, token: string): string {
  return `Basic ${toBase64(`${sid}:${token}`)}`;
}

/** Sends one call and reads its answer to the end (a cancelled body shows as a failed request in devtools). */
export async function callPartnerApi(call: PartnerCall): Promise<PartnerAnswer> {
  const headers: Record<string, string> = { ...call.headers, [CLIENT_HEADER]: call.client };
  if (call.sid || call.token) headers.Authorization = basicAuthorization(call.sid, call.token);
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(call.path, { method: call.method, headers, body: call.body });
    return {
      status: response.status,
      statusText: response.statusText || STATUS_TEXT[response.status] || '',
      headers: [...response.headers.entries()],
      body: await response.text(),
      reason: reasonOf(response.headers.get(REASON_HEADER)),
    };
  } catch (error) {
    return {
      status: 0,
      statusText: error instanceof Error ? error.message : String(error),
      headers: [],
      body: '',
      reason: null,
    };
  }
}
