import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageFrontMatter } from './page-schema.ts';

/** Every page of the site is an MDX file under content/, at its real help-center path. */
const pages = defineCollection({
  // The pseudo-locale's pages, in test builds only, are made from the source pages (build/pseudo-content.ts).
  loader: glob({
    pattern: ['content/**/*.mdx', '.pseudo-locale/content/**/*.mdx'],
    base: '.',
    generateId: ({ entry }) => entry.replace(/^(\.pseudo-locale\/)?content\//, '').replace(/\.mdx$/, ''),
  }),
  schema: pageFrontMatter,
});

export const collections = { pages };
