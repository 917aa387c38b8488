/** The try-request panel's request and response, apart from drawing them. */
import {
  CLIENT_HEADER,
  isOneOf,
  REASON_CODES,
  REASON_HEADER,
  type HttpMethod,
  type ReasonCode,
} from '../../../contract/index.ts';

/** The methods the partner API's resources answer (HEAD and PATCH are not offered). */
export const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const satisfies readonly HttpMethod[];
export type Method = (typeof METHODS)[number];

export type CredentialChoice =
  'currentReadWrite' | 'currentReadOnly' | 'previousReadWrite' | 'previousReadOnly' | 'pasted';

export interface Exchange {
  /** Counts exchanges, so a reader (or a test) can tell a new response from the last one. */
  sequence: number;
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
  /** Why the sandbox answered so (its `X-Sandbox-Reason` header), explained in the page's language. */
  reason: ReasonCode | null;
  /** When the token sent was reset, if the panel knows (a "before the reset" choice). */
  revokedAt: string | null;
}

export function reasonOf(value: string | null): ReasonCode | null {
  return isOneOf(REASON_CODES, value) ? value : null;
}

/** Reason phrases for when the response has none (HTTP/2, a service worker's Response). */
export const STATUS_TEXT: Record<number, string> = {
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

export const DEFAULT_BODY = '{\n  "CampaignId": "12001",\n  "OrderId": "SANDBOX-ORDER-1"\n}';

export function hasBody(method: Method): boolean {
  return method === 'POST' || method === 'PUT';
}

export function toBase64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/** JSON is indented and XML broken into lines so a learner can read either. */
export function prettyBody(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text.replace(/></g, '>\n<');
  }
}

/** One shell word, whatever it holds (POSIX single quotes). */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The same request as a curl command that runs as shown: the real URL and credentials (the
 * panel shows it with the token masked and copies it whole), the body byte for byte.
 */
export function curlCommand(request: {
  url: string;
  method: Method;
  sid: string;
  token: string;
  versionOverride: string;
  body: string;
}): string {
  const lines = [`curl -i -X ${request.method} ${shellQuote(request.url)}`];
  // No credentials at all is what the page sends for an empty pasted pair, too.
  if (request.sid || request.token) lines.push(`  -u ${shellQuote(`${request.sid}:${request.token}`)}`);
  if (request.versionOverride) lines.push(`  -H ${shellQuote(`IR-Version: ${request.versionOverride}`)}`);
  if (hasBody(request.method))
    lines.push(`  -H 'Content-Type: application/json' --data-raw ${shellQuote(request.body)}`);
  return lines.join(' \\\n');
}

/** The value of the form control an input or change event came from. */
export function valueOf(event: Event): string {
  const target = event.target;
  return target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
    ? target.value
    : '';
}

/** Sends the panel's request (marked as the panel's, for the request log) and reads the answer. */
export async function performRequest(request: {
  sequence: number;
  path: string;
  method: Method;
  sid: string;
  token: string;
  versionOverride: string;
  body: string;
  revokedAt: string | null;
}): Promise<Exchange> {
  const headers: Record<string, string> = { [CLIENT_HEADER]: 'try-request' };
  // A pasted pair is sent exactly as given, even if empty, so malformed input shows its 401.
  if (request.sid || request.token) headers.Authorization = `Basic ${toBase64(`${request.sid}:${request.token}`)}`;
  if (request.versionOverride) headers['IR-Version'] = request.versionOverride;
  const withBody = hasBody(request.method);
  if (withBody) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(request.path, {
      method: request.method,
      headers,
      body: withBody ? request.body : undefined,
    });
    return {
      sequence: request.sequence,
      status: response.status,
      statusText: response.statusText || STATUS_TEXT[response.status] || '',
      headers: [...response.headers.entries()],
      body: prettyBody(await response.text()),
      reason: reasonOf(response.headers.get(REASON_HEADER)),
      revokedAt: request.revokedAt,
    };
  } catch (error) {
    return {
      sequence: request.sequence,
      status: 0,
      statusText: error instanceof Error ? error.message : String(error),
      headers: [],
      body: '',
      reason: null,
      revokedAt: null,
    };
  }
}
