/**
 * The `?ask=` engine on questions it was never tuned on: the held-out set (tests/ask/held-out.ts,
 * written from the pages alone and frozen before the engine was changed) must score at least
 * 90 % with no refusal question answered. The dev set's score is printed beside it.
 *
 * Only the totals are printed, never which held-out questions missed: looking at those would
 * turn the held-out set into one more set to tune on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndexFromContent } from '../../src/ask/content.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { askedOnFor, describeTally, gradeProblems, share, tally, type GradedQuestion } from '../ask/grade.ts';
import { HELD_OUT } from '../ask/held-out.ts';
import { QUESTIONS } from '../ask/questions.ts';

const HELD_OUT_FILE = new URL('../ask/held-out.ts', import.meta.url);
/** The held-out file as it was committed: any edit to it fails here. */
const HELD_OUT_SHA256 = '69d1ec1721636da5ba20cc6553555df08fc0922a623f82511845a632a17268de';
const MIN_HELD_OUT_SHARE = 0.9;

const engine = createAskEngine(await buildIndexFromContent());

function score(questions: readonly (GradedQuestion & { askedOn?: string })[]) {
  return tally(
    questions.map((question) => ({
      question,
      problems: gradeProblems(
        question,
        engine.ask({ question: question.question, page: question.askedOn ?? askedOnFor(question) }),
      ),
    })),
  );
}

const heldOut = score(HELD_OUT);
const dev = score(QUESTIONS);

describe('?ask= held-out set', () => {
  it('is the frozen file, byte for byte', () => {
    expect(createHash('sha256').update(readFileSync(HELD_OUT_FILE)).digest('hex')).toBe(HELD_OUT_SHA256);
  });

  it('answers no question it must refuse (near-miss or off-topic)', () => {
    // The count only: which ones is not to be read (see above).
    expect(heldOut.refusalsAnswered.length, 'held-out refusal questions answered').toBe(0);
  });

  it(`scores at least ${MIN_HELD_OUT_SHARE * 100} %`, () => {
    expect(share(heldOut.overall), describeTally('held-out', heldOut).join('\n')).toBeGreaterThanOrEqual(
      MIN_HELD_OUT_SHARE,
    );
  });
});

afterAll(() => {
  console.log([...describeTally('held-out set', heldOut), ...describeTally('dev set', dev)].join('\n'));
});
