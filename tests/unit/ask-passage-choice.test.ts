/**
 * Which passage the general reading (src/ask/engine/general-pick.ts) picks, over a made-up page
 * that is never shipped: general rules of how help pages answer, each with a question of its own.
 */
import { describe, expect, it } from 'vitest';
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { loadContentPages } from '../../src/ask/content.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import type { SourcePage } from '../../src/ask/source.ts';

const FERNS = '/partner/what-would-you-like-to-learn-about/garden/grow-ferns-indoors';
const page = (path: string, title: string, body: string): SourcePage => ({
  path,
  body,
  data: { title, description: title, locale: 'en' },
});
const engine = createAskEngine(
  buildAskIndex([
    ...loadContentPages(),
    page(
      FERNS,
      'Grow ferns indoors',
      [
        'Ferns like shade and steady humidity.',
        '',
        '## Repot a fern',
        '',
        '1. Lift the plant out of its old pot.',
        '2. Check that the roots look white and firm.',
        '3. Set the plant in fresh peat and press it down.',
        '',
        '## Feed your plants',
        '',
        'Look at the roots of a fern once a year for pests, and check the leaves for brown tips.',
      ].join('\n'),
    ),
  ]),
);

describe('a step does the task its heading names', () => {
  it("reads a step with its section's heading: the step that checks the roots while repotting, not a passage elsewhere that checks roots", () => {
    const reply = engine.ask({ question: 'while repotting a fern, what should its roots look like?', page: FERNS });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('white and firm');
    expect(reply.answer).not.toContain('once a year');
  });
});
