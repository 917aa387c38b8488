/**
 * A verb with its particle asks the act the glossary names by that phrase ("switch off" is disable:
 * src/ask/language/concepts-actions.ts), not the verb alone: a passage saying the act's single
 * word (Disable) says the action asked. Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const SPRINKLERS = '/partner/what-would-you-like-to-learn-about/garden/water-your-beds';
const engine = createAskEngine(
  indexWith(
    madeUpPage(SPRINKLERS, 'Water your beds with sprinklers', 'en', [
      '## Manage your sprinklers',
      '',
      'Disable: In the Sprinklers list, turn off the Running toggle next to the sprinkler. Its schedule is kept.',
      '',
      'Delete: In the Sprinklers list, select the bin icon next to the sprinkler, then confirm.',
      '',
      '## Schedules',
      '',
      'Each sprinkler waters its bed at the hour its schedule names.',
    ]),
  ),
);
const ask = (question: string) => engine.ask({ question, page: SPRINKLERS });

describe('a verb with its particle', () => {
  it('asks the act the phrase names: "switch off" a sprinkler is said by Disable', () => {
    const reply = ask('how do i switch off a sprinkler for a while?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Running toggle');
  });

  it('read apart from its object too ("switch the sprinkler off")', () => {
    expect(ask('how do i switch the sprinkler off for a while?').answer).toContain('Running toggle');
  });

  it('asks only that act: "switch on" is enable, which no passage says', () => {
    expect(ask("how do i switch on the sprinkler's schedule").answered).toBe(false);
  });
});

describe('a verb with its particle the page says itself', () => {
  const SENSORS = '/partner/what-would-you-like-to-learn-about/garden/set-up-rain-sensors';
  const sensors = createAskEngine(
    indexWith(
      madeUpPage(SENSORS, 'Set up rain sensors', 'en', [
        '## Add a rain sensor',
        '',
        '1. From the garden menu, select Sensors.',
        '2. Select Add Sensor, then choose the bed it watches.',
        '3. Select Save.',
        '',
        '## Readings',
        '',
        'A sensor reports rainfall every hour.',
      ]),
    ),
  );

  it('answers "set up" from the page titled by it, though the glossary names the act create', () => {
    const reply = sensors.ask({ question: 'how do I set up a rain sensor?', page: SENSORS });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Add Sensor');
  });
});
