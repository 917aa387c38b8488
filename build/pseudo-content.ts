/**
 * The pseudo-locale's pages (tests only; src/contract/locale.ts): each page of its source locale
 * copied to the pseudo-locale's path under .pseudo-locale/content/, its prose in pseudo text
 * (src/i18n/pseudo.ts) and its links pointing at the pseudo-locale's pages. Code, components and
 * their attributes stay as they are, except an icon's `label`. Written when astro.config.mjs
 * loads; removed when the build has no pseudo-locale.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { glob } from 'tinyglobby';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse, stringify } from 'yaml';
import { LOCALE_RECORDS, localeFromPath, translatePath, type Locale } from '../src/contract/locale.ts';
import { pseudoAccent, pseudoPadding, pseudoText } from '../src/i18n/pseudo.ts';

export const PSEUDO_CONTENT_DIR = '.pseudo-locale';

/** Characters markdown or MDX would read as syntax, escaped in the text put back. */
const escapeMarkdown = (text: string) => text.replace(/[\\[\]*_<>{}`|]/g, '\\$&');

/** The body with each run of prose in pseudo text: its source edited in place, so indentation and escapes stay. */
export function pseudoBody(body: string, locale: Locale): string {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  const edits: { start: number; end: number; text: string }[] = [];
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !/[A-Za-z]/.test(node.value)) return;
    const source = body.slice(start, end);
    edits.push({ start, end, text: `\\[${pseudoAccent(source)} ${escapeMarkdown(pseudoPadding(node.value))}\\]` });
  });
  let result = body;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, start) + text + result.slice(end);
  return result
    .replace(/\]\((\/[^)\s]*)\)/g, (_, url: string) => `](${translatePath(url, locale)})`)
    .replace(/\blabel="([^"]*)"/g, (_, label: string) => `label="${pseudoText(label)}"`);
}

export async function writePseudoContent(root: string): Promise<void> {
  rmSync(join(root, PSEUDO_CONTENT_DIR), { recursive: true, force: true });
  for (const record of LOCALE_RECORDS) {
    if (!record.pseudoOf) continue;
    for (const file of await glob('content/**/*.mdx', { cwd: root })) {
      const path = `/${file.slice('content/'.length, -'.mdx'.length)}`;
      if (localeFromPath(path) !== record.pseudoOf) continue;
      const [, frontMatter = '', body = ''] =
        /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(root, file), 'utf8')) ?? [];
      const data = parse(frontMatter) as Record<string, unknown>;
      const pseudoData = {
        title: pseudoText(String(data.title)),
        description: pseudoText(String(data.description)),
        locale: record.code,
      };
      const target = join(root, PSEUDO_CONTENT_DIR, 'content', `${translatePath(path, record.code)}.mdx`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `---\n${stringify(pseudoData)}---\n${pseudoBody(body, record.code)}`);
    }
  }
}
