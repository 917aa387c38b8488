/**
 * Translation parity, for docs teams: every page exists in every locale, and the translations
 * have the same steps, sub-points, hints, table rows, links and widget embeds, in the same order.
 * A missing or extra one fails with its place ("step 3: zh has …, en has …").
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { loadContentPages } from '../../src/ask/content.ts';
import { parseMdx, type SourcePage } from '../../src/ask/source.ts';
import { LOCALES, localeFromPath } from '../../src/contract/index.ts';
import { translatePath } from '../../src/site.ts';

/** One thing a translation must keep: where it is, and what it is (language-neutral). */
interface Landmark {
  place: string;
  what: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Attributes that are text for the reader (translated); every other attribute must match. */
const TRANSLATED_ATTRIBUTES = new Set(['label', 'caption']);

function jsxSignature(node: JsxElement): string {
  const attributes = node.attributes
    .filter((attribute) => attribute.type === 'mdxJsxAttribute' && !TRANSLATED_ATTRIBUTES.has(attribute.name))
    .map(
      (attribute) =>
        `${'name' in attribute ? attribute.name : ''}=${JSON.stringify('value' in attribute ? attribute.value : '')}`,
    )
    .sort();
  return `<${node.name ?? ''}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`;
}

/** A site link in its English form (so zh and en links compare equal); other links as they are. */
function neutralLink(url: string): string {
  return url.startsWith('/') ? translatePath(url.replace(/\.md$/, ''), 'en') : url;
}

/** The page's landmarks in document order, each named by its place (step, sub-point, table row). */
export function landmarks(tree: Root): Landmark[] {
  const found: Landmark[] = [];
  const walk = (node: Nodes, place: string) => {
    if (node.type === 'heading') found.push({ place, what: `heading ${node.depth}` });
    if (node.type === 'link') found.push({ place, what: `link ${neutralLink(node.url)}` });
    if (node.type === 'table') found.push({ place, what: `table of ${node.children.length} rows` });
    if (isJsx(node)) found.push({ place, what: jsxSignature(node) });
    if (node.type === 'list') {
      found.push({ place, what: `${node.ordered ? 'numbered' : 'bulleted'} list of ${node.children.length}` });
      node.children.forEach((item, index) => {
        const itemPlace = node.ordered ? `step ${(node.start ?? 1) + index}` : `${place} › point ${index + 1}`;
        found.push({ place: itemPlace, what: node.ordered ? 'step' : 'point' });
        walk(item, itemPlace);
      });
      return;
    }
    if (node.type === 'tableRow') {
      found.push({ place, what: 'table row' });
    }
    if ('children' in node) {
      const parent = node as Nodes & { children: Nodes[] };
      parent.children.forEach((child, index) => {
        const childPlace = node.type === 'table' ? `${place || 'page'} › table row ${index + 1}` : place;
        walk(child, childPlace);
      });
    }
  };
  walk(tree, '');
  return found.map((landmark) => ({ ...landmark, place: landmark.place || 'page' }));
}

/** The first difference between two landmark lists, as a sentence naming its place; null when equal. */
export function firstDifference(zh: Landmark[], en: Landmark[]): string | null {
  for (let index = 0; index < Math.max(zh.length, en.length); index++) {
    const a = zh[index];
    const b = en[index];
    if (a?.what === b?.what && a?.place === b?.place) continue;
    if (!b) return `${a!.place}: en lacks ${a!.what}`;
    if (!a) return `${b.place}: en has an extra ${b.what}`;
    if (a.place === b.place) return `${a.place}: zh has ${a.what}, en has ${b.what}`;
    // Not at the same place: moved (found later in en), missing in en, or extra in en.
    const moved = en.slice(index).find((landmark) => landmark.what === a.what);
    if (moved) return `${a.place}: zh has ${a.what} here, en has it at ${moved.place}`;
    return `${a.place}: en lacks ${a.what}`;
  }
  return null;
}

const pages = loadContentPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const zhPages = pages.filter((page) => page.data.locale === 'zh');

describe('translation parity', () => {
  it('every page exists in every locale, at the translated path', () => {
    const missing = pages.flatMap((page) =>
      LOCALES.filter((locale) => !byPath.has(translatePath(page.path, locale))).map(
        (locale) => `${page.path} has no ${locale} version at ${translatePath(page.path, locale)}`,
      ),
    );
    expect(missing).toEqual([]);
    for (const page of pages) expect(page.data.locale, page.path).toBe(localeFromPath(page.path));
  });

  it.each(zhPages.map((page) => [page.path, page] as const))('%s and its English translation match', (path, zhPage) => {
    const enPage = byPath.get(translatePath(path, 'en')) as SourcePage;
    const zh = landmarks(parseMdx(zhPage.body));
    const en = landmarks(parseMdx(enPage.body));
    expect(firstDifference(zh, en), `${path} ↔ ${enPage.path}`).toBeNull();
    // Not vacuous: every page has numbered steps (the guide's five, the security page's five practices).
    expect(zh.filter((landmark) => landmark.what === 'step')).toHaveLength(5);
  });

  it('names the place of a missing or extra landmark', () => {
    const zh = landmarks(parseMdx('1. a\n\n   <Sandbox screen="api" />\n\n2. b\n'));
    const en = landmarks(parseMdx('1. a\n\n2. b\n\n   <Sandbox screen="api" />\n'));
    expect(firstDifference(zh, en)).toBe('step 1: zh has <Sandbox screen="api"> here, en has it at step 2');
    expect(firstDifference(zh, zh.slice(0, -1))).toBe('step 2: en lacks step');
    const withRow = landmarks(parseMdx('| a | b |\n| - | - |\n| 1 | 2 |\n| 3 | 4 |\n'));
    const withoutRow = landmarks(parseMdx('| a | b |\n| - | - |\n| 1 | 2 |\n'));
    expect(firstDifference(withoutRow, withRow)).toBe('page: zh has table of 2 rows, en has table of 3 rows');
    const link = (url: string) => landmarks(parseMdx(`[x](${url})`));
    expect(firstDifference(link('/other/zh/a'), link('/other/a'))).toBeNull();
    expect(firstDifference(link('/other/zh/a'), link('/other/b'))).toBe(
      'page: zh has link /other/a, en has link /other/b',
    );
  });
});
