/**
 * Loads the console's support tools (scenario picker, share link, the confirm dialog, and the
 * address handling behind them) as their own chunk, a part of the page's store: a console loads
 * it when it comes near the viewport or gets focus; app.ts loads it at once when the address asks
 * for a scenario or a shared sandbox.
 */
import { SHARE_FRAGMENT_KEY } from '../../contract/index.ts';
import type { SandboxStore } from '../client-store.ts';
import type { Offers } from './offers.ts';

/** The address parameter that names a scenario: `?scenario=NAME`. */
export const SCENARIO_PARAM = 'scenario';

type ConsoleToolsModule = typeof import('../elements/impact-sandbox-controls/console-tools-controller.ts');

/** The chunk's controller, and the page's one set of offers (a scenario or a shared sandbox waiting for a confirm). */
export interface ConsoleToolsChunk {
  ConsoleTools: ConsoleToolsModule['ConsoleTools'];
  offers: Offers;
}

export class ConsoleToolsLoader {
  chunk: ConsoleToolsChunk | null = null;
  private readonly store: SandboxStore;
  private loading: Promise<ConsoleToolsChunk> | null = null;

  constructor(store: SandboxStore) {
    this.store = store;
  }

  load(): Promise<ConsoleToolsChunk> {
    return (this.loading ??= import('../elements/impact-sandbox-controls/console-tools-controller.ts').then(
      ({ ConsoleTools, Offers }) => {
        this.chunk = { ConsoleTools, offers: new Offers(this.store) };
        this.store.notify('console-tools');
        return this.chunk;
      },
    ));
  }
}

/** Whether the address asks for something the tools handle (`?scenario=`, `#sandbox=`). */
export function addressAsks(): boolean {
  return (
    new URLSearchParams(location.search).has(SCENARIO_PARAM) ||
    new URLSearchParams(location.hash.replace(/^#/, '')).has(SHARE_FRAGMENT_KEY)
  );
}
