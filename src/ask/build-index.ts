/**
 * Builds the `?ask=` index from the content pages: every passage of every page and locale,
 * indexed by MiniSearch with the shared tokenizer. Runs at build time (src/pages/ask-index.json.ts)
 * and in tests (src/ask/content.ts).
 */
import MiniSearch, { type Options } from 'minisearch';
import { pageChunks, type SourcePage } from './source.ts';
import { tokenize } from './text.ts';
import type { AskChunk, AskIndexData } from './types.ts';

/** What MiniSearch stores per passage: searchable text only; the passages themselves ride alongside. */
export interface SearchDocument {
  id: string;
  text: string;
  section: string;
  title: string;
}

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['text', 'section', 'title'],
  tokenize: (text: string) => tokenize(text),
  // tokenize already normalises; terms arrive ready.
  processTerm: (term: string) => term,
};

export function searchDocument(chunk: AskChunk, pageTitle: string): SearchDocument {
  return { id: chunk.id, text: chunk.sentences.join(' '), section: chunk.section, title: pageTitle };
}

export function buildAskIndex(pages: SourcePage[]): AskIndexData {
  const sorted = [...pages].sort((a, b) => a.path.localeCompare(b.path));
  const chunks = sorted.flatMap(pageChunks);
  const titles = new Map(sorted.map((page) => [page.path, page.data.title]));
  const search = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  search.addAll(chunks.map((chunk) => searchDocument(chunk, titles.get(chunk.page)!)));
  return {
    version: 1,
    pages: sorted.map((page) => ({
      path: page.path,
      title: page.data.title,
      description: page.data.description,
      locale: page.data.locale,
      questions: page.data.questions ?? {},
    })),
    chunks,
    search: JSON.stringify(search),
  };
}
