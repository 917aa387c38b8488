/**
 * Rank: every passage of the question's language is judged by how much of the question it
 * covers (each word weighted by rarity; a how-to or where candidate together with the steps that
 * lead to it), then by a score that also credits partial matches, section names, the goal and
 * the asked-on page. The pages are small (a few dozen passages per language), so every passage
 * is judged; no inverted index is needed.
 */
import type { AskChunk } from '../types.ts';
import { chunkKeysOf, chunksFor, sectionKeysOf, sentenceUnion, type EngineIndex } from './engine-index.ts';
import { coverage, wordCovered, wordCoverage } from './coverage.ts';
import type { Question } from './question.ts';
import { pathTo } from './steps.ts';

export interface Candidate {
  chunk: AskChunk;
  /** The weighted share of the question's words the passage (and, for how-to and where, its steps) holds. */
  ranking: number;
  /** The same with its page's title as context: what the bar is set on. */
  coverage: number;
  score: number;
  /** How many steps lead to it (how-to and where questions). */
  steps: number;
}

/** The concept of a defining sentence ("… are considered legacy tokens"). */
export const DEFINING_KEY = 'consider';
/** The concepts that say when ("at once", "on a schedule", "before April 2025"). */
export const TIME_KEYS = ['immediately', 'schedule', 'april-2025'];

/** Weights of what the score credits beyond a covered word. */
const SECTION_BONUS = 0.5;
const PATH_SHARE = 0.5;
const SECTION_ONLY_SHARE = 0.5;
const KIN_SHARE = 0.8;
const GOAL_SHARE = 0.3;
const ASKED_PAGE_BOOST = 1.2;
/** What a passage earns for doing the question's action to the question's thing ("select the token card"). */
const OBJECT_BONUS = 0.5;
/** What a passage earns for the kind of sentence a question asks for: what a thing is considered, when, what to do. */
const DEFINITION_BONUS = 1;

/** The candidates, most covering first (the score breaks ties). `page`: the asked-on page. */
/**
 * Whether a sentence of the passage says the question's action right before another of its
 * words: "select the token card" does it to the token card, "selecting the More icon on the
 * token card" to the icon.
 */
function actsOnAskedThing(index: EngineIndex, question: Question, chunk: AskChunk): boolean {
  const asked = (key: string) => question.words.find((word) => word.covers.includes(key));
  return index.sentenceTerms.get(chunk.id)!.some((list) =>
    list.some((term, position) => {
      const next = list[position + 1];
      const act = asked(term.key);
      return act?.act === true && next !== undefined && next.key !== term.key && asked(next.key) !== undefined;
    }),
  );
}

export function rank(index: EngineIndex, question: Question, page: string | undefined): Candidate[] {
  const withPath = question.place || question.procedure;
  return (
    chunksFor(index, question.language)
      .map((chunk) => {
        const own = chunkKeysOf(index, chunk);
        const covered = new Set(own);
        // The steps that lead to a passage lend it the places and things they name (Settings, API), not all they say.
        if (withPath)
          for (const step of pathTo(index, chunk)) for (const key of index.placeKeys.get(step.id)!) covered.add(key);
        const section = sectionKeysOf(index, chunk);
        let score = 0;
        const said = sentenceUnion(index, chunk);
        for (const word of question.words) {
          // Said in the passage (more when its section is named for it too, less when only a kin
          // word or the parts are), or only in its section's name.
          if (wordCovered(word, said))
            score +=
              word.weight *
              (said.has(word.key) ? 1 : KIN_SHARE) *
              (1 + (wordCovered(word, section) ? SECTION_BONUS : 0));
          else if (wordCovered(word, section)) score += word.weight * SECTION_ONLY_SHARE;
          else if (wordCovered(word, covered)) score += word.weight * PATH_SHARE;
          else score += word.weight * wordCoverage(word, own);
        }
        score += question.goalKeys.filter((key) => own.has(key)).length * GOAL_SHARE;
        if (actsOnAskedThing(index, question, chunk)) score += OBJECT_BONUS;
        if (question.definition && own.has(DEFINING_KEY)) score += DEFINITION_BONUS;
        if (question.when && TIME_KEYS.some((key) => own.has(key))) score += DEFINITION_BONUS;
        // Advice, and what a thing is for, is what a practice gives.
        if ((question.advice || question.function) && chunk.kind === 'item') score += DEFINITION_BONUS;
        if (chunk.page === page) score *= ASKED_PAGE_BOOST;
        const ranking = coverage(question, covered);
        // Whether it answers at all is judged with the page's title as context (every passage of the guide is about legacy tokens).
        for (const key of index.contextKeys.get(chunk.id)!) covered.add(key);
        return {
          chunk,
          ranking,
          coverage: coverage(question, covered),
          score,
          steps: withPath ? pathTo(index, chunk).length : 0,
        };
      })
      .filter((candidate) => candidate.score > 0)
      // Most covering first (by what the passage and its steps say); on a tie, the nearest place: the passage fewer steps lead to.
      .sort((a, b) => b.ranking - a.ranking || b.score - a.score || a.steps - b.steps)
  );
}
