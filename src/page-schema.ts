/**
 * A page's front matter, checked the same way wherever pages are read: by Astro's collection
 * (src/content.config.ts) and by the Node reader for tests and tools (src/ask/content.ts).
 */
import { z } from 'astro/zod';
import { LOCALES } from './contract/locale.ts';

export const pageFrontMatter = z.object({
  title: z.string(),
  description: z.string(),
  locale: z.enum(LOCALES),
  /** The live page this one mirrors, for reference. */
  source: z.url().optional(),
  /** Questions the page answers, per locale: the `?ask=` lookups offer them as suggestions (tests check each is answered). */
  questions: z.partialRecord(z.enum(LOCALES), z.array(z.string())).optional(),
});
