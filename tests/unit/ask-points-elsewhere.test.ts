/**
 * A passage that sends the reader elsewhere for the details ("Choose WOOD or IRON. See *Gate
 * kinds* below.") ranks lower in the general reading than the passages there, which say them.
 * Over a made-up page: "what does the IRON gate type do?" was answered by the pointer.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { POINTS_ELSEWHERE } from '../../src/ask/language/asking.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/add-a-garden-gate';
const page = madeUpPage(PATH, 'Add a garden gate as a gardener', 'en', [
  'A garden gate lets visitors into your garden.',
  '',
  '## Add a gate',
  '',
  '1. Select **Add Gate**.',
  '2. Fill in the form:',
  '   * **Gate Type**: Choose WOOD or IRON. See *Gate kinds* below.',
  '   * **Gate Name**: Enter a name.',
  '',
  '## Gate kinds',
  '',
  '* **WOOD**: the gate creaks when a visitor opens it.',
  '* **IRON**: this gate type rings a bell when a visitor opens it. Bells you hang on the gate ring as well.',
]);
const engine = createAskEngine(indexWith(page));

describe('a passage that sends the reader elsewhere, over a made-up page', () => {
  it('loses to the passage it points to', () => {
    expect(engine.ask({ question: 'what does the IRON gate type do?', page: PATH }).answer).toContain('rings a bell');
  });

  it('is one with a sentence that sends the reader elsewhere, in either language', () => {
    expect(POINTS_ELSEWHERE.test('See Gate kinds below.')).toBe(true);
    expect(POINTS_ELSEWHERE.test('To rotate those credentials, see Manage legacy API tokens.')).toBe(true);
    expect(POINTS_ELSEWHERE.test('请参阅下文的 门的种类。')).toBe(true);
    expect(POINTS_ELSEWHERE.test('Only you can see Sub IDs.')).toBe(false);
    expect(POINTS_ELSEWHERE.test("Otherwise, you'll see the error.")).toBe(false);
  });
});
