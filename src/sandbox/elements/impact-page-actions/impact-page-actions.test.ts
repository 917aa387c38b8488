import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PAGE_ACTIONS_MESSAGES } from '../../../i18n/page-actions.ts';
import { expectAccessible, expectFocus, mount } from '../../../../tests/elements/support.ts';
import './impact-page-actions.ts';

const MARKDOWN = '# Manage legacy API tokens as a partner\n\nAny API tokens created before April 2025…\n';
const MARKDOWN_URL = `data:text/markdown;charset=utf-8,${encodeURIComponent(MARKDOWN)}`;
const en = PAGE_ACTIONS_MESSAGES.en;
const zh = PAGE_ACTIONS_MESSAGES.zh;

async function pageActions(attributes: Record<string, string> = {}) {
  return mount('impact-page-actions', { locale: 'en', 'markdown-url': MARKDOWN_URL, mcp: 'available', ...attributes });
}

const menuButton = (name = en.button) => page.getByRole('button', { name });
const item = (name: string) => page.getByRole('menuitem', { name });
const status = () => page.getByRole('status');

/** Opens the menu from the keyboard and chooses the item `steps` down from the first. */
async function chooseByKeyboard(steps: number, name = en.button) {
  menuButton(name).element().focus();
  await userEvent.keyboard('{Enter}');
  for (let step = 0; step < steps; step++) await userEvent.keyboard('{ArrowDown}');
  await userEvent.keyboard('{Enter}');
}

let opened: string[] = [];
const realOpen = window.open;
beforeEach(() => {
  opened = [];
  window.open = ((url?: string | URL) => (opened.push(String(url)), null)) as typeof window.open;
});
afterEach(() => {
  window.open = realOpen;
});

describe('<impact-page-actions>', () => {
  it('is accessible, closed and open, with the five actions in each language', async () => {
    const element = await pageActions();
    await expectAccessible(element);
    await userEvent.click(menuButton());
    await expect.element(page.getByRole('menu', { name: en.button })).toBeVisible();
    const names = [en.copyPage, en.viewMarkdown, en.openChatGpt, en.openClaude, en.copyMcp];
    for (const name of names) await expect.element(item(name)).toBeVisible();
    await expectAccessible(element);

    element.locale = 'zh';
    await element.updateComplete;
    await expect.element(menuButton(zh.button)).toBeVisible();
    for (const name of [zh.copyPage, zh.viewMarkdown, zh.openChatGpt, zh.openClaude, zh.copyMcp])
      await expect.element(item(name)).toBeInTheDocument();
  });

  it('Copy page, from the keyboard: the Markdown is on the clipboard and the status says so; focus returns', async () => {
    await pageActions();
    await navigator.clipboard.writeText('');
    await chooseByKeyboard(0);
    await expect.element(status()).toHaveTextContent(en.pageCopied);
    expect(await navigator.clipboard.readText()).toBe(MARKDOWN);
    await expectFocus(menuButton());
  });

  it('View as Markdown and Open in ChatGPT / Claude open the page’s Markdown URL, in the prompt for the assistants', async () => {
    await pageActions();
    await chooseByKeyboard(1);
    await chooseByKeyboard(2);
    await chooseByKeyboard(3);
    await expect.poll(() => opened.length).toBe(3);
    expect(opened[0]).toBe(MARKDOWN_URL);
    const [chatGpt, claude] = opened.slice(1).map((url) => new URL(url));
    expect(chatGpt!.origin).toBe('https://chatgpt.com');
    expect(claude!.origin + claude!.pathname).toBe('https://claude.ai/new');
    for (const url of [chatGpt!, claude!]) expect(url.searchParams.get('q')).toBe(en.assistantPrompt(MARKDOWN_URL));
  });

  it('Copy MCP server address: the absolute /mcp address on the clipboard, with how to connect', async () => {
    await pageActions();
    await chooseByKeyboard(4);
    const address = new URL('/mcp', location.href).href;
    await expect.element(status()).toHaveTextContent(en.mcpCopied(address));
    expect(await navigator.clipboard.readText()).toBe(address);
  });

  it('on a static host the MCP item says it needs npm start, and choosing it explains, copying nothing', async () => {
    await pageActions({ mcp: 'needs-server', locale: 'zh' });
    await navigator.clipboard.writeText('unchanged');
    await userEvent.click(menuButton(zh.button));
    await userEvent.click(item(zh.mcpNeedsServer));
    await expect.element(status()).toHaveTextContent(zh.mcpStatic);
    expect(await navigator.clipboard.readText()).toBe('unchanged');
  });

  it('without `mcp`, finds out by asking /mcp: the test page’s host has no MCP server', async () => {
    const element = await mount('impact-page-actions', { locale: 'en', 'markdown-url': MARKDOWN_URL });
    await expect.poll(() => element.getAttribute('mcp')).toBe('needs-server');
  });
});
