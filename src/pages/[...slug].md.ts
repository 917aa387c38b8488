/** Every page as markdown at its URL + `.md`, as GitBook serves it to agents. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sourcePages } from '../ask/collection.ts';
import { pageMarkdown, type SourcePage } from '../ask/source.ts';

export const getStaticPaths = (async () => {
  const pages = await sourcePages();
  return pages.map((page) => ({ params: { slug: page.path.slice(1) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(pageMarkdown((props as { page: SourcePage }).page), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
