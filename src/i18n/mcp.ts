/**
 * What the MCP server's sandbox tools and prompt say (server/mcp/), per locale: only the few
 * sentences no widget says; the app's labels and confirmations come from the widgets' own tables.
 */
import { byLocale } from '../contract/locale.ts';
import en from './en/mcp.ts';
import zh, { type McpMessages } from './zh/mcp.ts';

export type { McpMessages } from './zh/mcp.ts';

export const MCP_MESSAGES = byLocale<McpMessages>({ zh, en });
