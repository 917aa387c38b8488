/**
 * "… next to the soil names, what does that mean?": "next to" says where something is (beside),
 * not that the step after one is asked ("what's next?"); but before a verb it is "next" and an
 * infinitive ("what do I click next to save it"). Over a made-up page.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/plant-a-seedling';
const english = madeUpPage(EN, 'Plant a seedling as a gardener', 'en', [
  'The garden app keeps track of every seedling you plant.',
  '',
  '## Plant a seedling',
  '',
  '1. In the **Seedlings** card, select **Plant** beside **Tray**.',
  '2. In the **Soil** field, choose a soil. A blue dot appears next to each soil that suits the seedling.',
  '3. Select **Save Seedling**.',
]);
const engine = createAskEngine(indexWith(english));

describe('"next to" is a place, not the next step', () => {
  it('answers with the step that says it', () => {
    const reply = engine.ask({
      question: 'a blue dot shows up next to the soil names, what does that mean?',
      page: EN,
    });
    expect(reply.answer).toContain('suits the seedling');
  });

  it('still reads "what is next" as the step after', () => {
    const reply = engine.ask({ question: 'I chose a soil in the Soil field, what do I do next?', page: EN });
    expect(reply.answer).toContain('Save Seedling');
  });

  it('reads "next to" before a verb as the step after', () => {
    const reply = engine.ask({
      question: 'ok I chose a soil in the Soil field, what do I click next to keep it?',
      page: EN,
    });
    expect(reply.answer).toContain('Save Seedling');
  });
});
