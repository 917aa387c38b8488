/** PAGE_ACTIONS_MESSAGES's en table (./page-actions.ts). */
import type { PageActionsMessages } from '../zh/page-actions.ts';

const en: PageActionsMessages = {
  button: 'Page actions',
  copyPage: 'Copy page',
  viewMarkdown: 'View as Markdown',
  openChatGpt: 'Open in ChatGPT',
  openClaude: 'Open in Claude',
  copyMcp: 'Copy MCP server address',
  mcpNeedsServer: 'MCP server (needs npm start)',
  assistantPrompt: (url: string) => `Read ${url} so I can ask questions about it.`,
  pageCopied: 'Page copied as Markdown.',
  copyFailed: 'Could not copy; use View as Markdown instead.',
  mcpCopied: (url: string) =>
    `MCP server address ${url} copied. To connect: in Claude Code, run claude mcp add --transport http legacy-tokens ${url}; in VS Code, Cursor and other clients, add it as an HTTP (Streamable HTTP) MCP server.`,
  mcpStatic:
    'The MCP server needs npm start: this site comes from a static host, where no server runs it. Run npm start locally, then connect to http://127.0.0.1:4321/mcp.',
};

export default en;
