/**
 * Stand-in for `tough-cookie` in the browser bundle only (astro.config.mjs, the element tests
 * and the bench alias it through build/browser-aliases.mjs). MSW's browser runtime keeps a
 * cookie jar so that mocked `Set-Cookie` headers reach later requests; tough-cookie and the
 * public-suffix list it pulls in (`tldts`) are most of MSW's weight after its interceptors.
 * The sandbox's handlers never set a cookie and read none, so the jar is always empty: every
 * lookup finds nothing and a stored cookie is dropped. A handler that sets cookies would need
 * the real library back (remove the alias).
 */

/** What MSW reads back from its saved jar: nothing is ever saved, so nothing is restored. */
export class Cookie {
  key = '';
  domain: string | null = null;
  path: string | null = null;

  static fromJSON(): Cookie | null {
    return null;
  }

  toJSON(): Record<string, never> {
    return {};
  }
}

export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

export class CookieJar {
  constructor(_store?: MemoryCookieStore) {}

  getCookiesSync(_url: string): Cookie[] {
    return [];
  }

  async setCookie(_cookie: string, _url: string): Promise<undefined> {
    return undefined;
  }
}
