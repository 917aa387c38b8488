/**
 * MSW creates its cookie store when it loads, and outside Node it insists on `localStorage`,
 * which a service worker does not have. The sandbox's handlers set and read no cookies (and the
 * bundle's cookie jar is a stand-in that keeps none: src/sandbox/tough-cookie-lite.ts), so an
 * empty in-memory stand-in is all it needs. Imported first by the worker, before MSW.
 */
if (typeof localStorage === 'undefined') {
  const items = new Map<string, string>();
  const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
}
