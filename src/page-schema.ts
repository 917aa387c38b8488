/**
 * The pages collection, defined once: where its files are, each page's id, and its front matter's
 * schema. Astro's glob loader reads it for the build (src/content.config.ts); the Node reader for
 * tests and tools (src/ask/content.ts) reads the same files the same way, without Astro.
 */
import { z } from 'astro/zod';
import { LOCALES } from './contract/locale.ts';

/** The pages' files, relative to the project (Astro's root): each at its real help-center path. */
export const PAGE_FILES = 'content/**/*.mdx';

/** Where a test build writes the pseudo-locale's pages (build/pseudo-content.ts), as content/ beside content/. */
export const PSEUDO_CONTENT_DIR = '.pseudo-locale';

/** A page's id (its path without the leading slash) from its file relative to the root. */
export function pageId(file: string): string {
  const inContent = file.startsWith(`${PSEUDO_CONTENT_DIR}/`) ? file.slice(PSEUDO_CONTENT_DIR.length + 1) : file;
  return inContent.replace(/^content\//, '').replace(/\.mdx$/, '');
}

export const pageFrontMatter = z.object({
  title: z.string(),
  description: z.string(),
  locale: z.enum(LOCALES),
  /** The live page this one mirrors, for reference. */
  source: z.url().optional(),
  /** Questions the page answers, per locale: the `?ask=` lookups offer them as suggestions (tests check each is answered). */
  questions: z.partialRecord(z.enum(LOCALES), z.array(z.string())).optional(),
});
