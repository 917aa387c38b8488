import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LOCALES } from './contract/locale.ts';

/** Every page of the site is an MDX file under content/, at its real help-center path. */
const pages = defineCollection({
  // The pseudo-locale's pages, in test builds only, are made from the source pages (build/pseudo-content.ts).
  loader: glob({
    pattern: ['content/**/*.mdx', '.pseudo-locale/content/**/*.mdx'],
    base: '.',
    generateId: ({ entry }) => entry.replace(/^(\.pseudo-locale\/)?content\//, '').replace(/\.mdx$/, ''),
  }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    locale: z.enum(LOCALES),
    /** The live page this one mirrors, for reference. */
    source: z.url().optional(),
    /** Questions the page answers, per locale: the `?ask=` lookups offer them as suggestions (tests check each is answered). */
    questions: z.partialRecord(z.enum(LOCALES), z.array(z.string())).optional(),
  }),
});

export const collections = { pages };
