/**
 * "The difference between A and B" answered by a passage that only names both ("(Optional)
 * Select More options to add a Gate Bell and a Gate Lamp.") says what neither is: two rows of one
 * table on the page, each saying one side the other does not, answer instead, in the page's order.
 * A yes/no question naming two things asks no difference.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/add-a-garden-gate';
const engine = createAskEngine(
  indexWith(
    madeUpPage(EN, 'Add a garden gate as a gardener', 'en', [
      'A garden gate lets visitors into your garden.',
      '',
      '## Add a gate',
      '',
      '1. Select **Add Gate**.',
      '2. Enter a name for the gate.',
      '3. (Optional) Select **More options** to add a Gate Bell and a Gate Lamp.',
      '4. Select **Save**.',
      '',
      '## Gate Bell and Gate Lamp',
      '',
      '| Option | What it does |',
      '| --- | --- |',
      '| **Gate Bell** | Rings in your kitchen when a visitor opens the gate. |',
      '| **Gate Lamp** | Lights the path for a visitor after sunset. |',
    ]),
  ),
);

describe('a comparison answered by a passage that only names both sides, over a made-up page', () => {
  it('is answered by the two rows that tell the sides apart', () => {
    const reply = engine.ask({
      question: "what's the actual difference between a gate bell and a gate lamp? both are in more options",
      page: EN,
    });
    expect(reply.answer).toMatch(/Rings in your kitchen[\s\S]*Lights the path/);
    expect(reply.answer).not.toContain('Select More options');
  });

  it('leaves a yes/no question naming both to its answer', () => {
    const reply = engine.ask({ question: 'can I add both a gate bell and a gate lamp at the same time?', page: EN });
    expect(reply.answer).toContain('More options');
  });
});
