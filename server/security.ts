/**
 * What the server checks before it answers: that the request names one of the hosts it is
 * reached by (DNS rebinding), that a state change comes from its own origin (cross-site
 * requests), and which methods it takes; plus the headers every response carries.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';

/** Methods the sandbox API routes by itself (each route answers 405 with its own `Allow`). */
export const API_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
/** What the API uses somewhere, for the `Allow` of a method it never takes (TRACE, CONNECT, PROPFIND, …). */
export const API_ALLOW = 'GET, POST, PUT, DELETE';
export const STATIC_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);
export const STATIC_ALLOW = 'GET, HEAD';
const MUTATING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

/**
 * On every response. The policy header carries only what a `<meta>` policy cannot:
 * frame-ancestors. The pages' own `<meta>` policy (Astro's, with script and style hashes)
 * limits everything else to this origin, on any static host.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Nothing here needs a referrer elsewhere; same-origin requests keep theirs (and a real Origin).
  'Referrer-Policy': 'same-origin',
  'Content-Security-Policy': "frame-ancestors 'self'",
};

export function applySecurityHeaders(reply: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.setHeader(name, value);
}

/** Hashed build output never changes under its name; everything else revalidates (ETag). */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

// A host, optionally bracketed IPv6, optionally a port: no userinfo, path, spaces or commas.
const HOST_SYNTAX = /^(?:\[[0-9a-f:.]+\]|[a-z0-9._~-]+)(?::\d{1,5})?$/i;

/** `{ hostname, host }` normalised by the URL parser (lower case, IPv6 in brackets), or null. */
export function parseHost(value: string): { hostname: string; host: string } | null {
  if (!HOST_SYNTAX.test(value) || !URL.canParse(`http://${value}`)) return null;
  const url = new URL(`http://${value}`);
  return { hostname: url.hostname, host: url.host };
}

const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]']);

/** This machine's own addresses, as they appear in a Host header. */
function interfaceAddresses(): Set<string> {
  const addresses = new Set<string>();
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      // A zoned (link-local) IPv6 address cannot be written in a Host header anyway.
      if (entry.family === 'IPv6' && !entry.address.includes('%')) addresses.add(`[${entry.address.toLowerCase()}]`);
      else if (entry.family === 'IPv4') addresses.add(entry.address);
    }
  }
  return addresses;
}

export type HostCheck = { ok: true; host: string } | { ok: false; status: 400 | 421; message: string };

/**
 * Answers only for the names the server is reached by: loopback, the bound HOST, ALLOWED_HOSTS
 * and, when bound to every interface (0.0.0.0 or ::), this machine's own addresses. A page
 * on another name (DNS rebinding: evil.example resolved to 127.0.0.1) gets 421.
 */
export function createHostCheck({ boundHost, allowedHosts = [] }: { boundHost: string; allowedHosts?: string[] }) {
  const fixed = new Set(['localhost', '127.0.0.1', '[::1]']);
  for (const name of [boundHost, ...allowedHosts]) {
    const parsed = parseHost(name.includes(':') && !name.startsWith('[') ? `[${name}]` : name) ?? parseHost(name);
    if (parsed) fixed.add(parsed.hostname);
  }
  const everyInterface = WILDCARD_BINDS.has(boundHost);
  const isAllowed = (hostname: string) => fixed.has(hostname) || (everyInterface && interfaceAddresses().has(hostname));

  return (request: IncomingMessage, authority: string | undefined): HostCheck => {
    const value = authority ?? request.headers.host;
    if (value === undefined || value === '')
      return { ok: false, status: 400, message: 'The request has no Host header.' };
    const parsed = parseHost(value);
    // Never echo the value: it may hold credentials (Host: SID:TOKEN@x).
    if (!parsed)
      return { ok: false, status: 400, message: 'The Host header is not a valid host name, IP address or port.' };
    if (!isAllowed(parsed.hostname)) {
      return {
        ok: false,
        status: 421,
        message: `This server does not answer for the host ${parsed.hostname.slice(0, 100)}. Use localhost or 127.0.0.1, or add the name to ALLOWED_HOSTS when you start the server.`,
      };
    }
    return { ok: true, host: parsed.host };
  };
}

/**
 * A state change from another site: its Origin is not this server's own (compared by host and
 * port, so a TLS proxy's https origin still matches), or, without Origin, the browser says
 * `Sec-Fetch-Site: cross-site`. curl sends neither and is allowed.
 */
export function isCrossSiteMutation(request: IncomingMessage, host: string): boolean {
  if (!MUTATING_METHODS.has(request.method ?? '')) return false;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (!URL.canParse(origin)) return true; // "null": a sandboxed frame, a file: page
    const url = new URL(origin);
    return !(url.protocol === 'http:' || url.protocol === 'https:') || url.host !== host;
  }
  return request.headers['sec-fetch-site'] === 'cross-site';
}
