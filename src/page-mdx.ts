/**
 * The one reading of a page's MDX: its syntax tree (remark + remark-mdx + remark-gfm, the parser
 * family @astrojs/mdx compiles it with) and the JSX elements in it with their attributes, in
 * source order. The embeds (src/page-embeds.ts), the label check (src/sandbox/guided/label-check.ts),
 * the screenshot plan, the pseudo-locale's pages and the `.md` pages and passages
 * (src/ask/source.ts) all read a page through it, so a `<Sandbox>` quoted in a code block or a
 * comment is no element anywhere, and an attribute reads the same everywhere.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type MdxElementNode = MdxJsxFlowElement | MdxJsxTextElement;

export interface MdxAttribute {
  /** A quoted value as written; an expression's source without its braces (`step={2}` → `2`); '' for a bare name. */
  value: string;
  /** The attribute's own place in the body (`label="More icon"`), to rewrite it in place. */
  start: number;
  end: number;
}

export interface MdxElement {
  /** `Sandbox`, `Hint`, `details`…: components start with a capital. */
  name: string;
  attributes: Readonly<Record<string, MdxAttribute>>;
  /** Where the element is in the body, from `<` to the end of its closing tag. */
  start: number;
  end: number;
  node: MdxElementNode;
}

export interface MdxReading {
  body: string;
  tree: Root;
  /** Every JSX element, nested ones included, in source order. */
  elements: MdxElement[];
}

export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
}

export const isMdxElement = (node: Nodes): node is MdxElementNode =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function attributesOf(node: MdxElementNode): Record<string, MdxAttribute> {
  const attributes: Record<string, MdxAttribute> = {};
  for (const attribute of node.attributes) {
    // `{...props}` spreads name nothing a page could mean.
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { value } = attribute;
    attributes[attribute.name] = {
      value: typeof value === 'string' ? value : (value?.value ?? ''),
      start: attribute.position?.start.offset ?? 0,
      end: attribute.position?.end.offset ?? 0,
    };
  }
  return attributes;
}

/** A page's MDX body, parsed once: its tree and its elements. */
export function readMdx(body: string): MdxReading {
  const tree = parseMdx(body);
  const elements: MdxElement[] = [];
  const visit = (node: Nodes) => {
    if (isMdxElement(node))
      elements.push({
        name: node.name ?? '',
        attributes: attributesOf(node),
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
        node,
      });
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return { body, tree, elements };
}

/** The elements of one name (`Sandbox`), in source order. */
export function elementsNamed(reading: MdxReading, name: string): MdxElement[] {
  return reading.elements.filter((element) => element.name === name);
}

/** Within [from, to) of the body, the source with the elements of one name cut out. */
export function withoutElements(reading: MdxReading, name: string, from: number, to: number): string {
  let text = '';
  let cursor = from;
  for (const element of elementsNamed(reading, name)) {
    if (element.start < cursor || element.end > to) continue;
    text += reading.body.slice(cursor, element.start);
    cursor = element.end;
  }
  return text + reading.body.slice(cursor, to);
}
