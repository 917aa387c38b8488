/**
 * The index as the engine reads it, built once per `createAskEngine`: the passages and pages by
 * key, each passage's words (per sentence, and in all), and how much each word weighs. Every
 * other engine module takes this object as its first argument instead of closing over it.
 */
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, type SearchDocument } from '../build-index.ts';
import { tokenize } from '../text.ts';
import type { AskChunk, AskIndexData, AskPage } from '../types.ts';

/** Every word counts for something: a common verb the passage lacks still costs coverage. */
const MIN_WORD_WEIGHT = 1;

export interface EngineIndex {
  readonly search: MiniSearch<SearchDocument>;
  /** The passages in the index's order (steps are found by walking it). */
  readonly chunkList: readonly AskChunk[];
  readonly chunks: ReadonlyMap<string, AskChunk>;
  /** The pages in the index's order (the first one answers when no page is named). */
  readonly pageList: readonly AskPage[];
  readonly pages: ReadonlyMap<string, AskPage>;
  /** Per passage, the words of each of its sentences. */
  readonly sentenceTerms: ReadonlyMap<string, ReadonlySet<string>[]>;
  /** Per passage, every word it holds, its section's name included. */
  readonly chunkTerms: ReadonlyMap<string, ReadonlySet<string>>;
  /** Memo: in how many passages a word appears (filled as questions ask for words). */
  readonly documentFrequencies: Map<string, number>;
}

export function loadEngineIndex(data: AskIndexData): EngineIndex {
  const sentenceTerms = new Map(
    data.chunks.map((chunk) => [chunk.id, chunk.sentences.map((sentence) => new Set(tokenize(sentence)))]),
  );
  const chunkTerms = new Map(
    data.chunks.map((chunk) => [
      chunk.id,
      new Set([...sentenceTerms.get(chunk.id)!.flatMap((set) => [...set]), ...sectionTerms(chunk)]),
    ]),
  );
  return {
    search: MiniSearch.loadJSON<SearchDocument>(data.search, SEARCH_OPTIONS),
    chunkList: data.chunks,
    chunks: new Map(data.chunks.map((chunk) => [chunk.id, chunk])),
    pageList: data.pages,
    pages: new Map(data.pages.map((page) => [page.path, page])),
    sentenceTerms,
    chunkTerms,
    documentFrequencies: new Map(),
  };
}

/** A real section's name (菜单参考 names the menu rows); not the page title standing in for one. */
export function sectionTerms(chunk: AskChunk): string[] {
  return chunk.anchor ? tokenize(chunk.section) : [];
}

export function sentenceTermsOf(index: EngineIndex, chunk: AskChunk): readonly ReadonlySet<string>[] {
  return index.sentenceTerms.get(chunk.id)!;
}

export function chunkTermsOf(index: EngineIndex, chunk: AskChunk): ReadonlySet<string> {
  return index.chunkTerms.get(chunk.id)!;
}

/** How rare a word is across the passages: words the content never uses weigh most. */
export function wordWeight(index: EngineIndex, term: string): number {
  return Math.max(MIN_WORD_WEIGHT, Math.log(1 + index.chunkList.length / (documentFrequency(index, term) + 0.5)));
}

function documentFrequency(index: EngineIndex, term: string): number {
  let count = index.documentFrequencies.get(term);
  if (count === undefined) {
    count = 0;
    for (const terms of index.sentenceTerms.values()) if (terms.some((set) => set.has(term))) count += 1;
    index.documentFrequencies.set(term, count);
  }
  return count;
}
