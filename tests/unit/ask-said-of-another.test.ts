/**
 * A question's English word said right before another ("my current passphrase"), which a passage
 * says only right before a word the question does not say ("your current Gate Code"), is said there
 * of another thing: it weighs less in the general reading's ranking. Over a made-up page: "why does it
 * ask for my current passphrase …" was answered by the card that shows the current gate code.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { followsOf } from '../../src/ask/engine/general-index.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/change-your-shed-passphrase';
const page = madeUpPage(PATH, 'Change your shed passphrase and gate code as a gardener', 'en', [
  'Your shed passphrase and gate code belong to you.',
  '',
  '## Open your shed settings',
  '',
  '1. From the top bar, select **Garden → Shed**.',
  '2. The *Shed* card shows your current **Gate Code** and the date your passphrase was last changed.',
  '',
  '## Change your gate code',
  '',
  '1. In the **New Gate Code** field, enter the code you want.',
  '2. In the **Current Passphrase** field, enter your passphrase to prove it is you.',
  '3. Select **Save Gate Code**.',
]);
const engine = createAskEngine(indexWith(page));

describe('a word said of another thing, over a made-up page', () => {
  it('weighs less: the passage saying "current passphrase" answers', () => {
    const answer = engine.ask({
      question: "why does it ask for my current passphrase when I'm only changing my code??",
      page: PATH,
    }).answer;
    expect(answer).toContain('Current Passphrase field');
  });

  it('reads the word right after each word within a clause, none after a stopword or a clause end', () => {
    const follows = followsOf('Your current Gate Code, then the current one.', new Set(['your', 'the', 'then', 'one']));
    expect([...follows.get('current')!].sort()).toEqual(['', 'gate']);
    expect([...follows.get('code')!]).toEqual(['']);
  });
});
