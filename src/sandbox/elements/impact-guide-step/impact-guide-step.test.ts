import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { GUIDE_PROGRESS_KEY } from '../../../contract/guided.ts';
import { GUIDED_MESSAGES } from '../../../i18n/guided.ts';
import {
  en,
  expectAccessible,
  expectFocus,
  memoryStorage,
  sandboxStore,
  useSandboxBackend,
  zh,
} from '../../../../tests/elements/support.ts';
import '../impact-sandbox/impact-sandbox.ts';
import './impact-guide-step.ts';

useSandboxBackend();

const g = GUIDED_MESSAGES.en;

/** The guide's five steps as the pages declare them, each around its app. */
const STEPS = [
  { step: 1, completes: 'open-settings', screen: 'home', highlight: 'user-profile' },
  { step: 2, completes: 'open-api', screen: 'settings', highlight: 'api' },
  { step: 3, completes: 'enable-legacy-tokens', screen: 'api', highlight: 'enable-legacy-tokens' },
  { step: 4, completes: 'reset-token', screen: 'api', highlight: 'more' },
  {
    step: 5,
    completes: 'open-token-card',
    screen: 'api',
    highlight: 'token-card',
    points: 'choose-version view-credentials',
  },
];

/** Mounts the steps inside an <article>, as on a page (the apps' top bars are then no page banners). */
async function mountSteps(locale: 'en' | 'zh', only?: number[]) {
  const article = document.body.appendChild(document.createElement('article'));
  for (const step of STEPS.filter((entry) => !only || only.includes(entry.step))) {
    article.insertAdjacentHTML(
      'beforeend',
      `<impact-guide-step data-testid="step-${step.step}" step="${step.step}" completes="${step.completes}" points="${step.points ?? ''}" locale="${locale}">
        <impact-sandbox screen="${step.screen}" highlight="${step.highlight}" locale="${locale}"></impact-sandbox>
      </impact-guide-step>`,
    );
  }
  await Promise.all(
    [...document.querySelectorAll('impact-guide-step, impact-sandbox')].map(
      (element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
    ),
  );
}

/**
 * A step element (its bar in its shadow root, its app slotted in its light DOM). Located by the
 * element, not by its group: the slotted app is no DOM descendant of the group inside the shadow root.
 */
const stepGroup = (step: number) => page.getByTestId(`step-${step}`);
/** The step's own words (its bar, its notes), without the app's. */
const barOf = (step: number) => page.getByRole('group', { name: g.stepInSandbox(step), exact: true });

describe('<impact-guide-step>', () => {
  it('is accessible, with its precondition note, and once caught up', async () => {
    await mountSteps('en');
    const step4 = document.querySelector<HTMLElement>('impact-guide-step[step="4"]')!;
    await expect.element(barOf(4)).toBeVisible();
    await expect.element(stepGroup(4).getByRole('button', { name: g.catchMeUp })).toBeVisible();
    await expectAccessible(step4);
    await userEvent.click(stepGroup(4).getByRole('button', { name: g.catchMeUp }));
    await expect.element(stepGroup(4).getByRole('button', { name: g.showMe })).toBeVisible();
    await expectAccessible(step4);
  });

  it('a step is done once its action is done in any widget; the mark survives a new page', async () => {
    await mountSteps('en', [1, 2]);
    await expect.element(stepGroup(1).getByText(g.notDone)).toBeVisible();
    // Step 1's action, done in step 2's widget.
    const app2 = stepGroup(2);
    await userEvent.click(app2.getByRole('button', { name: en.userProfile }));
    await userEvent.click(app2.getByRole('menuitem', { name: en.settings }));
    await expect.element(stepGroup(1).getByText(g.done, { exact: true })).toBeVisible();
    await expect.element(stepGroup(2).getByText(g.notDone)).toBeVisible();
    expect(document.querySelector('impact-guide-step[step="1"]')!.hasAttribute('done')).toBe(true);
    // A reload: new elements read the saved progress.
    document.body.replaceChildren();
    await mountSteps('zh', [1, 2]);
    await expect.element(stepGroup(1).getByText(GUIDED_MESSAGES.zh.done, { exact: true })).toBeVisible();
    await expect.element(stepGroup(2).getByText(GUIDED_MESSAGES.zh.notDone)).toBeVisible();
  });

  it('a step that needs an earlier one says so, as a note; "Catch me up" does the earlier steps and says what it did', async () => {
    await mountSteps('en');
    const step5 = stepGroup(5);
    const note = step5.getByText(g.needsStep(3));
    await expect.element(note).toBeVisible();
    // A precondition, not an error: no alert, none of the danger colours.
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
    const noteBox = note.element().parentElement!;
    expect(getComputedStyle(noteBox).backgroundColor).toBe('rgb(232, 240, 254)');
    await expect.element(step5.getByRole('button', { name: g.showMe })).not.toBeInTheDocument();

    await userEvent.click(step5.getByRole('button', { name: g.catchMeUp }));
    await expect
      .element(step5.getByText(g.caughtUp(g.stepRange(1, 3), en.settings, en.api, en.enableLegacyTokens)))
      .toBeVisible();
    expect(sandboxStore.view?.account.legacyTokensEnabled).toBe(true);
    for (const step of [1, 2, 3])
      await expect.element(stepGroup(step).getByText(g.done, { exact: true })).toBeVisible();
    await expect.element(step5.getByText(g.notDone)).toBeVisible();
    await expect.element(stepGroup(4).getByText(g.needsStep(3))).not.toBeInTheDocument();
    // The button is gone; focus moves to the control this step asks for (the token card).
    await expectFocus(step5.getByRole('button', { name: en.legacyAccountTokens }));
  });

  it('"Show me" by keyboard: the app returns to its screen with the control marked and focused', async () => {
    await mountSteps('zh', [2]);
    const step2 = stepGroup(2);
    await userEvent.click(step2.getByRole('button', { name: zh.api, exact: true }));
    await expect.element(step2.getByRole('heading', { name: zh.api, exact: true })).toBeVisible();
    (step2.getByRole('button', { name: GUIDED_MESSAGES.zh.showMe }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const api = step2.getByRole('button', { name: zh.api, exact: true });
    await expectFocus(api);
    await expect.element(api).toHaveClass('highlighted');
  });

  it("the sub-points' lead-in takes the language's own colon (full-width in Chinese)", async () => {
    await sandboxStore.enableLegacyTokens();
    await mountSteps('zh', [5]);
    const zhBar = page.getByRole('group', { name: GUIDED_MESSAGES.zh.stepInSandbox(5), exact: true });
    await expect.element(zhBar).toMatchTextContent(zh.labelled(GUIDED_MESSAGES.zh.alsoOnThisStep, zh.apiVersion));
  });

  it('sub-points are marked on their own; a step with points is done when its points are', async () => {
    await sandboxStore.enableLegacyTokens();
    await mountSteps('en', [5]);
    const step5 = stepGroup(5);
    const says = (label: string, state: string) => new RegExp(`${label}\\s+\\(${state}\\)`);
    const stepSays = (state: string) => new RegExp(`^\\s*\\D*5\\s+${state}`);
    await expect.element(barOf(5)).toMatchTextContent(says(en.apiCredentials, g.notDone));
    await userEvent.click(step5.getByRole('button', { name: en.legacyAccountTokens }));
    await userEvent.click(step5.getByRole('tab', { name: en.apiCredentials }));
    await expect.element(barOf(5)).toMatchTextContent(says(en.apiCredentials, g.done));
    await expect.element(barOf(5)).toMatchTextContent(says(en.apiVersion, g.notDone));
    // The card opened and one point done: the step itself is not done yet.
    await expect.element(barOf(5)).toMatchTextContent(stepSays(g.notDone));
    // A version picked is the point: upgrading it is up to the reader.
    sandboxStore.progress.record(['choose-version']);
    await expect.element(step5.getByText(g.done, { exact: true })).toBeVisible();
    await expect.element(barOf(5)).toMatchTextContent(says(en.apiVersion, g.done));
  });

  it('a reset sandbox (a new Account SID) starts the progress afresh', async () => {
    await mountSteps('en', [1]);
    sandboxStore.progress.record(['open-settings']);
    await expect.element(stepGroup(1).getByText(g.done, { exact: true })).toBeVisible();
    await sandboxStore.resetSandbox();
    await expect.element(stepGroup(1).getByText(g.notDone)).toBeVisible();
  });

  it('follows progress made in another tab (the storage event)', async () => {
    const storage = memoryStorage();
    sandboxStore.progress.useStorage(storage);
    await mountSteps('en', [2]);
    await expect.element(stepGroup(2).getByText(g.notDone)).toBeVisible();
    storage.setItem(GUIDE_PROGRESS_KEY, JSON.stringify({ sid: sandboxStore.view!.account.sid, actions: ['open-api'] }));
    // The page listens from its first idle moment on (progress.ts): a test's idle callback comes after.
    await new Promise((done) => requestIdleCallback(done));
    window.dispatchEvent(new StorageEvent('storage', { key: GUIDE_PROGRESS_KEY }));
    await expect.element(stepGroup(2).getByText(g.done, { exact: true })).toBeVisible();
  });
});
