/** The site's pages from Astro's content collection, in the form the ask modules take. */
import { getCollection } from 'astro:content';
import type { SourcePage } from './source.ts';

export async function sourcePages(): Promise<SourcePage[]> {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ path: `/${page.id}`, body: page.body ?? '', data: page.data }));
}
