/**
 * Several questions in one are each asked alone when together they are refused: the pages answer
 * them when they answer every one, and the reply quotes each answer. One the pages do not answer
 * refuses them all. Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const SPRINKLERS = '/partner/what-would-you-like-to-learn-about/garden/manage-your-sprinklers';
const engine = createAskEngine(
  indexWith(
    madeUpPage(SPRINKLERS, 'Manage your sprinklers', 'en', [
      '## Manage your sprinklers',
      '',
      "Delete: Select the bin icon next to the sprinkler, then confirm. Deleting a sprinkler can't be undone.",
      '',
      'Disable: Turn off the Running toggle next to the sprinkler.',
      '',
      '## Watering log',
      '',
      'The watering log keeps the records of the last 30 days.',
      '',
      'Each row shows when the sprinkler started, how long it ran and how much water it used.',
    ]),
  ),
);
const ask = (question: string) => engine.ask({ question, page: SPRINKLERS });

describe('several questions in one', () => {
  it('are answered when the pages answer each, the reply quoting both', () => {
    const reply = ask('can I undo deleting a sprinkler? how many days does the watering log keep?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain("can't be undone");
    expect(reply.answer).toContain('last 30 days');
  });

  it('are refused when the pages do not answer one of them', () => {
    expect(ask('can I undo deleting a sprinkler? can I export the watering log to a spreadsheet?').answered).toBe(
      false,
    );
  });
});
