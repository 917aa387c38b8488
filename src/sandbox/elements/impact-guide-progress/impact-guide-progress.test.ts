import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { GUIDE_PROGRESS_KEY } from '../../../contract/guided.ts';
import { GUIDED_MESSAGES } from '../../../i18n/guided.ts';
import {
  expectAccessible,
  memoryStorage,
  mount,
  sandboxStore,
  useSandboxBackend,
  zh,
} from '../../../../tests/elements/support.ts';
import '../impact-sandbox/impact-sandbox.ts';
import '../impact-guide-step/impact-guide-step.ts';
import './impact-guide-progress.ts';

useSandboxBackend();

const STEPS = [
  ['1', 'open-settings', 'home'],
  ['2', 'open-api', 'settings'],
  ['3', 'enable-legacy-tokens', 'api'],
] as const;

async function mountGuide(locale: 'en' | 'zh') {
  const progress = await mount('impact-guide-progress', { locale });
  const article = document.body.appendChild(document.createElement('article'));
  for (const [step, completes, screen] of STEPS) {
    article.insertAdjacentHTML(
      'beforeend',
      `<impact-guide-step step="${step}" completes="${completes}" locale="${locale}"><impact-sandbox screen="${screen}" locale="${locale}"></impact-sandbox></impact-guide-step>`,
    );
  }
  return progress;
}

const g = GUIDED_MESSAGES.en;
const bar = (locale: 'en' | 'zh' = 'en') =>
  page.getByRole('progressbar', { name: GUIDED_MESSAGES[locale].progressLabel });
/** What the progress element's own live region says. */
const announced = (progress: HTMLElement) => progress.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('<impact-guide-progress>', () => {
  it('is accessible: a labelled progress bar and the count in words', async () => {
    const progress = await mountGuide('en');
    await expect.element(bar()).toHaveAttribute('max', '3');
    await expect.element(bar()).toHaveAccessibleDescription(g.progressText(0, 3));
    await expect.element(page.getByText(g.progressText(0, 3))).toBeVisible();
    await expectAccessible(progress);
  });

  it('counts steps as they get done and announces each, politely', async () => {
    const progress = await mountGuide('zh');
    const gz = GUIDED_MESSAGES.zh;
    // Step 2 done in its own widget counts step 1 too: step 2 cannot be done without it.
    await userEvent.click(page.getByRole('button', { name: zh.api, exact: true }));
    await expect.element(page.getByText(gz.progressText(2, 3))).toBeVisible();
    expect(bar('zh').element() as HTMLProgressElement).toHaveProperty('value', 2);
    await expect.poll(() => announced(progress)).toBe(gz.stepDone(2));
    // The last step: the announcement says all are done.
    await userEvent.click(page.getByRole('button', { name: zh.enableLegacyTokens }).first());
    await expect.element(page.getByText(gz.progressText(3, 3))).toBeVisible();
    await expect.poll(() => announced(progress)).toBe(`${gz.stepDone(3)} ${gz.allDone(3)}`);
  });

  it('says nothing about progress it did not see made: found on load, or made in another tab', async () => {
    const storage = memoryStorage();
    sandboxStore.progress.useStorage(storage);
    storage.setItem(
      GUIDE_PROGRESS_KEY,
      JSON.stringify({ sid: sandboxStore.view!.account.sid, actions: ['open-settings'] }),
    );
    const progress = await mountGuide('en');
    await expect.element(page.getByText(g.progressText(1, 3))).toBeVisible();
    storage.setItem(
      GUIDE_PROGRESS_KEY,
      JSON.stringify({ sid: sandboxStore.view!.account.sid, actions: ['open-settings', 'open-api'] }),
    );
    // The page listens from its first idle moment on (progress.ts): a test's idle callback comes after.
    await new Promise((done) => requestIdleCallback(done));
    window.dispatchEvent(new StorageEvent('storage', { key: GUIDE_PROGRESS_KEY }));
    await expect.element(page.getByText(g.progressText(2, 3))).toBeVisible();
    expect(announced(progress)).toBe('');
  });

  it('shows nothing on a page without steps', async () => {
    const progress = await mount('impact-guide-progress', { locale: 'en' });
    await expect.element(page.getByRole('progressbar')).not.toBeInTheDocument();
    expect(progress.shadowRoot!.textContent!.trim()).toBe('');
  });
});
