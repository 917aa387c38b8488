/**
 * Rank: MiniSearch finds the passages that share words with the question; the few near the top
 * are then ordered by how much of the question each one covers, since a passage that holds the
 * question's rare word answers it better than one that scores higher on common words.
 */
import type { SearchResult } from 'minisearch';
import type { AskChunk } from '../types.ts';
import { chunkTermsOf, type EngineIndex } from './engine-index.ts';
import { coverage, type Question } from './question.ts';
import { pathTo } from './steps.ts';

export interface Candidate {
  chunk: AskChunk;
  result: SearchResult;
  /** The weighted share of the question's words the passage (and, for how-to, its steps) holds. */
  coverage: number;
}

/** How many of the search's best passages are judged at all. */
const CANDIDATES = 8;
/** A passage scoring below this share of the best score is too far off to answer. */
const MIN_SCORE_SHARE = 0.4;

/** The candidates, most covering first (the search's score breaks ties). `page`: the asked-on page. */
export function rank(index: EngineIndex, question: Question, page: string | undefined): Candidate[] {
  const results = searchPassages(index, question, page);
  const topScore = results[0]?.score ?? 0;
  // Near the top by score, the passage that covers most of the question wins: a rare word
  // (存放, 泄露) outweighs a page boost. A how-to answer is judged with the steps leading to it.
  return results
    .slice(0, CANDIDATES)
    .filter((result) => result.score >= MIN_SCORE_SHARE * topScore)
    .map((result) => {
      const chunk = index.chunks.get(result.id as string)!;
      const covered = new Set([...chunkTermsOf(index, chunk), ...result.queryTerms]);
      if (question.howTo)
        for (const step of pathTo(index, chunk)) for (const term of chunkTermsOf(index, step)) covered.add(term);
      return { chunk, result, coverage: coverage(index, question, covered) };
    })
    .sort((a, b) => b.coverage - a.coverage || b.result.score - a.result.score);
}

const isLatin = (term: string) => /^[a-z0-9]/.test(term);

/**
 * BM25 over text, section and title. The terms arrive tokenized (the index was built with the
 * same tokenizer); only Latin words get fuzzy and prefix matching (typos, plurals), goal words
 * count for less than the question's, and the asked-on page's passages for more.
 */
function searchPassages(index: EngineIndex, question: Question, page: string | undefined): SearchResult[] {
  return index.search.search([...question.terms, ...question.goalTerms].join(' '), {
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    combineWith: 'OR',
    boost: { section: 1.5, title: 0.5 },
    fuzzy: (term) => (isLatin(term) && term.length > 4 ? 0.2 : false),
    prefix: (term) => isLatin(term) && term.length > 3,
    boostTerm: (term) => (question.goalTerms.includes(term) ? 0.3 : 1),
    boostDocument: (id) => (page && index.chunks.get(id as string)?.page === page ? 1.5 : 1),
  });
}
