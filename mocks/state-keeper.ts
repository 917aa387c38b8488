/**
 * The browser's one sandbox, kept by the site's service worker: the shared handlers run over the
 * saved state one request at a time (`lock`), each request reading the saved state afresh and
 * saving its change before it answers, so every tab sees one sandbox and an answered write is in
 * it. The save is a compare-and-set on the state's revision, so even two workers at once (an old
 * one finishing while a new one takes over) cannot undo each other's writes. Where the state is
 * saved is a `StateVault`: IndexedDB in the worker (state-indexeddb.ts), memory in unit tests.
 */
import { getResponse } from 'msw';
import { REASON_HEADER, REVISION_HEADER } from '../src/contract/index.ts';
import { apiError } from '../src/http/respond.ts';
import { createHandlers, IMPACT_HOST_PATTERN } from './handlers.ts';
import { createInitialState, isNewerState, parseState, type SandboxState, type StateContext } from './state.ts';
import type { StateStore } from './store.ts';

export interface SavedState {
  value: unknown;
  /** 1 for the first save, one more for each save after. */
  revision: number;
}

export interface StateVault {
  /** The saved state, or null when nothing was saved yet. */
  read(): Promise<SavedState | null>;
  /**
   * Saves `value` as `revision + 1` if the saved revision is still `revision` (0: nothing saved),
   * in one transaction; false (and nothing written) if another write came first. Throws when the
   * value cannot be saved (storage full): the saved state is then as it was.
   */
  write(value: unknown, revision: number): Promise<boolean>;
}

/** Runs tasks one at a time, in order. */
export type Lock = <T>(task: () => Promise<T>) => Promise<T>;

export function inOrder(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Why an answer is not the handlers': the page words these in its own language (client-store.ts). */
const KEEPER_REASONS = {
  storageFull: 'storage-full',
  storageFailed: 'storage-failed',
  newerState: 'newer-state',
};

/** A write that could not be saved; what was saved before is intact. */
function notSaved(error: unknown): Response {
  const full = error instanceof Error && error.name === 'QuotaExceededError';
  return full
    ? apiError(
        507,
        "The change was not saved: this browser's storage for this site is full. What was saved before is intact. Free some space (for example, clear other sites' data) and try again.",
        { headers: { [REASON_HEADER]: KEEPER_REASONS.storageFull } },
      )
    : apiError(
        503,
        `The change was not saved (${error instanceof Error ? error.message : String(error)}). What was saved before is intact. Reload the page and try again.`,
        { headers: { [REASON_HEADER]: KEEPER_REASONS.storageFailed } },
      );
}

/** The answer, marked with the revision of the saved state it reflects (REVISION_HEADER). */
function withRevision(response: Response | undefined, revision: number): Response | undefined {
  response?.headers.set(REVISION_HEADER, String(revision));
  return response;
}

const NEWER_STATE = apiError(
  409,
  'The saved sandbox comes from a newer version of this site; it is kept as it is and this version does not change it. Reload the page to use the newer version.',
  { headers: { [REASON_HEADER]: KEEPER_REASONS.newerState } },
);

/**
 * Attempts before giving up when other writers keep coming first: with one worker there are
 * none; with an old worker finishing beside its successor, each lost attempt is the other's save.
 */
const MAX_ATTEMPTS = 50;

export interface StateKeeperOptions {
  vault: StateVault;
  /** The site's origin, which the handlers' paths are relative to (the worker's own). */
  origin: string;
  lock?: Lock;
  stateContext?: StateContext;
  /** After each saved change, with its revision (the worker tells every tab). */
  onSaved?: (revision: number) => void;
}

export function createStateKeeper({ vault, origin, lock = inOrder(), stateContext = {}, onSaved }: StateKeeperOptions) {
  // The state of the request being handled: requests run one at a time, under `lock`.
  let current: SandboxState = createInitialState(stateContext);
  let changed = false;
  const store: StateStore = {
    read: () => current,
    write: (next) => {
      current = next;
      changed = true;
    },
  };
  const handlers = createHandlers({ store, stateContext });

  /** The saved state as the handlers see it: nothing saved yet or unreadable gives a fresh one, to save. */
  function open(saved: SavedState | null): void {
    changed = true;
    if (!saved) {
      current = createInitialState(stateContext);
      return;
    }
    const parsed = parseState(saved.value);
    if (parsed.ok) {
      current = parsed.state;
      changed = false;
      return;
    }
    const at = (stateContext.now?.() ?? new Date()).toISOString();
    current = { ...createInitialState(stateContext), recovery: { reason: parsed.reason, at } };
  }

  async function handleOnce(request: Request): Promise<Response | undefined | 'again'> {
    const saved = await vault.read();
    // A newer version's state is kept untouched; only the real-host refusal still answers.
    if (isNewerState(saved?.value) && !IMPACT_HOST_PATTERN.test(request.url)) return NEWER_STATE.clone();
    open(saved);
    const response = await getResponse(handlers, request, { baseUrl: origin, quiet: true });
    if (isNewerState(saved?.value)) return response;
    if (!changed) return withRevision(response, saved?.revision ?? 0);
    try {
      if (!(await vault.write(current, saved?.revision ?? 0))) return 'again';
    } catch (error) {
      return notSaved(error);
    }
    onSaved?.((saved?.revision ?? 0) + 1);
    return withRevision(response, (saved?.revision ?? 0) + 1);
  }

  return {
    /** The handlers' answer (undefined: none of them handles the request), once its change is saved. */
    handle(request: Request): Promise<Response | undefined> {
      return lock(async () => {
        try {
          for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            const answer = await handleOnce(request.clone());
            if (answer !== 'again') return answer;
          }
        } catch (error) {
          // The saved state could not even be read (storage blocked or broken): say so, change nothing.
          return notSaved(error);
        }
        return apiError(503, 'The sandbox is busy with changes from elsewhere; nothing was changed. Try again.');
      });
    },

    /**
     * A state saved by an older version of the site (localStorage, which a worker cannot read:
     * the page hands it over). Kept as it was given, only when nothing is saved yet.
     */
    importSaved(raw: string): Promise<'imported' | 'kept-existing'> {
      return lock(async () => {
        if (await vault.read()) return 'kept-existing';
        let value: unknown;
        try {
          value = JSON.parse(raw);
        } catch {
          value = raw; // Unreadable: the next request recovers it with a notice, as before.
        }
        if (!(await vault.write(value, 0))) return 'kept-existing';
        onSaved?.(1);
        return 'imported';
      });
    },
  };
}

/** Unit tests' vault (and a model of IndexedDB's: values are copied in and out). */
export function createMemoryVault(initial?: SavedState): StateVault & { saved: SavedState | null } {
  const vault = {
    saved: initial ? structuredClone(initial) : null,
    read: async () => (vault.saved ? structuredClone(vault.saved) : null),
    write: async (value: unknown, revision: number) => {
      if ((vault.saved?.revision ?? 0) !== revision) return false;
      vault.saved = { value: structuredClone(value), revision: revision + 1 };
      return true;
    },
  };
  return vault;
}
