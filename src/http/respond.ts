/**
 * The one response builder for everything the sandbox answers itself: the settings API, the
 * partner API, the `?ask=` replies and the server's own refusals. It fixes the Content-Type of
 * each representation, the API error shape, and `Cache-Control: no-store` (every answer reflects
 * the sandbox's state at that moment). Plain fetch `Response`s, so the site's service worker can
 * use it without MSW.
 */
import type { Representation } from './negotiate.ts';

export { negotiate, type Representation } from './negotiate.ts';

export const CONTENT_TYPES: Readonly<Record<Representation, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

export interface FieldError {
  Field: string;
  Message: string;
}

/** impact.com's error shape, used by both APIs and the server: `{"Status":"ERROR","Message":…,"Errors":[…]}`. */
export interface ErrorBody {
  Status: 'ERROR';
  Message: string;
  Errors?: FieldError[];
}

export function errorBody(message: string, errors?: FieldError[]): ErrorBody {
  return { Status: 'ERROR', Message: message, ...(errors ? { Errors: errors } : {}) };
}

interface RespondInit {
  status?: number;
  headers?: Record<string, string>;
}

/**
 * A JSON body is serialised here; XML (xml.ts: only the partner API needs it, so the site's
 * service worker does not carry it), markdown and text bodies arrive as text.
 */
export function respond(body: unknown, init?: RespondInit & { format?: 'json' }): Response;
export function respond(body: string, init: RespondInit & { format: Exclude<Representation, 'json'> }): Response;
export function respond(
  body: unknown,
  { status = 200, format = 'json', headers = {} }: RespondInit & { format?: Representation } = {},
): Response {
  const text = format === 'json' ? JSON.stringify(body) : String(body);
  const bytes = new TextEncoder().encode(text);
  return new Response(bytes, {
    status,
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      // As MSW's HttpResponse sets it: without it, MSW's Node interception of an https request
      // whose body no handler read fails the request (UND_ERR_REQ_CONTENT_LENGTH_MISMATCH).
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

/** An error in the API shape, as JSON (the partner API's errors follow its negotiated format: partner-checks.ts). */
export function apiError(
  status: number,
  message: string,
  { errors, headers }: { errors?: FieldError[]; headers?: Record<string, string> } = {},
): Response {
  return respond(errorBody(message, errors), { status, headers });
}
