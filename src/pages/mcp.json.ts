import type { APIRoute } from 'astro';
import { MCP_INFO } from '../contract/mcp.ts';

/**
 * What a static host says about the MCP server: it needs `npm start` (which answers this address
 * itself, saying it is available). The page actions read it, so neither host logs a failed request.
 */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(MCP_INFO.staticHost, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
