/**
 * A word no page has, read as the word it is made of (exactly as exact, src/ask/engine/general-pick.ts),
 * is as common as the more common of the two: "exactly" is everyday English though "exact" is
 * less used, so it counts as filler, not as a word the pages lack. Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { generalAnswer, loadGeneralIndex, readGeneral } from '../../src/ask/engine/general.ts';

const HIVES = '/partner/what-would-you-like-to-learn-about/beekeeping/inspect-your-hives';
const data = indexWith(
  madeUpPage(HIVES, 'Inspect your hives', 'en', [
    '## Swarm checks',
    '',
    'A colony that swarmed is checked again by the beekeeper: after 2 days, 5 days and 9 days.',
  ]),
);
const index = loadEngineIndex(data);
const general = loadGeneralIndex(index, data.vocabulary);
const options = { procedure: false, comparison: false, page: HIVES };

describe('a word read as the word it is made of', () => {
  it('is as common as its commoner form: "exactly" is everyday English', () => {
    const question = 'when exactly does the beekeeper check a swarm, what are the intervals';
    const exact = readGeneral(index, general, question, 'en', options)!.pick.words.find(
      (word) => word.asked === 'exactli',
    );
    expect(exact?.familiar).toBe(true);
    expect(generalAnswer(index, general, question, 'en', options)?.lines[0]?.sentences[0]).toContain('after 2 days');
  });

  it('still refuses a question whose words the pages lack', () => {
    expect(
      generalAnswer(index, general, 'when exactly does the beekeeper harvest the propolis', 'en', options),
    ).toBeNull();
  });
});
