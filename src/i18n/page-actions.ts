/**
 * The page actions menu (`<impact-page-actions>`), per locale: what GitBook's readers find on every
 * page (copy it as Markdown, view it as Markdown, open it in an assistant, connect over MCP), and
 * the one-line "how to connect" shown when the MCP address is copied.
 */
import type { Locale } from '../contract/index.ts';

const zh = {
  button: '页面操作',
  copyPage: '复制页面',
  viewMarkdown: '以 Markdown 查看',
  openChatGpt: '在 ChatGPT 中打开',
  openClaude: '在 Claude 中打开',
  copyMcp: '复制 MCP 服务器地址',
  mcpNeedsServer: 'MCP 服务器（需要 npm start）',
  /** The prompt an assistant gets: it names the page's Markdown address. */
  assistantPrompt: (url: string) => `请阅读 ${url}，然后回答我关于这一页的问题。`,
  pageCopied: '已将本页以 Markdown 复制。',
  copyFailed: '无法复制，请改用“以 Markdown 查看”。',
  mcpCopied: (url: string) =>
    `已复制 MCP 服务器地址 ${url}。连接方式：Claude Code 运行 claude mcp add --transport http legacy-tokens ${url}；VS Code、Cursor 等客户端把它添加为 HTTP（Streamable HTTP）MCP 服务器。`,
  mcpStatic:
    'MCP 服务器需要 npm start：此站点由静态主机提供，没有服务器在运行它。请在本地运行 npm start，然后连接 http://127.0.0.1:4321/mcp。',
};

export type PageActionsMessages = typeof zh;

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

export const PAGE_ACTIONS_MESSAGES: Record<Locale, PageActionsMessages> = { zh, en };
