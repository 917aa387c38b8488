/**
 * Loading a scenario or a shared sandbox: from the address (`?scenario=NAME`, `#sandbox=…`) or
 * the console. A sandbox with changes of its own is replaced only after a confirm (the console
 * draws the dialog from `offer`); a shared sandbox always asks, since the link may come from
 * anyone. The outcome is a `notice` the console shows. Bad input changes nothing.
 */
import { isScenarioName, type ScenarioName } from '../../contract/index.ts';
import { ApiProblem } from '../api-problem.ts';
import type { SandboxStore } from '../client-store.ts';
import { SCENARIO_PARAM } from './load-console-tools.ts';
import { decodeShared, sharedInFragment } from './share-link.ts';
import { isUntouched, rememberScenarioAsLoaded } from './untouched.ts';

export type Offer = { kind: 'scenario'; scenario: ScenarioName } | { kind: 'share'; shared: unknown };

export type SupportNotice =
  | { kind: 'scenario-loaded'; scenario: ScenarioName }
  | { kind: 'unknown-scenario'; name: string }
  | { kind: 'share-loaded' }
  | { kind: 'bad-share-link' }
  | { kind: 'kept' }
  | { kind: 'failed'; message: string };

export class Offers {
  offer: Offer | null = null;
  notice: SupportNotice | null = null;
  /** A notice no console has shown yet (none was listening): the next console to subscribe shows it. */
  unseen = false;
  private readonly listeners = new Set<() => void>();
  private readonly store: SandboxStore;

  constructor(store: SandboxStore) {
    this.store = store;
  }

  /** Calls `listener` on every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(offer: Offer | null, notice: SupportNotice | null): void {
    this.offer = offer;
    this.notice = notice;
    this.unseen = notice !== null && this.listeners.size === 0;
    this.listeners.forEach((listener) => listener());
  }

  /** Loads at once into a sandbox without changes of the reader's own; otherwise waits for the console's confirm. */
  async offerScenario(name: string): Promise<void> {
    if (!isScenarioName(name)) return this.update(null, { kind: 'unknown-scenario', name });
    // Judged on the sandbox as it is now: another tab (or a script) may have changed it since.
    await this.store.refresh().catch(() => undefined);
    if (isUntouched(this.store.view)) return this.apply({ kind: 'scenario', scenario: name });
    this.update({ kind: 'scenario', scenario: name }, null);
  }

  async offerShared(encoded: string): Promise<void> {
    try {
      this.update({ kind: 'share', shared: await decodeShared(encoded) }, null);
    } catch {
      this.update(null, { kind: 'bad-share-link' });
    }
  }

  async accept(): Promise<void> {
    if (this.offer) await this.apply(this.offer);
  }

  decline(): void {
    if (this.offer) this.update(null, { kind: 'kept' });
  }

  private async apply(offer: Offer): Promise<void> {
    try {
      if (offer.kind === 'scenario') {
        await this.store.loadScenario(offer.scenario);
        rememberScenarioAsLoaded(this.store.view);
        this.update(null, { kind: 'scenario-loaded', scenario: offer.scenario });
      } else {
        await this.store.loadShared(offer.shared);
        this.update(null, { kind: 'share-loaded' });
      }
    } catch (error) {
      // The backend validates a shared state like any saved one: a 400 leaves the sandbox as it was.
      const refusedShare = offer.kind === 'share' && error instanceof ApiProblem && error.status === 400;
      this.update(
        null,
        refusedShare ? { kind: 'bad-share-link' } : { kind: 'failed', message: (error as Error).message },
      );
    }
  }

  /**
   * What the address asks for, handled once: the parameter and the fragment are dropped from
   * the address at once (history.replaceState), so a reload does not ask again.
   */
  async handleAddress(): Promise<void> {
    const url = new URL(location.href);
    const scenario = url.searchParams.get(SCENARIO_PARAM);
    const shared = sharedInFragment(url.hash);
    if (scenario === null && shared === null) return;
    url.searchParams.delete(SCENARIO_PARAM);
    if (shared !== null) url.hash = '';
    history.replaceState(history.state, '', url.href.replace(/#$/, ''));
    if (shared !== null) await this.offerShared(shared);
    else if (scenario !== null) await this.offerScenario(scenario);
  }
}
