/**
 * Real English words are no typos (src/ask/engine/question-words.ts), and a question hinging on a
 * word no page has stays refused (src/ask/engine.ts), over made-up pages that are never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { readQuestion } from '../../src/ask/engine/question.ts';

const GARDEN = '/partner/what-would-you-like-to-learn-about/garden/water-the-beds';
const garden = madeUpPage(GARDEN, 'Water the beds', 'en', [
  'The garden log lists every bed. Each bed has a tile with its plants.',
  '',
  '## Water the beds',
  '',
  '1. Open the log.',
  '2. Select the tile of a bed, then select **Water now**.',
  '',
  'A read only bed is watered by the timer.',
]);
const gardenIndex = loadEngineIndex(buildAskIndex([garden]));
const surfaces = (text: string) => readQuestion(gardenIndex, text, '', 'en').words.map((word) => word.surface);

describe('English words in a question', () => {
  it('reads a real English word as itself, not as the page word one slip away', () => {
    // long is no slip of log, nor time of tile: both are among the most used English words.
    expect(surfaces('how long is the garden log kept')).toContain('long');
    const words = surfaces('what time does the timer water the beds');
    expect(words).toContain('time');
    expect(words).not.toContain('tile');
  });

  it('reads a real word as a page word when it makes a pair the pages say with its neighbour', () => {
    // "reed only" is no pair of the page's; "read only" is.
    const words = surfaces('is a reed only bed watered');
    expect(words).not.toContain('reed');
    expect(words).toContain('read only');
  });

  it('still reads a word no word list has as the page word it slips from', () => {
    expect(surfaces('where is the gardn log')).toContain('garden');
  });
});

const PREVIEW = '/partner/what-would-you-like-to-learn-about/account-management/preview/manage-preview-tokens';
const preview = madeUpPage(PREVIEW, 'Manage preview tokens', 'en', [
  'Preview tokens are API tokens that call the preview API only.',
  '',
  '## Enable preview tokens',
  '',
  '1. Select **Settings** in the top navigation bar.',
  '2. Select **Technical**, then **Preview**.',
  '3. Select **Enable Preview Tokens** in the top-right corner.',
  '',
  '## Keep them safe',
  '',
  '- **Store credentials securely.** Encrypt them at rest and in transit.',
  '- **Rotate tokens regularly.** Reset each token on a schedule.',
]);
const engine = createAskEngine(indexWith(preview));
const ask = (question: string) => engine.ask({ question, page: PREVIEW });

describe('the word a question hinges on', () => {
  it('refuses a question whose last word of substance no page has, though the rest is said', () => {
    // The page says how to enable preview tokens, never whether both can be enabled at once.
    expect(ask('Can I enable both preview tokens at the same time?').answered).toBe(false);
  });

  it('is no word of asking ("as well"): the question is answered from the point that says the rest', () => {
    const reply = ask('Do the credentials need to be encrypted in transit as well?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('in transit');
  });
});
