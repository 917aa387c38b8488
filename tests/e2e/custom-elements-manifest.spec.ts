/** The build writes the widgets' custom-elements manifest next to the site, for tools and host pages. */
import { expect, test } from '@playwright/test';

test('the built site serves /custom-elements.json listing every element', async ({ request }) => {
  const response = await request.get('/custom-elements.json');
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> };
  const tags = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => declaration.tagName ?? []);
  expect(tags.sort()).toEqual([
    'impact-ask',
    'impact-guide-progress',
    'impact-guide-step',
    'impact-integration',
    'impact-menu-button',
    'impact-page-actions',
    'impact-request-log',
    'impact-sandbox',
    'impact-sandbox-controls',
    'impact-scenario-offer',
    'impact-try-request',
  ]);
});
