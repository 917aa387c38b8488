/**
 * Pages the `?ask=` tests add, never shipped (made-up pages, the fixture pairs): each is built into an index beside
 * today's pages, as a docs team would add a page to content/.
 */
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { loadContentPages } from '../../src/ask/content.ts';
import type { SourcePage } from '../../src/ask/source.ts';
import type { Locale } from '../../src/contract/index.ts';

/** A page of these markdown lines; its title is its description too. */
export const madeUpPage = (path: string, title: string, locale: Locale, lines: readonly string[]): SourcePage => ({
  path,
  data: { title, description: title, locale },
  body: lines.join('\n'),
});

/** The index of today's pages with these pages added. */
export const indexWith = (...pages: readonly SourcePage[]) => buildAskIndex([...loadContentPages(), ...pages]);

/** A made-up hive section several tests' pages open with: a passage that says much, and another beside it. */
export const HIVE_SECTION: readonly string[] = [
  '## The hive',
  '',
  'Workers store honey in the shallow super above the brood box.',
  '',
  'The queen lays her eggs in the brood box below it.',
  '',
];
