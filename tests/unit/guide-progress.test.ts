/**
 * The reader's progress (src/sandbox/guided/progress.ts) on its own: tied to the Account SID,
 * read afresh from storage, robust to a bad record, and "Catch me up".
 */
import { describe, expect, it, vi } from 'vitest';
import { GUIDE_PROGRESS_KEY, type GuideAction } from '../../src/contract/guided.ts';
import type { SandboxView } from '../../src/contract/index.ts';
import { ApiProblem, SandboxStore } from '../../src/sandbox/client-store.ts';
import { GuideProgress, StepsDoneEvent } from '../../src/sandbox/guided/progress.ts';

function view(sid: string, enabled = false): SandboxView {
  return {
    account: { sid, name: 'Sandbox', legacyTokensEnabled: enabled },
    legacyToken: enabled
      ? {
          name: 'Legacy Account Tokens',
          createdAt: '2024-03-18T09:30:00.000Z',
          apiVersion: 12,
          availableVersions: [],
          upgradeTargets: [13],
          accessLevels: [
            { level: 'readWrite', lastResetAt: null },
            { level: 'readOnly', lastResetAt: null },
          ],
        }
      : null,
    credentials: null,
    recovery: null,
    pristine: !enabled,
    lastLogId: 0,
    scenario: null,
  };
}

function setup(sid = 'SID-A') {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
  const store = new SandboxStore();
  store.view = view(sid);
  const progress = new GuideProgress(store, storage);
  const steps: Array<[number, GuideAction]> = [
    [1, 'open-settings'],
    [2, 'open-api'],
    [3, 'enable-legacy-tokens'],
    [4, 'reset-token'],
    [5, 'open-token-card'],
  ];
  for (const [step, completes] of steps)
    progress.register({ step, completes, points: step === 5 ? ['choose-version', 'view-credentials'] : [] });
  return { items, store, progress };
}

describe('guide progress', () => {
  it('records actions per Account SID: a new SID (a reset sandbox) starts afresh', () => {
    const { items, store, progress } = setup();
    progress.record(['open-settings', 'open-api']);
    expect(progress.doneCount).toBe(2);
    expect(JSON.parse(items.get(GUIDE_PROGRESS_KEY)!)).toEqual({
      sid: 'SID-A',
      actions: ['open-settings', 'open-api'],
    });
    store.view = view('SID-B');
    expect(progress.doneCount).toBe(0);
    progress.record(['open-settings']);
    expect(JSON.parse(items.get(GUIDE_PROGRESS_KEY)!)).toEqual({ sid: 'SID-B', actions: ['open-settings'] });
  });

  it('counts what the sandbox state shows done, whoever did it', () => {
    const { store, progress } = setup();
    store.view = view('SID-A', true);
    expect(progress.isDone('enable-legacy-tokens')).toBe(true);
    expect(progress.isDone('reset-token')).toBe(false);
    store.view.legacyToken!.accessLevels[1]!.lastResetAt = '2025-01-01T00:00:00.000Z';
    expect(progress.isDone('reset-token')).toBe(true);
  });

  it('announces only the steps an action newly completes', () => {
    const { store, progress } = setup();
    const announced: number[][] = [];
    store.addEventListener('steps-done', (event) => announced.push((event as StepsDoneEvent).steps));
    progress.record(['open-api']);
    progress.record(['open-api']);
    progress.record(['open-more']);
    progress.record(['open-settings'], false);
    expect(announced).toEqual([[2]]);
  });

  it('a record it cannot read counts as no progress, and is replaced on the next action', () => {
    for (const raw of ['not json', '{"sid":1}', '{"sid":"SID-A","actions":["fly"]}']) {
      const { items, progress } = setup();
      items.set(GUIDE_PROGRESS_KEY, raw);
      expect(progress.doneCount).toBe(0);
      progress.record(['open-settings']);
      expect(progress.doneCount).toBe(1);
    }
  });

  it('keeps progress for the visit when the browser refuses storage', () => {
    const store = new SandboxStore();
    store.view = view('SID-A');
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const progress = new GuideProgress(store, refusing);
    progress.register({ step: 1, completes: 'open-settings', points: [] });
    progress.record(['open-settings']);
    expect(progress.doneCount).toBe(1);
  });

  it('a token action needs legacy tokens enabled, and says which step does that', () => {
    const { store, progress } = setup();
    expect(progress.unmetNeed('open-api')).toBeNull();
    expect(progress.unmetNeed('reset-token')).toBe('enable-legacy-tokens');
    expect(progress.stepThatDoes('enable-legacy-tokens')?.step).toBe(3);
    store.view = view('SID-A', true);
    expect(progress.unmetNeed('reset-token')).toBeNull();
  });

  it('"Catch me up" enables legacy tokens and marks the steps up to the one that does it', async () => {
    const { store, progress } = setup();
    const enable = vi.spyOn(store, 'enableLegacyTokens').mockImplementation(async () => {
      store.view = view('SID-A', true);
      return store.view;
    });
    expect(await progress.catchUp('open-token-card')).toEqual([1, 2, 3]);
    expect(enable).toHaveBeenCalledOnce();
    expect([1, 2, 3, 4, 5].map((step) => progress.isDone(progress.steps[step - 1]!.completes))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    // Nothing left to catch up on.
    expect(await progress.catchUp('open-token-card')).toEqual([]);
    expect(enable).toHaveBeenCalledOnce();
  });

  it('"Catch me up" takes a 409 (enabled meanwhile elsewhere) as done, and fails on anything else', async () => {
    const { store, progress } = setup();
    vi.spyOn(store, 'enableLegacyTokens').mockRejectedValue(new ApiProblem(409, 'Legacy tokens are already enabled.'));
    vi.spyOn(store, 'refresh').mockImplementation(async () => {
      store.view = view('SID-A', true);
    });
    expect(await progress.catchUp('reset-token')).toEqual([1, 2, 3]);

    const other = setup();
    vi.spyOn(other.store, 'enableLegacyTokens').mockRejectedValue(new ApiProblem(500, 'Internal sandbox error.'));
    await expect(other.progress.catchUp('reset-token')).rejects.toThrow('Internal sandbox error.');
    expect(other.progress.doneCount).toBe(0);
  });

  it('a step with points is done only when its points are, and is announced when the last one is', () => {
    const { store, progress } = setup();
    store.view = view('SID-A', true);
    const announced: number[][] = [];
    store.addEventListener('steps-done', (event) => announced.push((event as StepsDoneEvent).steps));
    const step5 = progress.steps[4]!;
    progress.record(['open-token-card']);
    expect(progress.isStepDone(step5)).toBe(false);
    progress.record(['view-credentials']);
    expect(progress.isStepDone(step5)).toBe(false);
    // A version picked in the drop-down is the point; the upgrade, which cannot be undone, is not asked for.
    progress.record(['choose-version']);
    expect(progress.isStepDone(step5)).toBe(true);
    expect(announced).toEqual([[5]]);
  });

  it('at the newest API version there is nothing to pick: the version point is done by the sandbox', () => {
    const { store, progress } = setup();
    store.view = view('SID-A', true);
    store.view.legacyToken!.upgradeTargets = [];
    progress.record(['open-token-card', 'view-credentials']);
    expect(progress.isStepDone(progress.steps[4]!)).toBe(true);
  });

  it('a sandbox that shows a later step done (a scenario) shows the steps that lead to it done too', () => {
    const { store, progress } = setup();
    store.view = view('SID-A', true);
    expect(progress.steps.map((step) => progress.isStepDone(step))).toEqual([true, true, true, false, false]);
    expect(progress.doneCount).toBe(3);
    store.view.legacyToken!.accessLevels[0]!.lastResetAt = '2025-01-01T00:00:00.000Z';
    expect(progress.steps.map((step) => progress.isStepDone(step))).toEqual([true, true, true, true, false]);
  });
});
