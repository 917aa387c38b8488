/**
 * Full storage, as a reader meets it: the site's worker (here its state keeper, mocks/state-keeper.ts,
 * over a vault whose saves fail as IndexedDB's do at the quota) refuses the change with 507, and
 * the widget says why and what to do in the page's language, while what was saved stays as it was.
 */
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMemoryVault, createStateKeeper } from '../../mocks/state-keeper.ts';
import { LOCALES } from '../contract/index.ts';
import { SANDBOX_MESSAGES } from '../i18n/sandbox.ts';
import { mount, sandboxStore, useSandboxBackend } from '../../tests/elements/support.ts';
import './elements/impact-sandbox/impact-sandbox.ts';

const backend = useSandboxBackend();
const inner = createMemoryVault();
let full = false;
const vault = {
  get saved() {
    return inner.saved;
  },
  read: inner.read,
  write: async (value: unknown, revision: number) => {
    if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return inner.write(value, revision);
  },
};

beforeEach(async () => {
  full = false;
  inner.saved = null;
  const keeper = createStateKeeper({ vault, origin: location.origin });
  backend.use(http.all('/api/*', async ({ request }) => keeper.handle(request)));
  await sandboxStore.refresh();
});

describe('a change the browser has no room to save', () => {
  it.each(LOCALES)('is refused with why and what to do (%s), and nothing saved changes', async (locale) => {
    const t = SANDBOX_MESSAGES[locale];
    sandboxStore.locale = locale;
    const app = await mount('impact-sandbox', { locale });
    app.screen = 'api';
    const enable = page.getByRole('button', { name: t.enableLegacyTokens, exact: true });
    await expect.element(enable).toBeVisible();
    const before = structuredClone(vault.saved);
    full = true;
    await userEvent.click(enable);
    await expect.element(page.getByText(`${t.requestFailed}${t.storageFull}`)).toBeVisible();
    await expect.element(enable).toBeVisible();
    expect(vault.saved).toEqual(before);
    // With room again, the same click works.
    full = false;
    await userEvent.click(enable);
    await expect.element(page.getByRole('button', { name: t.legacyAccountTokens, exact: true })).toBeVisible();
  });
});
