import type { APIRoute } from 'astro';
import { sourcePages } from '../ask/collection.ts';
import { llmsIndex } from '../ask/llms.ts';

export const GET: APIRoute = async () =>
  new Response(llmsIndex(await sourcePages()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
