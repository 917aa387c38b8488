/** The try-request panel's request and response, apart from drawing them. */
import type { HttpMethod } from '../../../contract/index.ts';

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

/** The same request as a curl command, with the token left as `$AUTH_TOKEN`. */
export function curlCommand(request: {
  url: string;
  method: Method;
  sid: string;
  versionOverride: string;
  body: string;
}): string {
  const lines = [`curl -i -X ${request.method} '${request.url}'`, `  -u "${request.sid}:$AUTH_TOKEN"`];
  if (request.versionOverride) lines.push(`  -H 'IR-Version: ${request.versionOverride}'`);
  if (hasBody(request.method))
    lines.push(
      `  -H 'Content-Type: application/json' -d '${request.body.replace(/\s+/g, ' ').replace(/'/g, "'\\''")}'`,
    );
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
