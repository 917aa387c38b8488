/**
 * Node-only: the pages collection read without Astro (for tests, the bench and tools), the way
 * Astro's build reads it (src/content.config.ts): the same files and ids and schema
 * (src/page-schema.ts), the front matter split off by the same function @astrojs/mdx's content
 * entry type calls, and the body trimmed as it trims it. The pseudo-locale's pages are a test
 * build's output, not source pages: they are not read here.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { PAGE_FILES, pageFrontMatter, pageId } from '../page-schema.ts';
import { buildAskIndex } from './build-index.ts';
import type { SourcePage } from './source.ts';
import type { AskIndexData } from './types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Folder by folder, by name: the order a walk of the folders gives, whatever the glob's is. */
function byFolders(a: string[], b: string[]): number {
  const at = a.findIndex((segment, index) => segment !== b[index]);
  return at < 0 ? a.length - b.length : (b[at] ?? '') < a[at]! ? 1 : -1;
}

/**
 * A page file read as @astrojs/mdx's content entry type reads it (getEntryInfo): the front
 * matter blanked out, then the body trimmed; and the file's line the body starts on.
 */
export function readPageFile(raw: string): { frontmatter: Record<string, unknown>; body: string; bodyLine: number } {
  const { frontmatter, content } = parseFrontmatter(raw, { frontmatter: 'empty-with-spaces' });
  const start = content.length - content.trimStart().length;
  return { frontmatter, body: content.trim(), bodyLine: content.slice(0, start).split('\n').length };
}

/** The pages under `root`'s content/ folder (the project's by default). */
export function loadContentPages(root = ROOT): SourcePage[] {
  return globSync(PAGE_FILES, { cwd: root })
    .map((file) => file.split(sep))
    .sort(byFolders)
    .map((segments) => {
      const file = segments.join('/');
      const { frontmatter, body } = readPageFile(readFileSync(join(root, file), 'utf8'));
      const data = pageFrontMatter.safeParse(frontmatter);
      if (!data.success) throw new Error(`${file}: front matter: ${data.error.message}`);
      return { path: `/${pageId(file)}`, body, data: data.data };
    });
}

export async function buildIndexFromContent(root = ROOT): Promise<AskIndexData> {
  return buildAskIndex(loadContentPages(root));
}
