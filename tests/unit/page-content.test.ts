/**
 * Pages are read one way: as the build reads them (the MDX integration's reading, the collection's
 * schema, src/page-schema.ts) wherever they are loaded, their embeds found in the MDX syntax tree
 * (src/page-embeds.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContentPages } from '../../src/ask/content.ts';
import { pageEmbeds } from '../../src/page-embeds.ts';
import { pageFrontMatter } from '../../src/page-schema.ts';

const pages = loadContentPages();
const page = (path: string) => pages.find((candidate) => candidate.path.endsWith(path))!;

describe('page embeds', () => {
  it('the guides embed steps and the sandbox; the security pages embed nothing', () => {
    for (const locale of ['partner/what-would-you-like', 'partner/zh/']) {
      const guide = pages.find((candidate) => candidate.path.includes(locale))!;
      expect(pageEmbeds(guide.body)).toMatchObject({ sandbox: true, steps: true });
    }
    expect(pageEmbeds(page('keep-your-access-tokens-secure').body)).toEqual({
      sandbox: false,
      tryRequest: false,
      steps: false,
    });
  });

  it('a component quoted in a code block is no embed', () => {
    const body =
      'How a step is written:\n\n```mdx\n<Sandbox step={1} completes="open-settings" />\n<TryRequest />\n```\n';
    expect(pageEmbeds(body)).toEqual({ sandbox: false, tryRequest: false, steps: false });
    expect(pageEmbeds('<Sandbox step={2} completes="open-api" />\n')).toEqual({
      sandbox: true,
      tryRequest: false,
      steps: true,
    });
  });
});

describe('reading a page', () => {
  it('the Node reader reads each page as the build does: @astrojs/mdx’s own content entry type', async () => {
    let entryType: {
      getEntryInfo?: (file: { contents: string; fileUrl: URL }) => Promise<{ data: unknown; body: string }>;
    } = {};
    const setup = mdx().hooks['astro:config:setup'] as unknown as (params: Record<string, unknown>) => Promise<void>;
    await setup({
      config: {},
      updateConfig: () => {},
      addPageExtension: () => {},
      addRenderer: () => {},
      addContentEntryType: (type: typeof entryType) => (entryType = type),
    });
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const fileUrl = new URL(`../../content${page.path}.mdx`, import.meta.url);
      const build = await entryType.getEntryInfo!({ contents: readFileSync(fileUrl, 'utf8'), fileUrl });
      expect({ path: page.path, body: page.body, data: page.data }).toEqual({
        path: page.path,
        body: build.body,
        data: pageFrontMatter.parse(build.data),
      });
    }
  });
});

describe('front matter', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a page the build would refuse is refused by the Node reader too, naming the file and the field', () => {
    dir = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(dir, 'content', 'partner'), { recursive: true });
    writeFileSync(
      join(dir, 'content', 'partner', 'page.mdx'),
      '---\ntitle: A page\ndescription: Its summary\nlocale: fr\n---\n\nText.\n',
    );
    expect(() => loadContentPages(dir)).toThrow(/page\.mdx: front matter:[\s\S]*locale/);
  });
});
