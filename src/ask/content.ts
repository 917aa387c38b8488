/**
 * Node-only: the content pages read straight from content/ (for tests, the bench and tools that
 * run without Astro). Astro's own build reads the same files through its `glob` loader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { pageFrontMatter } from '../page-schema.ts';
import { buildAskIndex } from './build-index.ts';
import type { SourcePage } from './source.ts';
import type { AskIndexData } from './types.ts';

const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

export function loadContentPages(contentDir = CONTENT_DIR): SourcePage[] {
  return mdxFiles(contentDir).map((file) => {
    const raw = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
    if (!match) throw new Error(`${file}: no frontmatter`);
    const path = `/${relative(contentDir, file)
      .split(sep)
      .join('/')
      .replace(/\.mdx$/, '')}`;
    // The collection's own schema: a page the build would refuse is refused here too, by name.
    const data = pageFrontMatter.safeParse(parseYaml(match[1]!));
    if (!data.success) throw new Error(`${file}: front matter: ${data.error.message}`);
    return { path, body: raw.slice(match[0].length), data: data.data };
  });
}

export async function buildIndexFromContent(contentDir = CONTENT_DIR): Promise<AskIndexData> {
  return buildAskIndex(loadContentPages(contentDir));
}
