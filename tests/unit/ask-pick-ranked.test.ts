/**
 * The general reading's ranking, as the bench reads it (bench/measurements/ask/pick-diagnosis.ts):
 * every passage that can answer, best first, the pick at its head and a tie in the pages' order.
 * Over a made-up page.
 */
import { describe, expect, it } from 'vitest';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex } from '../../src/ask/engine/general.ts';
import { pickPassage } from '../../src/ask/engine/general-pick.ts';
import { HIVE_SECTION, indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/keep-bees';
const page = madeUpPage(EN, 'Keep bees as a gardener', 'en', [
  ...HIVE_SECTION,
  '## Pollen',
  '',
  '- Foragers carry pollen back in baskets on their legs.',
  '- Foragers carry pollen back in baskets on their legs, twice a day.',
]);
const data = indexWith(page);
const general = loadGeneralIndex(loadEngineIndex(data), data.vocabulary);

describe("the general reading's ranking, over a made-up page", () => {
  it('puts the pick first and orders the rest by score', () => {
    const pick = pickPassage(general, 'where do workers store the honey?', 'en', undefined, undefined, EN)!;
    const ranked = pick.ranked();
    expect(ranked[0]!.passage).toBe(pick.passage);
    expect(ranked[0]!.passage.sentences.join(' ')).toContain('shallow super');
    expect(ranked[0]!.coverage).toBeCloseTo(pick.coverage);
    for (let at = 1; at < ranked.length; at++) expect(ranked[at]!.score).toBeLessThanOrEqual(ranked[at - 1]!.score);
  });

  it("keeps a tie in the pages' order, as the pick does", () => {
    const pick = pickPassage(general, 'how do foragers carry pollen back?', 'en', undefined, undefined, EN)!;
    const [first, second] = pick.ranked();
    expect(second!.score).toBe(first!.score);
    expect(first!.passage).toBe(pick.passage);
    expect(first!.passage.sentences.join(' ')).not.toContain('twice');
  });
});
