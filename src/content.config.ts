import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PAGE_FILES, pageFrontMatter, pageId, PSEUDO_CONTENT_DIR } from './page-schema.ts';

/** Every page of the site is an MDX file under content/, at its real help-center path. */
const pages = defineCollection({
  // The pseudo-locale's pages, in test builds only, are made from the source pages (build/pseudo-content.ts).
  loader: glob({
    pattern: [PAGE_FILES, `${PSEUDO_CONTENT_DIR}/${PAGE_FILES}`],
    base: '.',
    generateId: ({ entry }) => pageId(entry),
  }),
  schema: pageFrontMatter,
});

export const collections = { pages };
