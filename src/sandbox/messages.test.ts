/**
 * The labels arrive in a chunk per locale (src/i18n/<locale>/widgets.ts): a widget waits for its own
 * language, loads no other, and keeps what it was told meanwhile. (This file provides no tables
 * up front, unlike the other element tests' support: a page store of its own.)
 */
import { expect, it } from 'vitest';
import { SANDBOX_MESSAGES } from '../i18n/sandbox.ts';
import { SandboxStore } from './client-store.ts';
import { provideSandboxStore } from './store-context.ts';
import './elements/impact-sandbox/impact-sandbox.ts';

const store = provideSandboxStore(document.documentElement, new SandboxStore());
const widgetMessages = (locale: 'en' | 'zh') => store.labels.get(locale);

it('a widget draws once its language has loaded, with the attributes it was given meanwhile', async () => {
  expect(widgetMessages('en')).toBeUndefined();
  const app = document.createElement('impact-sandbox');
  app.setAttribute('locale', 'en');
  app.setAttribute('screen', 'overview');
  app.setAttribute('highlight', 'api-credentials');
  document.body.append(app);
  // No sandbox backend here: it waits for the sandbox, in English.
  await expect.poll(() => app.shadowRoot?.textContent ?? '').toContain(SANDBOX_MESSAGES.en.loading);
  expect(widgetMessages('en')?.sandbox.enableLegacyTokens).toBe(SANDBOX_MESSAGES.en.enableLegacyTokens);
  expect(app.getAttribute('screen')).toBe('token');
  expect(app.pointing).toBe('api-credentials');
  expect(widgetMessages('zh')).toBeUndefined();
  app.remove();
});
