/**
 * Which widgets a page embeds, read from its MDX syntax tree (the one MDX reading, src/ask/source.ts's
 * parseMdx), not by pattern: a `<Sandbox>` quoted in a code block or a comment is no embed.
 */
import type { Nodes } from 'mdast';
import { parseMdx } from './ask/source.ts';

export interface PageEmbeds {
  /** A `<Sandbox>` or `<TryRequest>`: the page loads the sandbox and shows its console. */
  sandbox: boolean;
  /** A `<TryRequest>` in the article itself (otherwise the console carries one). */
  tryRequest: boolean;
  /** A `<Sandbox step=…>`: the page is a guide with steps. */
  steps: boolean;
}

export function pageEmbeds(body: string): PageEmbeds {
  const found: PageEmbeds = { sandbox: false, tryRequest: false, steps: false };
  const visit = (node: Nodes) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'TryRequest') found.sandbox = found.tryRequest = true;
      if (node.name === 'Sandbox') {
        found.sandbox = true;
        if (node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'step'))
          found.steps = true;
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMdx(body));
  return found;
}
