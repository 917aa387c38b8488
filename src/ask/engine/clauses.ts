/**
 * A question's clauses, and which of them only tell: a chatty question is a clause that asks
 * and clauses around it ("… so I can paste it into a tool we use", "been clicking around for 10
 * min"). Both readings weigh the words said only in those as context, not as what is asked.
 */
import { ENDS_AS_QUESTION } from '../language/asking.ts';
import type { FormName } from '../language/vocabulary.ts';

export interface Clause {
  text: string;
  /** A side clause (a purpose, a reason, an aside): it tells why or around, never what is asked. */
  side: boolean;
  /** A side clause, or one that tells (a statement, no question word, no "?"): it never asks. */
  tells: boolean;
  /** Ended by a question mark (its text may be given without it). */
  questionMark: boolean;
  /** A relative clause ("… the links I've made so far"): it says which thing, not what is asked of it. A side clause too. */
  relative?: boolean;
}

/** What a word said only in a clause that tells weighs when a passage lacks it, against one it says. */
const TOLD_MISSING = 0.3;

/**
 * A word said only in a clause that tells, in a passage's total: all of it when the passage says
 * it (`share` 1), 0.3 when it does not. Both readings weigh such words so.
 */
export const toldWeight = (share: number) => TOLD_MISSING + (1 - TOLD_MISSING) * share;

/** A mark no question holds, where a side clause begins. */
const SIDE_MARK = '\u0001';
/** The same, where a relative clause begins. */
const RELATIVE_MARK = '\u0002';

/**
 * The clauses of a question, its greeting left out: cut at punctuation (CLAUSE_BREAK) and where
 * a side clause begins (SIDE_CLAUSE), each side clause running to the next break. `marks`: each
 * clause keeps the punctuation that ends it ("…, the combine?" asks).
 */
export function clausesOf(
  forms: Partial<Record<FormName, RegExp>>,
  text: string,
  {
    marks = true,
    relative,
  }: {
    marks?: boolean;
    /** Whether a relative clause begins between these two words (RELATIVE_CLAUSE's): none is read without it. */
    relative?: (before: string, after: string) => boolean;
  } = {},
): Clause[] {
  const { CLAUSE_BREAK, GREETING, SIDE_CLAUSE, RELATIVE_CLAUSE, TELLING } = forms;
  let body = GREETING ? text.replace(GREETING, '') : text;
  if (SIDE_CLAUSE)
    body = body.replace(
      new RegExp(SIDE_CLAUSE.source, `${SIDE_CLAUSE.flags.replace('g', '')}g`),
      (side) => `${SIDE_MARK}${side}`,
    );
  if (RELATIVE_CLAUSE && relative)
    body = body.replace(
      new RegExp(RELATIVE_CLAUSE.source, `${RELATIVE_CLAUSE.flags.replace('g', '')}g`),
      (found, before: string, after: string) =>
        relative(before.toLowerCase(), after.toLowerCase()) ? `${found}${RELATIVE_MARK}` : found,
    );
  const breaks = CLAUSE_BREAK ? new RegExp(CLAUSE_BREAK.source, `${CLAUSE_BREAK.flags.replace('g', '')}g`) : /(?!)/g;
  // Each clause is read with the mark that ends it ("…, the combine?" asks), then given with or without it.
  return body
    .replace(breaks, (mark) => `${mark}\u0000`)
    .split(/\u0000/)
    .flatMap((part) =>
      part.split(/(?=[\u0001\u0002])/).map((piece) => {
        const text = piece.replace(/^[\u0001\u0002]/, '');
        const side = text !== piece;
        return {
          text: marks ? text : text.replace(breaks, ''),
          side,
          tells: side || (TELLING !== undefined && TELLING.test(text.normalize('NFKC'))),
          questionMark: ENDS_AS_QUESTION.test(text),
          relative: piece.startsWith(RELATIVE_MARK),
        };
      }),
    )
    .filter((clause) => /[\p{L}\p{N}]/u.test(clause.text));
}
