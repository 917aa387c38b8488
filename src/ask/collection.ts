/**
 * The site's pages from Astro's content collection, in the form the ask modules take (at build
 * time; tests and tools read the same collection through src/ask/content.ts).
 */
import { getCollection } from 'astro:content';
import { isOneOf, TRANSLATED_LOCALES } from '../contract/index.ts';
import type { SourcePage } from './source.ts';

export async function sourcePages(): Promise<SourcePage[]> {
  const pages = await getCollection('pages');
  // The pseudo-locale (test builds only) has pages, but nothing to ask or read as markdown.
  return pages
    .filter((page) => isOneOf(TRANSLATED_LOCALES, page.data.locale))
    .map((page) => ({ path: `/${page.id}`, body: page.body ?? '', data: page.data }));
}
