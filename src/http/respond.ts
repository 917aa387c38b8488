/**
 * The one response builder for everything the sandbox answers itself: the settings API, the
 * partner API, the `?ask=` replies and the server's own refusals. It fixes the Content-Type of
 * each representation, the API error shape, and `Cache-Control: no-store` (every answer reflects
 * the sandbox's state at that moment). Plain fetch `Response`s, so the site's service worker can
 * use it without MSW.
 */
import type { Representation } from './negotiate.ts';
import { toXml, type XmlValue } from './xml.ts';

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

export interface RespondInit {
  status?: number;
  /** Default: JSON. */
  format?: Representation;
  headers?: Record<string, string>;
}

/**
 * JSON and XML bodies are serialised here (XML as `<ImpactRadiusResponse>`); markdown and text
 * bodies are the text to send.
 */
export function respond(body: unknown, { status = 200, format = 'json', headers = {} }: RespondInit = {}): Response {
  const text =
    format === 'json'
      ? JSON.stringify(body)
      : format === 'xml'
        ? toXml(body as Record<string, XmlValue>)
        : String(body);
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

/** An error in the API shape; JSON unless the request negotiated XML. */
export function apiError(
  status: number,
  message: string,
  { errors, ...init }: Omit<RespondInit, 'status'> & { errors?: FieldError[] } = {},
): Response {
  return respond(errorBody(message, errors), { ...init, status });
}
