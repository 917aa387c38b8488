/**
 * A comparison answered by one item of a list of two takes the other item as its other side,
 * whatever words it says: a list of two is the two sides. "A vs B" names its sides with words no
 * passage can be matched by (a letter, a stopword); without this the item saying the rest of the
 * question stood alone, or was followed by the passage saying most of the words it lacks (the intro).
 */
import { describe, expect, it } from 'vitest';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex, readGeneral } from '../../src/ask/engine/general.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/add-a-garden-gate';
const data = indexWith(
  madeUpPage(EN, 'Add a garden gate as a gardener', 'en', [
    'A garden gate lets visitors into your garden. Each gate has a bell hook.',
    '',
    '## Add a gate',
    '',
    '1. Select **Add Gate**.',
    '2. Choose A or B.',
    '',
    '## Gate kinds',
    '',
    '* **A** (default): the hinges creak when someone comes in. The gate has no lock.',
    '* **B**: a bell rings when someone comes in, on the hook of the gate.',
  ]),
);
const engineIndex = loadEngineIndex(data);
const general = loadGeneralIndex(engineIndex, data.vocabulary);
/** The general reading's answer to a comparison, its bars aside, as one text. */
const generalSays = (question: string) =>
  readGeneral(engineIndex, general, question, 'en', { procedure: false, comparison: true, page: EN })
    ?.answer.lines.flatMap((line) => line.sentences)
    .join(' ');

describe('a comparison answered by one item of a list of two, over a made-up page', () => {
  it('takes the other item as the other side', () => {
    expect(generalSays('A vs B gate - whats actually different? does the bell ring')).toMatch(
      /hinges creak[\s\S]*bell rings|bell rings[\s\S]*hinges creak/,
    );
  });
});
