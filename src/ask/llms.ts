/** `/llms.txt` (every page with its `.md` address) and `/llms-full.txt` (all of them), per llmstxt.org. */
import { pageMarkdown, type SourcePage } from './source.ts';

const SITE_TITLE = 'impact.com Help Center · interactive guide (sandbox)';
const SITE_SUMMARY =
  'A simulation of impact.com help-center pages about legacy API tokens, with a live sandbox. Every page is also available as markdown at its URL + `.md`; add `?ask=<question>` to any page URL for an answer with excerpts and sources.';

const byPath = (pages: SourcePage[]) => [...pages].sort((a, b) => a.path.localeCompare(b.path));

export function llmsIndex(pages: SourcePage[]): string {
  const lines = byPath(pages).map((page) => `- [${page.data.title}](${page.path}.md): ${page.data.description}`);
  return [`# ${SITE_TITLE}`, '', `> ${SITE_SUMMARY}`, '', '## Pages', '', ...lines, ''].join('\n');
}

export function llmsFull(pages: SourcePage[]): string {
  const bodies = byPath(pages).map(
    (page) => `<!-- ${page.path}.md -->\n\n${pageMarkdown(page).split('\n').slice(2).join('\n').trim()}\n`,
  );
  return [`# ${SITE_TITLE}`, '', `> ${SITE_SUMMARY}`, '', ...bodies].join('\n');
}
