/**
 * A word and its Latin nominalization, which the stemmer leaves apart (convert and conversion),
 * read as one family when a question says the one no page has (src/ask/engine/general-derive.ts),
 * over a made-up page that never ships.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { nominalFamily } from '../../src/ask/engine/general-derive.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const HONEY = '/partner/what-would-you-like-to-learn-about/beekeeping/sell-your-honey';
const engine = createAskEngine(
  indexWith(
    madeUpPage(HONEY, 'Sell your honey', 'en', [
      '## Prices',
      '',
      'Set a price per jar for each honey harvest in the market stall.',
      '',
      '## Foreign buyers',
      '',
      'The market stall converts each jar price into the buyer currency at the daily rate.',
      '',
      '## Labels',
      '',
      'Every jar of honey needs a label with the harvest date.',
    ]),
  ),
);

describe('a word and its Latin nominalization', () => {
  it('reads a noun as the page verb it is made of, and a verb as the page noun (t or d for s or ss)', () => {
    const pages = new Set(['convert', 'extens', 'respond']);
    const isPageStem = (stem: string) => pages.has(stem);
    expect(nominalFamily('convers', isPageStem)).toBe('convert');
    expect(nominalFamily('extend', isPageStem)).toBe('extens');
    expect(nominalFamily('respons', isPageStem)).toBe('respond');
    // Too short a base to tell a family from a chance likeness (cours, court).
    expect(nominalFamily('cours', (stem) => stem === 'court')).toBeUndefined();
  });

  it('answers a question that names the page verb by its noun', () => {
    const reply = engine.ask({ question: 'is there a price conversion?', page: HONEY });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('converts each jar price');
  });
});
