/**
 * Stand-in for `tldts` in the browser bundle only. MSW's cookie store (tough-cookie) asks
 * tldts for a host's registrable domain, which drags in the whole public-suffix list (~100 KB
 * gzipped). The sandbox sets no cookies and runs on one host, so "the last two labels" (or
 * the host itself for localhost and IP addresses) is the answer tough-cookie needs.
 */
export function getDomain(hostname: string): string | null {
  if (!hostname) return null;
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return hostname;
  const labels = hostname.split('.');
  return labels.length <= 2 ? hostname : labels.slice(-2).join('.');
}

export function getPublicSuffix(hostname: string): string | null {
  if (!hostname) return null;
  return hostname.split('.').pop() ?? null;
}
