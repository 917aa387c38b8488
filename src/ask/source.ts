/**
 * Content pages as GitBook serves them to agents: the MDX parsed once (src/page-mdx.ts: remark + remark-mdx +
 * remark-gfm), then rendered to plain markdown for `<page>.md` and cut into the passages the
 * `?ask=` index searches (one per paragraph, step, sub-point and table row).
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Parent, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Locale } from '../contract/index.ts';
import { ASK_REPLY_MESSAGES } from '../i18n/ask-reply.ts';
import { parseMdx } from '../page-mdx.ts';
import { splitSentences } from './text.ts';
import type { AskChunk, ChunkKind } from './types.ts';

export interface SourcePage {
  /** HTML path, e.g. `/partner/zh/…/manage-legacy-api-tokens-as-a-partner`. */
  path: string;
  /** The MDX body, frontmatter excluded. */
  body: string;
  data: { title: string; description: string; locale: Locale; questions?: Partial<Record<Locale, string[]>> };
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isComponent = (node: Nodes): boolean => isJsx(node) && /^[A-Z]/.test(node.name ?? '');

function attribute(node: JsxElement, name: string): string | undefined {
  for (const attr of node.attributes)
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  return undefined;
}

const start = (node: Nodes) => node.position!.start.offset!;
const end = (node: Nodes) => node.position!.end.offset!;

/** Renders MDX source to plain markdown: components become markdown, everything else stays as written. */
class MarkdownRenderer {
  private readonly source: string;
  private readonly locale: Locale;

  constructor(source: string, locale: Locale) {
    this.source = source;
    this.locale = locale;
  }

  /** The source from `from` to `to` inside `node`, with its components rendered. */
  range(node: Nodes, from: number, to: number): string {
    const parts: string[] = [];
    let cursor = from;
    for (const component of this.components(node)) {
      if (start(component) < from || end(component) > to) continue;
      parts.push(this.source.slice(cursor, start(component)), this.component(component));
      cursor = end(component);
    }
    parts.push(this.source.slice(cursor, to));
    return parts.join('');
  }

  node(node: Nodes): string {
    return this.range(node, start(node), end(node));
  }

  /** The outermost components inside a node, in source order. */
  private components(node: Nodes): JsxElement[] {
    if (!('children' in node)) return [];
    return node.children.flatMap((child) => (isJsx(child) && isComponent(child) ? [child] : this.components(child)));
  }

  private component(node: JsxElement): string {
    switch (node.name) {
      case 'Hint': {
        if (node.children.length === 0) return '';
        const inner = this.range(node, start(node.children[0]!), end(node.children.at(-1)!));
        const indent = ' '.repeat(node.position!.start.column - 1);
        return inner
          .split('\n')
          .map((line, index) => `${index === 0 ? '' : indent}> ${line.trim()}`.trimEnd())
          .join('\n');
      }
      case 'Icon':
        return attribute(node, 'label') ?? '';
      case 'Sandbox':
        return ASK_REPLY_MESSAGES[this.locale].sandboxNote;
      case 'TryRequest':
        return ASK_REPLY_MESSAGES[this.locale].tryRequestNote;
      default:
        throw new Error(`No markdown form for the MDX component <${node.name}>: add one to src/ask/source.ts.`);
    }
  }
}

/** The page as GitBook's `.md`: a pointer to llms.txt, the title, the content, the ask footer. */
export function pageMarkdown(page: SourcePage): string {
  const tree = parseMdx(page.body);
  const content = new MarkdownRenderer(page.body, page.data.locale).node(tree).trim();
  return [
    '> Documentation index: [/llms.txt](/llms.txt) lists every page of this site; [/llms-full.txt](/llms-full.txt) holds them all.',
    '',
    `# ${page.data.title}`,
    '',
    content,
    '',
    '---',
    '',
    '# Agent Instructions: Querying This Documentation',
    '',
    'If you need additional information that is not directly available in this page, you can query the documentation dynamically by asking a question.',
    '',
    'Perform an HTTP GET request on the current page URL with the `ask` query parameter:',
    '',
    '```',
    `GET ${page.path}.md?ask=<question>`,
    '```',
    '',
    'The question should be specific, self-contained, and written in natural language.',
    'The response will contain a direct answer to the question and relevant excerpts and sources from the documentation.',
    '',
  ].join('\n');
}

/** Plain text of a node for sentences, as the page reads: an icon is its text alternative, a widget nothing. */
function plainText(node: Nodes): string {
  if (isJsx(node) && isComponent(node)) return node.name === 'Icon' ? (attribute(node, 'label') ?? '') : '';
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** Words around a link that still leave a paragraph nothing but the link ("Back to", "返回"). */
const LINK_LEAD_CHARS = 12;

function onlyALink(paragraph: Extract<RootContent, { type: 'paragraph' }>): boolean {
  const links = paragraph.children.filter((child) => child.type === 'link');
  if (links.length === 0) return false;
  const linked = links.map((link) => plainText(link)).join('');
  return plainText(paragraph).replace(/\s+/g, '').length - linked.replace(/\s+/g, '').length <= LINK_LEAD_CHARS;
}

/** Cuts a page into passages, each naming its section and anchor. */
export function pageChunks(page: SourcePage): AskChunk[] {
  const tree = parseMdx(page.body);
  const render = new MarkdownRenderer(page.body, page.data.locale);
  const slugger = new GithubSlugger();
  const chunks: AskChunk[] = [];
  let section = { name: page.data.title, anchor: '' };

  const add = (kind: ChunkKind, markdown: string, text: string, step?: number, columns?: string[]) => {
    const sentences = splitSentences(text);
    if (sentences.length === 0) return;
    chunks.push({
      id: `${page.path}#${chunks.length}`,
      page: page.path,
      kind,
      section: section.name,
      anchor: section.anchor,
      ...(step === undefined ? {} : { step }),
      ...(columns ? { columns } : {}),
      markdown: markdown.trim(),
      sentences,
    });
  };

  /** A list item's own text: its paragraphs, without nested lists or widgets. */
  const ownParagraphs = (item: Parent) => item.children.filter((child) => child.type === 'paragraph');

  const addList = (list: Extract<RootContent, { type: 'list' }>) => {
    list.children.forEach((item, index) => {
      const paragraphs = ownParagraphs(item);
      if (paragraphs.length === 0) return;
      const markdown = paragraphs.map((paragraph) => render.node(paragraph)).join('\n\n');
      const text = paragraphs.map(plainText).join(' ');
      // "1. **A titled point.** …" lists practices; other ordered lists are procedures.
      const titled = paragraphs[0]!.children[0]?.type === 'strong';
      const number = (list.start ?? 1) + index;
      if (!list.ordered || titled) {
        add('item', markdown, text);
        // A point's own sub-points ("Withdrawal Frequency:" → Automatic, Manual) are points too.
        for (const nested of item.children) if (nested.type === 'list') addList(nested);
        return;
      }
      add('step', markdown, text, number);
      for (const nested of item.children) {
        if (nested.type !== 'list') continue;
        for (const subItem of nested.children) {
          const subParagraphs = ownParagraphs(subItem);
          add(
            'substep',
            subParagraphs.map((paragraph) => render.node(paragraph)).join('\n\n'),
            subParagraphs.map(plainText).join(' '),
            number,
          );
        }
      }
    });
  };

  // A cell's own content, without the table's pipes.
  const cellMarkdown = (cell: Table['children'][number]['children'][number]) =>
    cell.children.length ? render.range(cell, start(cell.children[0]!), end(cell.children.at(-1)!)).trim() : '';

  const addTable = (table: Table) => {
    const columns = (table.children[0]?.children ?? []).map((cell) => plainText(cell).trim()).filter(Boolean);
    for (const row of table.children.slice(1)) {
      const [label, ...cells] = row.children;
      if (!label) continue;
      const labelText = plainText(label).trim();
      const description = cells.map(plainText).join(' ').trim();
      const separator = ASK_REPLY_MESSAGES[page.data.locale].labelSeparator;
      const markdown = `${cellMarkdown(label)}${separator}${cells.map(cellMarkdown).join(' ')}`;
      add('row', markdown, `${labelText}${separator}${description}`, undefined, columns);
    }
  };

  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const name = toString(node);
        section = { name, anchor: slugger.slug(name) };
      } else if (node.type === 'paragraph') {
        // A paragraph that is only a link to another page ("Back to …") says nothing of its own.
        if (onlyALink(node)) continue;
        add(chunks.length === 0 && section.anchor === '' ? 'intro' : 'paragraph', render.node(node), plainText(node));
      } else if (node.type === 'list') {
        addList(node);
      } else if (node.type === 'table') {
        addTable(node);
      } else if (isJsx(node) && node.name === 'Hint') {
        const paragraphs = node.children;
        if (paragraphs.length)
          add(
            'hint',
            render.range(node, start(paragraphs[0]!), end(paragraphs.at(-1)!)),
            paragraphs.map(plainText).join(' '),
          );
      } else if (isJsx(node) && node.name === 'details') {
        const summary = node.children.find(
          (child) =>
            child.type === 'paragraph' && child.children.some((inline) => isJsx(inline) && inline.name === 'summary'),
        );
        const outer = section;
        if (summary) {
          // Links go to the block's own id when the page gives it one, else to the enclosing section.
          section = { name: toString(summary).trim(), anchor: attribute(node, 'id') ?? outer.anchor };
        }
        visit(node.children.filter((child) => child !== summary));
        section = outer;
      } else if (isJsx(node) && !isComponent(node)) {
        visit(node.children as RootContent[]);
      }
    }
  };
  visit(tree.children);
  return chunks;
}
