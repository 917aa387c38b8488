/**
 * "Where do I go to plant a seedling?": the first step of the section whose heading is that task
 * ("Plant a seedling" → "select Beds → My Beds") gives the place, though its path does not say the
 * heading's words; a step whose heading alone names the place asked still gives none. Over a
 * made-up page.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/plant-seedlings';
const english = madeUpPage(EN, 'Plant seedlings as a gardener', 'en', [
  'A seedling is a young plant you grow in a garden bed. You can plant seedlings only in beds you have dug.',
  '',
  '## Plant a seedling',
  '',
  '1. From the left navigation menu, select **Beds → My Beds**.',
  '2. Find the bed you want, then select **Plant** on its card.',
  '3. Choose the seedling, then select **Done**.',
  '',
  '## Find your seedlings',
  '',
  'From the left navigation menu, select **Beds → Seedlings**. You can filter the list by bed or creation date.',
]);
const engine = createAskEngine(indexWith(english));

describe("a place asked for a task: the task's first step with a path", () => {
  it('gives the path where the task starts, its heading the task asked', () => {
    const reply = engine.ask({ question: 'where do i go to plant a seedling for a bed?', page: EN });
    expect(reply.answer).toContain('Beds → My Beds');
  });

  it('still gives the list where the seedlings are, asked where they are', () => {
    const reply = engine.ask({ question: 'where can i see my seedlings?', page: EN });
    expect(reply.answer).toContain('Beds → Seedlings');
  });
});
