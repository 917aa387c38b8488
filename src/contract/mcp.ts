/** Where the MCP server lives (`npm start` only) and what `/mcp.json` says about it on each host. */
export const MCP_PATH = '/mcp';
export const MCP_INFO_PATH = '/mcp.json';

/** The paths server/serve.ts hands to server/mcp/endpoint.ts: the endpoint, and what `/mcp.json` says about it. */
export function isMcpPath(pathname: string): boolean {
  return pathname === MCP_PATH || pathname === MCP_INFO_PATH;
}

export type McpAvailability = 'available' | 'needs-server';

export interface McpInfo {
  mcp: McpAvailability;
  endpoint: string;
  transport: 'streamable-http';
  note: string;
}

const base = { endpoint: MCP_PATH, transport: 'streamable-http' } as const;

export const MCP_INFO: Record<'server' | 'staticHost', McpInfo> = {
  server: { ...base, mcp: 'available', note: 'Connect an MCP client to the endpoint over Streamable HTTP.' },
  staticHost: {
    ...base,
    mcp: 'needs-server',
    note: 'This site comes from a static host: the MCP server runs with npm start (http://127.0.0.1:4321/mcp).',
  },
};
