/**
 * The sandbox's saved state in IndexedDB (through `idb`, a 1 KB promise wrapper), written only
 * by the site's service worker (state-keeper.ts). One record; each save checks the revision it
 * replaces inside the same readwrite transaction, so a save never overwrites one it did not see.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { SavedState, StateVault } from './state-keeper.ts';

export const STATE_DATABASE = 'impact-legacy-token-sandbox';
const STATE_OBJECT_STORE = 'state';
const STATE_RECORD_KEY = 'current';

export function createIndexedDbVault(name = STATE_DATABASE): StateVault {
  let database: Promise<IDBPDatabase> | null = null;
  const open = () =>
    (database ??= openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore(STATE_OBJECT_STORE),
      // Closed under us (storage cleared, browser shutting a connection): open afresh next time.
      terminated: () => (database = null),
    }).catch((error: unknown) => {
      database = null;
      throw error;
    }));

  return {
    async read() {
      const saved = (await (await open()).get(STATE_OBJECT_STORE, STATE_RECORD_KEY)) as SavedState | undefined;
      return saved ?? null;
    },
    async write(value, revision) {
      const transaction = (await open()).transaction(STATE_OBJECT_STORE, 'readwrite');
      const saved = (await transaction.store.get(STATE_RECORD_KEY)) as SavedState | undefined;
      const current = (saved?.revision ?? 0) === revision;
      if (current)
        await transaction.store.put({ value, revision: revision + 1 } satisfies SavedState, STATE_RECORD_KEY);
      // Resolves once the transaction has committed; a full disk rejects here and nothing changes.
      await transaction.done;
      return current;
    },
  };
}
