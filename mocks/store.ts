import { createInitialState, type SandboxState, type StateContext } from './state.ts';

/**
 * The state the handlers read and write, synchronously, while they answer one request: memory
 * behind `npm start` and in tests; in the browser, the state-keeper's per-request copy of the
 * state saved in IndexedDB (state-keeper.ts).
 */
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
