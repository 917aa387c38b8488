/**
 * The general reading's near-misses (src/ask/engine/general.ts): a short question naming a word
 * the pages say in other passages, but not the passage that holds the rest of it nor its section
 * (`namedElsewhere`), or as many everyday words no page has as words the pages know, asks what the
 * pages do not say. Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const HIVE = '/partner/what-would-you-like-to-learn-about/bees/keep-a-hive';

describe('a word the pages say only in other passages', () => {
  const page = madeUpPage(HIVE, 'Keep a hive as a beekeeper', 'en', [
    '## The hive',
    '',
    'The queen lays her eggs in the brood box.',
    '',
    'Workers store honey in the shallow super above it.',
    '',
    '## After each visit',
    '',
    'Scrub the smoker with warm soapy water.',
    '',
    'Scrub the hive tool until no wax is left on it.',
  ]);
  const engine = createAskEngine(indexWith(page));
  const ask = (question: string) => engine.ask({ question, page: HIVE });

  it('refuses a short question whose action the pages say only about other things', () => {
    // "scrub" is said twice, both times of the tools; the brood box is never scrubbed.
    expect(ask('how do I scrub the brood box?').answered).toBe(false);
  });

  it('still answers the same action about what the pages say it of, and the thing alone', () => {
    const tool = ask('how do I scrub the hive tool?');
    expect(tool.answered).toBe(true);
    expect(tool.answer).toContain('no wax is left');
    const box = ask('what goes in the brood box?');
    expect(box.answered).toBe(true);
    expect(box.answer).toContain('queen lays her eggs');
  });

  it('counts a common word no page has whole in a question the pages know two words of at most', () => {
    // "old" and "back" are common English and on no page: in a chatty question they say little, here they are what is asked.
    expect(ask('can I get my old queen back?').answered).toBe(false);
    expect(ask('where does the queen lay her eggs?').answered).toBe(true);
  });
});
