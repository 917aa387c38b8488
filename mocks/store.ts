import { STORAGE_KEY, type RecoveryReason } from '../src/contract/index.ts';
import { createInitialState, parseState, type SandboxState, type StateContext } from './state.ts';

/** Where the sandbox keeps its state: memory behind `npm start` and in tests, localStorage in the browser. */
export interface StateStore {
  read(): SandboxState;
  write(state: SandboxState): void;
}

export function createMemoryStore(initial?: SandboxState, context: StateContext = {}): StateStore {
  let state = initial ?? createInitialState(context);
  return {
    read: () => state,
    write: (next) => {
      state = next;
    },
  };
}

/**
 * Keeps the state in Web Storage. Every request reads it afresh, so all tabs of one browser
 * share one sandbox; a saved state that fails validation is replaced by a fresh one that
 * carries a recovery notice, never a blank page.
 */
export function createWebStorageStore(storage: Storage, context: StateContext = {}, key = STORAGE_KEY): StateStore {
  const fallback = createMemoryStore(undefined, context);
  let storageWorks = true;

  const recover = (reason: RecoveryReason | null): SandboxState => {
    const fresh = createInitialState(context);
    const state = reason
      ? { ...fresh, recovery: { reason, at: (context.now?.() ?? new Date()).toISOString() } }
      : fresh;
    write(state);
    return state;
  };

  function write(state: SandboxState): void {
    fallback.write(state);
    if (!storageWorks) return;
    try {
      storage.setItem(key, JSON.stringify(state));
    } catch {
      // Storage full or blocked (private mode): keep working in memory for this tab.
      storageWorks = false;
    }
  }

  function read(): SandboxState {
    if (!storageWorks) return fallback.read();
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      storageWorks = false;
      return fallback.read();
    }
    if (raw === null) return recover(null);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return recover('corrupt');
    }
    const parsed = parseState(json);
    return parsed.ok ? parsed.state : recover(parsed.reason);
  }

  return { read, write };
}
