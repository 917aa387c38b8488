import { css, html, LitElement } from 'lit';
import { DEFAULT_LOCALE, resolveLocale, type Locale } from '../../../contract/index.ts';
import { MCP_INFO_PATH, MCP_PATH, type McpAvailability, type McpInfo } from '../../../contract/mcp.ts';
import { PAGE_ACTIONS_MESSAGES } from '../../../i18n/page-actions.ts';
import '../impact-menu-button/impact-menu-button.ts';
import type { MenuItem, MenuSelectEvent } from '../impact-menu-button/impact-menu-button.ts';
import { copyIcon } from '../shared/icons.ts';
import { tokens } from '../shared/tokens.styles.ts';

const ASSISTANTS = {
  'open-chatgpt': (prompt: string) => `https://chatgpt.com/?hints=search&q=${encodeURIComponent(prompt)}`,
  'open-claude': (prompt: string) => `https://claude.ai/new?q=${encodeURIComponent(prompt)}`,
} as const;

/**
 * @summary The page actions GitBook readers know, as a WAI-ARIA menu button: copy the page as
 * Markdown, view it as Markdown, open it in ChatGPT or Claude, copy the MCP server's address.
 * @tag impact-page-actions
 *
 * What an action did is said in a status line (copied, how to connect over MCP, or that the
 * MCP server needs `npm start` on a static host). Without `mcp`, the element reads `/mcp.json`
 * once: `npm start` answers it saying the server is available, a static host serves the built
 * file that says it needs `npm start`.
 *
 * @attr locale - The labels' language: a locale of the site.
 * @attr {string} markdown-url - The page's Markdown address (`<page>.md`).
 * @attr {string} mcp-url - The MCP endpoint (default `/mcp`).
 * @attr {'available' | 'needs-server'} mcp - Whether the MCP server runs here (found out when absent).
 * @csspart status - The line that says what an action did.
 * @cssprop [--impact-color-border=#c9ced8] - The menu button's border.
 * @cssprop [--impact-color-text=#1d2433] - The status line's text.
 */
export class ImpactPageActions extends LitElement {
  static override properties = {
    locale: {},
    markdownUrl: { attribute: 'markdown-url' },
    mcpUrl: { attribute: 'mcp-url' },
    mcp: { reflect: true },
    status: { state: true },
  };

  declare locale: Locale;
  declare markdownUrl: string;
  declare mcpUrl: string;
  declare mcp: McpAvailability | null;
  declare status: string;

  constructor() {
    super();
    this.locale = DEFAULT_LOCALE;
    this.markdownUrl = '';
    this.mcpUrl = MCP_PATH;
    this.mcp = null;
    this.status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.mcp) void this.findMcp();
  }

  private async findMcp(): Promise<void> {
    try {
      const info = (await (await fetch(MCP_INFO_PATH)).json()) as McpInfo;
      this.mcp ??= info.mcp === 'available' ? 'available' : 'needs-server';
    } catch {
      this.mcp ??= 'needs-server';
    }
  }

  private get messages() {
    return PAGE_ACTIONS_MESSAGES[resolveLocale(this.locale)];
  }

  private absolute(url: string): string {
    return new URL(url, location.href).href;
  }

  private get items(): MenuItem[] {
    const labels = this.messages;
    return [
      { id: 'copy-page', label: labels.copyPage },
      { id: 'view-markdown', label: labels.viewMarkdown },
      { id: 'open-chatgpt', label: labels.openChatGpt },
      { id: 'open-claude', label: labels.openClaude },
      { id: 'copy-mcp', label: this.mcp === 'needs-server' ? labels.mcpNeedsServer : labels.copyMcp },
    ];
  }

  private async copy(text: Promise<string> | string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(await text);
      this.status = done;
    } catch {
      this.status = this.messages.copyFailed;
    }
  }

  private async onSelect(event: MenuSelectEvent): Promise<void> {
    const labels = this.messages;
    const markdown = this.absolute(this.markdownUrl);
    const id = event.detail.id;
    // A status says what happened; cleared first so the same message is announced again.
    this.status = '';
    await this.updateComplete;
    if (id === 'copy-page') {
      const text = fetch(markdown).then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      });
      await this.copy(text, labels.pageCopied);
    } else if (id === 'view-markdown') {
      window.open(markdown, '_blank', 'noopener');
    } else if (id === 'open-chatgpt' || id === 'open-claude') {
      window.open(ASSISTANTS[id](labels.assistantPrompt(markdown)), '_blank', 'noopener');
    } else if (id === 'copy-mcp') {
      if (this.mcp === 'needs-server') this.status = labels.mcpStatic;
      else await this.copy(this.absolute(this.mcpUrl), labels.mcpCopied(this.absolute(this.mcpUrl)));
    }
  }

  override render() {
    return html`
      <impact-menu-button
        .label=${this.messages.button}
        .items=${this.items}
        .icon=${copyIcon}
        align="end"
        @impact-menu-select=${this.onSelect}
      ></impact-menu-button>
      <p role="status" part="status" class="status">${this.status}</p>
    `;
  }

  static override styles = [
    tokens,
    css`
      :host {
        display: inline-flex;
        flex-direction: column;
        align-items: flex-end;
        gap: 0.25em;
        font-size: 0.9em;
      }
      impact-menu-button::part(button) {
        border-color: var(--_color-border);
      }
      .status {
        margin: 0;
        max-width: 36em;
        color: var(--_color-text);
        overflow-wrap: anywhere;
      }
    `,
  ];
}

customElements.define('impact-page-actions', ImpactPageActions);

declare global {
  interface HTMLElementTagNameMap {
    'impact-page-actions': ImpactPageActions;
  }
}
