/**
 * "The difference between A and B" answered by a passage that only names both ("Select Advanced
 * options to add Sub IDs and a Shared ID.") says what neither is. When two rows of one table, or
 * two items of one list, on its page each say a side the other does not, those two tell them
 * apart: they answer instead, in the page's order.
 */
import type { AskChunk } from '../types.ts';
import type { Answer } from './choose.ts';
import type { Passage } from './general-index.ts';
import { match, type Word } from './general-match.ts';

/** Kinds of passage that stand side by side with their like in one section: a table's rows, a list's items. */
const SIDE_BY_SIDE: ReadonlySet<string> = new Set(['row', 'item']);

/** The two passages that tell apart the sides the answer's point only names; null when none do. */
export function sidesApart(
  words: readonly Word[],
  answer: Answer,
  passageOf: (chunk: AskChunk) => Passage | undefined,
  pagePassages: readonly Passage[],
): Answer | null {
  const focus = answer.shape === 'steps' ? answer.lines.at(-1)! : answer.lines[0]!;
  const point = passageOf(focus.chunk);
  if (!point || SIDE_BY_SIDE.has(point.chunk.kind)) return null;
  const known = words.filter((word) => word.known);
  // Its own words: a translation's or a gloss's are too loose to tell two rows apart.
  const says = (passage: Passage) => new Set(known.filter((word) => match(word, passage) >= 1));
  const named = says(point);
  // Naming both sides takes two words of the question.
  if (named.size < 2) return null;
  const sides = pagePassages
    .filter((passage) => SIDE_BY_SIDE.has(passage.chunk.kind) && passage.chunk.section !== point.chunk.section)
    .map((passage) => ({ passage, says: says(passage) }));
  // What one says of the sides the point names and the other does not.
  const own = (a: Set<Word>, b: Set<Word>) => [...a].filter((word) => named.has(word) && !b.has(word));
  let best: { pair: [Passage, Passage]; weight: number } | undefined;
  for (const [at, first] of sides.entries()) {
    for (const second of sides.slice(at + 1)) {
      if (
        second.passage.chunk.kind !== first.passage.chunk.kind ||
        second.passage.chunk.section !== first.passage.chunk.section
      )
        continue;
      // Each says a side the point names and the other does not.
      const firstOwn = own(first.says, second.says);
      const secondOwn = own(second.says, first.says);
      if (firstOwn.length === 0 || secondOwn.length === 0) continue;
      const weight = [...firstOwn, ...secondOwn].reduce((sum, word) => sum + word.weight, 0);
      if (!best || weight > best.weight) best = { pair: [first.passage, second.passage], weight };
    }
  }
  if (!best) return null;
  return {
    shape: 'text',
    lines: best.pair.map((passage) => ({ chunk: passage.chunk, sentences: passage.chunk.sentences })),
    path: [],
  };
}
