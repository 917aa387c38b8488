/**
 * The build writes the widgets' custom-elements manifest next to the site, for tools and host
 * pages. What it says of each element is the unit test's (tests/unit/custom-elements-manifest.test.ts);
 * here: the site serves the file the build wrote, and it lists every element the source defines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Every tag a module in src/ defines (`customElements.define('impact-…', …)`). */
function definedTags(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return definedTags(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/customElements\.define\(\s*'([a-z-]+)'/g)].map(
      (match) => match[1]!,
    );
  });
}

test('the built site serves /custom-elements.json listing every element', async ({ request }) => {
  const response = await request.get('/custom-elements.json');
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> };
  expect(manifest).toEqual(JSON.parse(readFileSync(join(ROOT, 'dist', 'custom-elements.json'), 'utf8')));
  const tags = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => declaration.tagName ?? []);
  const defined = definedTags();
  expect(defined.length).toBeGreaterThan(0);
  expect(tags.sort()).toEqual(defined.sort());
});
