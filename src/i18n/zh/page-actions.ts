/** PAGE_ACTIONS_MESSAGES's zh table, the source locale's: every other locale's is typed against it (./page-actions.ts). */

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

export default zh;
