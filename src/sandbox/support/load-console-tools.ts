/**
 * Loads the console's support tools (scenario picker, share link, the confirm dialog, and the
 * address handling behind them) as their own chunk: a console loads it when it comes near the
 * viewport or gets focus; app.ts loads it at once when the address asks for a scenario or a
 * shared sandbox.
 */
import { SHARE_FRAGMENT_KEY } from '../../contract/index.ts';

/** The address parameter that names a scenario: `?scenario=NAME`. */
export const SCENARIO_PARAM = 'scenario';

type ConsoleToolsModule = typeof import('../elements/impact-sandbox-controls/console-tools-controller.ts');

class ConsoleToolsLoader extends EventTarget {
  module: ConsoleToolsModule | null = null;
  private loading: Promise<ConsoleToolsModule> | null = null;

  load(): Promise<ConsoleToolsModule> {
    return (this.loading ??= import('../elements/impact-sandbox-controls/console-tools-controller.ts').then(
      (module) => {
        this.module = module;
        this.dispatchEvent(new Event('change'));
        return module;
      },
    ));
  }
}

export const consoleTools = new ConsoleToolsLoader();

/** Whether the address asks for something the tools handle (`?scenario=`, `#sandbox=`). */
export function addressAsks(): boolean {
  return (
    new URLSearchParams(location.search).has(SCENARIO_PARAM) ||
    new URLSearchParams(location.hash.replace(/^#/, '')).has(SHARE_FRAGMENT_KEY)
  );
}
