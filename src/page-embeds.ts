/**
 * Which widgets a page embeds, read from its MDX elements (the one MDX reading, src/page-mdx.ts),
 * not by pattern: a `<Sandbox>` quoted in a code block or a comment is no embed.
 */
import { elementsNamed, readMdx } from './page-mdx.ts';

export interface PageEmbeds {
  /** A `<Sandbox>` or `<TryRequest>`: the page loads the sandbox and shows its console. */
  sandbox: boolean;
  /** A `<TryRequest>` in the article itself (otherwise the console carries one). */
  tryRequest: boolean;
  /** A `<Sandbox step=…>`: the page is a guide with steps. */
  steps: boolean;
}

export function pageEmbeds(body: string): PageEmbeds {
  const reading = readMdx(body);
  const sandboxes = elementsNamed(reading, 'Sandbox');
  const tryRequest = elementsNamed(reading, 'TryRequest').length > 0;
  return {
    sandbox: sandboxes.length > 0 || tryRequest,
    tryRequest,
    steps: sandboxes.some((element) => 'step' in element.attributes),
  };
}
