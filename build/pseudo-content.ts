/**
 * The pseudo-locale's pages (tests only; src/contract/locale.ts): each page of its source locale
 * copied to the pseudo-locale's path under .pseudo-locale/content/, its prose in pseudo text
 * (src/i18n/pseudo.ts) and its links pointing at the pseudo-locale's pages. Code, components and
 * their attributes stay as they are, except an icon's `label`. Written when astro.config.mjs
 * loads; removed when the build has no pseudo-locale.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { visit } from 'unist-util-visit';
import { parse, stringify } from 'yaml';
import { LOCALE_RECORDS, localeFromPath, translatePath, type Locale } from '../src/contract/locale.ts';
import { pseudoAccent, pseudoPadding, pseudoText } from '../src/i18n/pseudo.ts';
import { readMdx } from '../src/page-mdx.ts';
import { PAGE_FILES, pageId, PSEUDO_CONTENT_DIR } from '../src/page-schema.ts';

/** Characters markdown or MDX would read as syntax, escaped in the text put back. */
const escapeMarkdown = (text: string) => text.replace(/[\\[\]*_<>{}`|]/g, '\\$&');

/**
 * The body with each run of prose in pseudo text, each site link pointing at the pseudo-locale's
 * page and each element's `label` in pseudo text, read from the page's MDX (src/page-mdx.ts): its
 * source edited in place, so indentation and escapes stay, and code is left as it is.
 */
export function pseudoBody(body: string, locale: Locale): string {
  const reading = readMdx(body);
  const edits: { start: number; end: number; text: string }[] = [];
  visit(reading.tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text' && /[A-Za-z]/.test(node.value)) {
      const source = body.slice(start, end);
      edits.push({ start, end, text: `\\[${pseudoAccent(source)} ${escapeMarkdown(pseudoPadding(node.value))}\\]` });
    }
    // The destination is the end of the link's source: `[text](/path)`.
    if (node.type === 'link' && node.url.startsWith('/') && body.slice(start, end).endsWith(`(${node.url})`))
      edits.push({ start: end - node.url.length - 1, end: end - 1, text: translatePath(node.url, locale) });
  });
  for (const element of reading.elements) {
    const label = element.attributes.label;
    if (label) edits.push({ start: label.start, end: label.end, text: `label="${pseudoText(label.value)}"` });
  }
  let result = body;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export async function writePseudoContent(root: string): Promise<void> {
  rmSync(join(root, PSEUDO_CONTENT_DIR), { recursive: true, force: true });
  for (const record of LOCALE_RECORDS) {
    if (!record.pseudoOf) continue;
    for (const file of await glob(PAGE_FILES, { cwd: root })) {
      const path = `/${pageId(file)}`;
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
