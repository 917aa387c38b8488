/**
 * "Why was my new feeder refused? I filled it with my neighbour's sunflower seed": the clause that
 * asks says what is asked (new, feeder, refused); the clause that tells is the asker's story, so its
 * words weigh less in the ranking, and the passage saying why a feeder is refused ranks over one
 * that says the story's words. Over a made-up page.
 */
import { describe, expect, it } from 'vitest';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex } from '../../src/ask/engine/general.ts';
import { pickPassage } from '../../src/ask/engine/general-pick.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/register-a-feeder';
const english = madeUpPage(EN, 'Register a bird feeder as a gardener', 'en', [
  'The garden app keeps a register of every bird feeder.',
  '',
  '## Register a feeder',
  '',
  'Each feeder filled with sunflower seed gets two small scoops a week.',
  '',
  'A new feeder is refused when its label does not match its seed.',
]);
const data = indexWith(english);
const general = loadGeneralIndex(loadEngineIndex(data), data.vocabulary);

describe('the words of a clause that tells, over a made-up page', () => {
  it('weigh less than those of the clause that asks', () => {
    const question = "Why was my new feeder refused? I filled it with my neighbour's sunflower seed";
    const pick = pickPassage(general, question, 'en', undefined, undefined, EN);
    expect(pick?.passage.sentences.join(' ')).toContain('is refused when its label');
  });
});
