/**
 * "Do I get any email after …?", "does the old address get told when …?": the question asks
 * whether one is sent something, which a page tells from the sender's side ("the club sends …").
 * Over a made-up page whose intro says the question's words as well.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { fold } from '../../src/ask/engine/general-words.ts';
import { NUMBER_ASKED } from '../../src/ask/language/asking.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/change-your-feeder-club-email';
const page = madeUpPage(PATH, 'Change your feeder club email and passphrase as a gardener', 'en', [
  'Your feeder club email and passphrase belong to you, so changing either of them does not change the email or passphrase of anyone else in your garden.',
  '',
  '## Change your passphrase',
  '',
  '1. Open Shed → Club card.',
  '2. Enter a new passphrase of 12 words.',
  '3. Select Keep Passphrase.',
  '   - The feeder club sends a confirmation email to your club email.',
  '',
  '## Change your club email',
  '',
  '1. Enter the new email in the New Email field.',
  '2. Open the check email and select Check Email.',
  '   - Until you check it, your club email does not change, so keep using your old email.',
  '   - The check link lapses after 48 hours.',
  '',
  'Once you check it, the new email is your club email, and the feeder club sends a notice of the change to your old email.',
]);
const engine = createAskEngine(indexWith(page));
const ask = (question: string) => engine.ask({ question, page: PATH }).answer;

describe('a question asking whether one is sent or told something, over a made-up page', () => {
  it('is answered by the passage that sends, not the intro that says the same words', () => {
    expect(ask('do I get any email after I change my passphrase?')).toContain('sends a confirmation email');
  });

  it('reads "when the email is changed" as when it happens, not a time asked', () => {
    expect(ask('Does the old email get told when the club email is changed?')).toContain('notice of the change');
  });

  it('still reads "when" as asking a time at the start or after a verb of seeing or knowing', () => {
    const asksTime = (question: string) => NUMBER_ASKED.test(fold(question));
    expect(asksTime("when's the check link lapsing?")).toBe(true);
    expect(asksTime('can I see when my club email was changed?')).toBe(true);
    expect(asksTime('do I get any email when my club email is changed?')).toBe(false);
  });
});
