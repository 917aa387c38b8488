/**
 * Translation parity, for docs teams: every page exists in every locale, and the translations
 * have the same steps, sub-points, hints, table rows, links and widget embeds, in the same order.
 * A missing or extra one fails with its place ("step 3: zh has …, en has …").
 */
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { loadContentPages } from '../../src/ask/content.ts';
import type { SourcePage } from '../../src/ask/source.ts';
import { DEFAULT_LOCALE, LOCALES, localeFromPath, TRANSLATED_LOCALES } from '../../src/contract/index.ts';
import { isMdxElement, parseMdx, type MdxElementNode } from '../../src/page-mdx.ts';
import { translatePath } from '../../src/site.ts';

/** One thing a translation must keep: where it is, and what it is (language-neutral). */
interface Landmark {
  place: string;
  what: string;
}

/** Attributes that are text for the reader (translated); every other attribute must match. */
const TRANSLATED_ATTRIBUTES = new Set(['label', 'caption']);

function jsxSignature(node: MdxElementNode): string {
  const attributes = node.attributes
    .filter((attribute) => attribute.type === 'mdxJsxAttribute' && !TRANSLATED_ATTRIBUTES.has(attribute.name))
    .map(
      (attribute) =>
        `${'name' in attribute ? attribute.name : ''}=${JSON.stringify('value' in attribute ? attribute.value : '')}`,
    )
    .sort();
  return `<${node.name ?? ''}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`;
}

/** A site link in the default locale's form (so every translation's links compare equal); other links as they are. */
function neutralLink(url: string): string {
  return url.startsWith('/') ? translatePath(url.replace(/\.md$/, ''), DEFAULT_LOCALE) : url;
}

/** The page's landmarks in document order, each named by its place (step, sub-point, table row). */
export function landmarks(tree: Root): Landmark[] {
  const found: Landmark[] = [];
  const walk = (node: Nodes, place: string) => {
    if (node.type === 'heading') found.push({ place, what: `heading ${node.depth}` });
    if (node.type === 'link') found.push({ place, what: `link ${neutralLink(node.url)}` });
    if (node.type === 'table') found.push({ place, what: `table of ${node.children.length} rows` });
    if (isMdxElement(node)) found.push({ place, what: jsxSignature(node) });
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

/** The locale the pages are translated from (the original page's): the first record. */
const SOURCE_LOCALE = TRANSLATED_LOCALES[0]!;
const TRANSLATIONS = TRANSLATED_LOCALES.slice(1);

/**
 * The first difference between a page's landmarks and its translation's, as a sentence naming
 * its place; null when equal. `names`: the two locales, as the sentence calls them.
 */
export function firstDifference(source: Landmark[], translation: Landmark[], names = ['zh', 'en']): string | null {
  const [from, to] = names;
  for (let index = 0; index < Math.max(source.length, translation.length); index++) {
    const a = source[index];
    const b = translation[index];
    if (a?.what === b?.what && a?.place === b?.place) continue;
    if (!b) return `${a!.place}: ${to} lacks ${a!.what}`;
    if (!a) return `${b.place}: ${to} has an extra ${b.what}`;
    if (a.place === b.place) return `${a.place}: ${from} has ${a.what}, ${to} has ${b.what}`;
    // Not at the same place: moved (found later in the translation), missing in it, or extra in it.
    const moved = translation.slice(index).find((landmark) => landmark.what === a.what);
    if (moved) return `${a.place}: ${from} has ${a.what} here, ${to} has it at ${moved.place}`;
    return `${a.place}: ${to} lacks ${a.what}`;
  }
  return null;
}

const pages = loadContentPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
/** Each page of the source locale with each of its translations. */
const pairs = pages
  .filter((page) => page.data.locale === SOURCE_LOCALE)
  .flatMap((page) => TRANSLATIONS.map((locale) => [page.path, locale, page] as const));

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

  it.each(pairs)('%s and its %s translation match', (path, locale, sourcePage) => {
    const translated = byPath.get(translatePath(path, locale)) as SourcePage;
    const source = landmarks(parseMdx(sourcePage.body));
    const translation = landmarks(parseMdx(translated.body));
    expect(firstDifference(source, translation, [SOURCE_LOCALE, locale]), `${path} ↔ ${translated.path}`).toBeNull();
    // Not vacuous: every page has numbered steps (the guide's five, the security page's five practices).
    expect(source.filter((landmark) => landmark.what === 'step')).toHaveLength(5);
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
