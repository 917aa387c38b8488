/** The try-request panel's request and response, apart from drawing them. */
import type { HttpMethod } from '../../../contract/index.ts';
import { callPartnerApi, type PartnerAnswer } from '../../partner-client.ts';

/** The methods the partner API's resources answer (HEAD and PATCH are not offered). */
export const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const satisfies readonly HttpMethod[];
export type Method = (typeof METHODS)[number];

export type CredentialChoice =
  'currentReadWrite' | 'currentReadOnly' | 'previousReadWrite' | 'previousReadOnly' | 'pasted';

/** An answer as the panel shows it: the body made readable, the reason explained in the page's language. */
export interface Exchange extends PartnerAnswer {
  /** Counts exchanges, so a reader (or a test) can tell a new response from the last one. */
  sequence: number;
  /** When the token sent was reset, if the panel knows (a "before the reset" choice). */
  revokedAt: string | null;
}

export const DEFAULT_BODY = '{\n  "CampaignId": "12001",\n  "OrderId": "SANDBOX-ORDER-1"\n}';

export function hasBody(method: Method): boolean {
  return method === 'POST' || method === 'PUT';
}

/** JSON is indented and XML broken into lines so a learner can read either. */
function prettyBody(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text.replace(/></g, '>\n<');
  }
}

/** One shell word, whatever it holds (POSIX single quotes). */
function shellQuote(value: string): string {
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
  // An empty pasted pair has none (the page itself sends nothing until a SID is pasted).
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
  const answer = await callPartnerApi({
    client: 'try-request',
    path: request.path,
    method: request.method,
    // A pasted pair is sent exactly as given (an empty or malformed token shows its 401); the
    // panel sends none without a SID, which is part of the address.
    sid: request.sid,
    token: request.token,
    headers: request.versionOverride ? { 'IR-Version': request.versionOverride } : {},
    body: hasBody(request.method) ? request.body : undefined,
  });
  return {
    ...answer,
    sequence: request.sequence,
    body: prettyBody(answer.body),
    revokedAt: answer.status === 0 ? null : request.revokedAt,
  };
}
