/**
 * The reader's progress through the guide's steps: which actions they have done on this
 * sandbox. Kept in localStorage under its own key, tied to the sandbox's Account SID (a reset
 * sandbox has a new SID, so its progress starts afresh), shared by every page and language, and
 * followed across tabs through the `storage` event (attached at the page's first idle moment: see
 * watch()). A part of the page's store
 * (src/sandbox/client-store.ts): its changes are the store's `change` events, and the steps an
 * action completes are announced on the store (`steps-done`).
 */
import * as v from 'valibot';
import { ACTION_NEEDS, GUIDE_ACTIONS, GUIDE_PROGRESS_KEY, type GuideAction } from '../../contract/guided.ts';
import type { SandboxView } from '../../contract/index.ts';
import { ApiProblem } from '../api-problem.ts';
import type { SandboxStore } from '../client-store.ts';
import { SandboxActionEvent } from '../elements/impact-sandbox/sandbox-action-event.ts';
import { whenIdle } from '../when-idle.ts';

/** A step of the guide as its MDX declares it: `<Sandbox step completes points … />`. */
export interface GuideStep {
  step: number;
  /** The action that marks the step done. */
  completes: GuideAction;
  /** Actions of the step's sub-points (marked on their own; they do not count as steps). */
  points: GuideAction[];
}

const SavedProgress = v.object({ sid: v.string(), actions: v.array(v.picklist(GUIDE_ACTIONS)) });
type SavedProgress = v.InferOutput<typeof SavedProgress>;

/** What the sandbox's state itself shows was done, whoever did it (another tab, a snapshot). */
const SHOWN_BY_STATE: Partial<Record<GuideAction, (view: SandboxView) => boolean>> = {
  'enable-legacy-tokens': (view) => view.account.legacyTokensEnabled,
  'reset-token': (view) => Boolean(view.legacyToken?.accessLevels.some((level) => level.lastResetAt)),
  // At the newest version there is nothing to pick: the drop-down says so, and seeing it is the point.
  'choose-version': (view) => view.legacyToken?.upgradeTargets.length === 0,
};

/**
 * Actions that only move between screens. A step done later in the guide means the reader passed
 * through these earlier steps to get there (the API page is reached through Settings), so a
 * sandbox that shows step 3 done (a scenario, another tab) shows steps 1–2 done with it.
 */
const NAVIGATION: ReadonlySet<GuideAction> = new Set([
  'open-settings',
  'open-api',
  'open-more',
  'open-token-card',
  'view-credentials',
]);

/** Fired with the steps an action of this tab has just completed (for the live region). */
export class StepsDoneEvent extends Event {
  readonly steps: number[];
  constructor(steps: number[]) {
    super('steps-done');
    this.steps = steps;
  }
}

type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

export class GuideProgress {
  private readonly registered = new Map<number, GuideStep>();
  private storage: ProgressStorage | null;
  private readonly sandbox: SandboxStore;
  private watching = false;
  /** Used once the browser refuses storage (a private window, a full quota): progress lasts the visit. */
  private memory: SavedProgress | null = null;
  private storageFailed = false;

  constructor(sandbox: SandboxStore, storage: ProgressStorage | null = browserStorage()) {
    this.storage = storage;
    this.sandbox = sandbox;
  }

  /** Keeps progress in another store from now on (element tests: one per test file). */
  useStorage(storage: ProgressStorage | null): void {
    this.storage = storage;
    this.storageFailed = false;
    this.memory = null;
    this.changed();
  }

  /** The page's steps register themselves; returns the way out. */
  register(step: GuideStep): () => void {
    this.registered.set(step.step, step);
    this.changed();
    return () => {
      if (this.registered.get(step.step) === step) this.registered.delete(step.step);
      this.changed();
    };
  }

  get steps(): GuideStep[] {
    return [...this.registered.values()].sort((a, b) => a.step - b.step);
  }

  /** The actions done on the sandbox as it is now; null until the sandbox has loaded. */
  get actions(): ReadonlySet<GuideAction> | null {
    const view = this.sandbox.view;
    if (!view) return null;
    const saved = this.read();
    const done = new Set<GuideAction>(saved?.sid === view.account.sid ? saved.actions : []);
    for (const [action, shown] of Object.entries(SHOWN_BY_STATE)) {
      if (shown(view)) done.add(action as GuideAction);
    }
    const steps = this.steps;
    const lastDone = steps.findLastIndex((step) => done.has(step.completes));
    for (const step of steps.slice(0, Math.max(lastDone, 0))) {
      for (const action of [step.completes, ...step.points]) if (NAVIGATION.has(action)) done.add(action);
    }
    return done;
  }

  isDone(action: GuideAction): boolean {
    return this.actions?.has(action) ?? false;
  }

  /** A step is done when its action and every one of its points are. */
  isStepDone(step: Pick<GuideStep, 'completes' | 'points'>): boolean {
    const actions = this.actions;
    return actions !== null && [step.completes, ...step.points].every((action) => actions.has(action));
  }

  get doneCount(): number {
    return this.steps.filter((step) => this.isStepDone(step)).length;
  }

  /** The action's precondition, if the sandbox does not meet it yet (null when it may be done now). */
  unmetNeed(action: GuideAction): GuideAction | null {
    const need = ACTION_NEEDS[action];
    const view = this.sandbox.view;
    if (!need || !view) return null;
    const shown = SHOWN_BY_STATE[need];
    return (shown ? shown(view) : this.isDone(need)) ? null : need;
  }

  /** The page's step that does `action`, if there is one. */
  stepThatDoes(action: GuideAction): GuideStep | undefined {
    return this.steps.find((step) => step.completes === action);
  }

  /** Adds actions done on the current sandbox; announces the steps they complete unless told not to. */
  record(actions: readonly GuideAction[], announce = true): void {
    const view = this.sandbox.view;
    if (!view) return;
    const saved = this.read();
    const own = saved?.sid === view.account.sid ? saved.actions : [];
    const added = actions.filter((action) => !own.includes(action));
    if (!added.length) return;
    this.write({ sid: view.account.sid, actions: [...own, ...new Set(added)] });
    // Only what this record adds: a step the sandbox's state already showed done was announced
    // (or found) before, and the state may run ahead of the event (the view updates first).
    const completed = this.steps
      .filter((step) => [step.completes, ...step.points].some((action) => added.includes(action)))
      .filter((step) => this.isStepDone(step))
      .map((step) => step.step);
    this.changed();
    if (announce && completed.length) this.sandbox.dispatchEvent(new StepsDoneEvent(completed));
  }

  /**
   * Does in the sandbox what `action` needs first (enables legacy tokens), and records the
   * page's steps up to the one that does it as done. Returns those steps' numbers.
   */
  async catchUp(action: GuideAction): Promise<number[]> {
    const need = this.unmetNeed(action);
    if (!need) return [];
    if (need === 'enable-legacy-tokens') {
      // 409: another tab or embed enabled them meanwhile, which is what was wanted.
      await this.sandbox.enableLegacyTokens().catch(async (error: unknown) => {
        if (!(error instanceof ApiProblem && error.status === 409)) throw error;
        await this.sandbox.refresh();
      });
    }
    const provider = this.stepThatDoes(need);
    const earlier = provider ? this.steps.filter((step) => step.step <= provider.step) : [];
    this.record([need, ...earlier.map((step) => step.completes)], false);
    return earlier.map((step) => step.step);
  }

  /** Starts following the page's actions and other tabs (once per page; a guide's elements ask). */
  watch(): void {
    if (this.watching || typeof window === 'undefined') return;
    this.watching = true;
    document.addEventListener('impact-sandbox-action', (event) => {
      if (event instanceof SandboxActionEvent) this.record([event.detail.action]);
    });
    // Not at once: adding a `storage` listener makes Chromium load the tab's sessionStorage
    // synchronously, a blocking call to the browser process that took up to 251 ms (busy machine)
    // inside the first guide step's upgrade, before the first widget drew. A change another tab
    // made meanwhile is read when the listener comes.
    const listen = () => {
      window.addEventListener('storage', (event) => {
        if (event.key === GUIDE_PROGRESS_KEY || event.key === null) this.changed();
      });
      this.changed();
    };
    whenIdle(listen, 2000);
  }

  private changed(): void {
    this.sandbox.notify('progress');
  }

  /** The saved record, read afresh (another tab may have written); anything unreadable counts as none. */
  private read(): SavedProgress | null {
    if (this.storageFailed || !this.storage) return this.memory;
    let raw: string | null;
    try {
      raw = this.storage.getItem(GUIDE_PROGRESS_KEY);
    } catch {
      this.storageFailed = true;
      return this.memory;
    }
    if (!raw) return null;
    try {
      const parsed = v.safeParse(SavedProgress, JSON.parse(raw));
      return parsed.success ? parsed.output : null;
    } catch {
      return null;
    }
  }

  private write(progress: SavedProgress): void {
    this.memory = progress;
    if (this.storageFailed || !this.storage) return;
    try {
      this.storage.setItem(GUIDE_PROGRESS_KEY, JSON.stringify(progress));
    } catch {
      this.storageFailed = true;
    }
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
