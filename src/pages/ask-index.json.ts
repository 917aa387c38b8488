/** The `?ask=` index, built from every page at build time and loaded on the first question. */
import type { APIRoute } from 'astro';
import { buildAskIndex } from '../ask/build-index.ts';
import { sourcePages } from '../ask/collection.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildAskIndex(await sourcePages())), { headers: { 'Content-Type': 'application/json' } });
