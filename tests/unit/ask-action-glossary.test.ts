/**
 * The action a question asks for is said by its passage when the passage says another word of the
 * same act in the glossary (change, edit: src/ask/language/concepts-actions.ts), not only the word
 * itself; an action read through another word already (resend as send) is not read on to a third.
 * Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const HIVES = '/partner/what-would-you-like-to-learn-about/beekeeping/label-your-hives';
const engine = createAskEngine(
  indexWith(
    madeUpPage(HIVES, 'Label your hives', 'en', [
      '## Hive labels',
      '',
      'Each hive label must be unique in the apiary.',
      '',
      'The apiary emails each new hive label to its beekeeper.',
      '',
      "You can't edit a hive label after you save it: delete the label and add a new one.",
      '',
      '## Queen records',
      '',
      'Change the queen record whenever a new queen is introduced to the colony, and send it to the inspector.',
    ]),
  ),
);

describe('an action said by another word of its act', () => {
  it('is said: "change" the label, which the section says "edit" of', () => {
    const question = 'can I change the hive label in the apiary after I saved it? made a typo';
    const reply = engine.ask({ question, page: HIVES });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('hive label');
  });

  it('is not read on from a word already read as another (resend as send, which the glossary puts with email)', () => {
    expect(engine.ask({ question: 'can I resend the hive label to the beekeeper?', page: HIVES }).answered).toBe(false);
  });
});
