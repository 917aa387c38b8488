import type { APIRoute } from 'astro';
import { openApiDocument } from '../contract/openapi.ts';

/** The sandbox APIs' OpenAPI 3.1 document, as a static file: a plain static host serves it too. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(openApiDocument(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
