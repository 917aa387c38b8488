/**
 * The general reading's decision can be put in another's hands (createAskEngine's `decide`), as
 * the bench's fitted decision is (bench/measurements/ask/fit-general.ts): it is asked on a page
 * the concept lists do not describe, with the rules' verdict and the reading, and its word stands.
 * Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { HIVE_SECTION, indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import type { GeneralReading } from '../../src/ask/engine/general.ts';

const HIVE = '/partner/what-would-you-like-to-learn-about/bees/keep-a-hive';

describe("the general reading's decision, handed to another", () => {
  const data = indexWith(
    madeUpPage(HIVE, 'Keep a hive as a beekeeper', 'en', [
      ...HIVE_SECTION,
      '## After each visit',
      '',
      'Scrub the smoker with warm soapy water.',
    ]),
  );
  const question = { question: 'where do workers store honey?', page: HIVE };

  it('is asked with the rules verdict and the reading, and the rules answer by default', () => {
    const seen: { reading: GeneralReading; rules: boolean }[] = [];
    const engine = createAskEngine(data, {
      decide: (reading, rules) => {
        seen.push({ reading, rules });
        return rules;
      },
    });
    const reply = engine.ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('shallow super');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.rules).toBe(true);
    // The passage leads the next one (the queen's, beside it) by a share of its score.
    expect(seen[0]!.reading.pick.margin).toBeGreaterThan(0);
    expect(seen[0]!.reading.pick.margin).toBeLessThanOrEqual(1);
  });

  it('refuses when the decision says so, though the rules would answer', () => {
    const engine = createAskEngine(data, { decide: () => false });
    expect(engine.ask(question).answered).toBe(false);
  });
});
