/**
 * The docs side of the MCP server, read-only over the built site: `ask` goes through the very
 * `?ask=` handler `npm start` answers with (same engine, same reply, sources included), pages
 * are the `.md` files `/llms.txt` lists, each one also a resource; and a prompt that walks an
 * agent through the guide's steps with the sandbox tools.
 */
import { readFileSync } from 'node:fs';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { resolveLocale, type Locale, localeFromPath } from '../../src/contract/index.ts';
import { SANDBOX_MESSAGES } from '../../src/i18n/sandbox.ts';
import { GUIDE_PATHS } from '../../src/site.ts';
import { localeInput, questionInput } from './schemas.ts';
import { wordsFor } from './words.ts';

/** The `?ask=` handler server/serve.ts built (src/ask/http.ts): Request in, Response (or null) out. */
export type AskHandler = (request: Request) => Promise<Response | null>;

interface SitePage {
  path: string;
  title: string;
  description: string;
  locale: Locale;
}

/** The pages `/llms.txt` lists (`- [Title](/path.md): description`): the site's own index of them. */
function readSitePages(distDir: string): SitePage[] {
  const index = readFileSync(`${distDir}/llms.txt`, 'utf8');
  return [...index.matchAll(/^- \[(.+)\]\((\/[^)\s]+)\.md\): (.*)$/gm)].map(
    ([, title = '', path = '', description = '']) => ({
      path,
      title,
      description,
      locale: localeFromPath(path),
    }),
  );
}

/** A page named by path, `.md` path or full URL; only the listed pages can be read. */
function findPage(pages: SitePage[], named: string): SitePage | undefined {
  let path = named.trim();
  if (URL.canParse(path)) path = new URL(path).pathname;
  path = path.replace(/\.md$/, '').replace(/\/+$/, '');
  return pages.find((page) => page.path === path);
}

export function registerDocsTools(
  server: McpServer,
  { distDir, origin, ask }: { distDir: string; origin: string; ask: AskHandler },
): void {
  const pages = readSitePages(distDir);
  const markdownOf = (page: SitePage) => readFileSync(`${distDir}${page.path}.md`, 'utf8');
  const unknownPage = (named: string) => ({
    content: [
      {
        type: 'text' as const,
        text: `No page "${named.slice(0, 200)}". Pages: ${pages.map((page) => page.path).join(', ')} (list_pages).`,
      },
    ],
    isError: true,
  });

  server.registerTool(
    'list_pages',
    {
      title: 'List pages',
      description: "The site's pages (title, path, Markdown URL, description), in one language or both.",
      inputSchema: { locale: localeInput.describe('Only the pages in this language; both when omitted.') },
      annotations: { readOnlyHint: true },
    },
    async ({ locale }) => {
      const listed = pages
        .filter((page) => !locale || page.locale === locale)
        .map((page) => ({ ...page, markdownUrl: `${origin}${page.path}.md` }));
      return {
        content: [
          {
            type: 'text',
            text: listed.map((page) => `- [${page.title}](${page.markdownUrl}): ${page.description}`).join('\n'),
          },
        ],
        structuredContent: { pages: listed },
      };
    },
  );

  server.registerTool(
    'read_page',
    {
      title: 'Read a page as Markdown',
      description: 'A page as Markdown (what <page>.md serves), by path, .md path or URL (list_pages names them).',
      inputSchema: {
        page: z
          .string()
          .min(1)
          .max(500)
          .describe('e.g. ' + GUIDE_PATHS.en),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ page: named }) => {
      const page = findPage(pages, named);
      if (!page) return unknownPage(named);
      return { content: [{ type: 'text', text: markdownOf(page) }] };
    },
  );

  server.registerTool(
    'ask',
    {
      title: 'Ask the docs',
      description:
        'Answer a question from the documentation: the same reply as GET <page>.md?ask=<question> (the answer first, excerpts, follow-up questions, sources).',
      inputSchema: {
        question: questionInput,
        page: z
          .string()
          .max(500)
          .optional()
          .describe('The page asked from (its context); default: the guide in `locale`.'),
        goal: z.string().max(1000).optional().describe('What you are trying to do, when it helps the answer.'),
        locale: localeInput,
      },
      annotations: { readOnlyHint: true },
    },
    async ({ question, page: named, goal, locale }) => {
      const page = named ? findPage(pages, named) : undefined;
      if (named && !page) return unknownPage(named);
      const url = new URL(`${origin}${page?.path ?? GUIDE_PATHS[resolveLocale(locale)]}.md`);
      url.searchParams.set('ask', question);
      if (goal) url.searchParams.set('goal', goal);
      const fetchAs = async (accept: string) => {
        const response = await ask(new Request(url, { headers: { Accept: accept } }));
        if (!response) throw new Error('The ask handler did not answer.');
        return response;
      };
      const [markdown, json] = await Promise.all([fetchAs('text/markdown'), fetchAs('application/json')]);
      return {
        content: [{ type: 'text', text: await markdown.text() }],
        structuredContent: (await json.json()) as Record<string, unknown>,
        ...(markdown.ok ? {} : { isError: true }),
      };
    },
  );

  for (const page of pages) {
    server.registerResource(
      page.path,
      `${origin}${page.path}.md`,
      { title: page.title, description: page.description, mimeType: 'text/markdown' },
      async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: markdownOf(page) }] }),
    );
  }

  server.registerPrompt(
    'follow_the_guide',
    {
      title: 'Follow the guide in the sandbox',
      description: "Walks through 'Manage legacy API tokens as a partner' step by step with this session's sandbox.",
      argsSchema: {
        locale: localeInput.describe("The guide's language, as the guide has it (default: en)."),
      },
    },
    ({ locale }) => {
      const language = resolveLocale(locale);
      const guide = pages.find((page) => page.path === GUIDE_PATHS[language]);
      const text = wordsFor(language).mcp.walkthrough(
        guide?.title ?? GUIDE_PATHS[language],
        SANDBOX_MESSAGES[language],
      );
      return {
        messages: [
          { role: 'user', content: { type: 'text', text: text.join('\n') } },
          ...(guide
            ? [
                {
                  role: 'user' as const,
                  content: {
                    type: 'resource' as const,
                    resource: { uri: `${origin}${guide.path}.md`, mimeType: 'text/markdown', text: markdownOf(guide) },
                  },
                },
              ]
            : []),
        ],
      };
    },
  );
}
