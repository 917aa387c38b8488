/**
 * When the concept reading's refusal yields to the general reading on a page its lists describe
 * (src/ask/engine.ts), over a made-up page that is never shipped: written in the guide's own
 * words, so the concept lists describe it as they do today's pages.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { GENERAL_CALIBRATION, loadGeneralIndex } from '../../src/ask/engine/general.ts';

const SANDBOX = '/partner/what-would-you-like-to-learn-about/account-management/sandbox/manage-sandbox-tokens';
const page = madeUpPage(SANDBOX, 'Manage sandbox tokens', 'en', [
  'Sandbox tokens are API tokens for test calls. A sandbox token never reads live data.',
  '',
  '## Enable sandbox tokens',
  '',
  '1. From the top navigation bar, select **Settings**.',
  '2. Under **Technical**, select **Sandbox**.',
  '3. In the top-right corner, select **Enable Sandbox Tokens**. Once you select this button, it will disappear, and a **Sandbox Token** card will appear.',
]);
const data = indexWith(page);
const engine = createAskEngine(data);

describe("the concept reading's refusal on a page its lists describe", () => {
  it('is a page the concept lists describe', () => {
    const index = loadEngineIndex(data);
    const cover = loadGeneralIndex(index, data.vocabulary).conceptCover.get(SANDBOX) ?? 0;
    expect(cover).toBeGreaterThanOrEqual(GENERAL_CALIBRATION.conceptPageCover);
  });

  it('yields to a passage that says five or more words of a long question and every action it names', () => {
    const reply = engine.ask({
      question:
        'what if I open the Sandbox page and there is no Enable Sandbox Tokens button in the top-right corner at all, does that mean somebody already turned it on?',
      page: SANDBOX,
    });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('it will disappear');
  });

  it('yields to a passage that says three words of a question telling what happened, and all it asks', () => {
    // The passage says sandbox, token and card (three words, not five); the question's asking clause says nothing else.
    const reply = engine.ask({
      question: 'My colleague says the Sandbox Token card showed up on its own this morning. What happened?',
      page: SANDBOX,
    });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('card will appear');
  });

  it('stands for a short question whose passage says fewer of its words', () => {
    // The passage says sandbox, token and card, most of the question's weight, but not who owns it.
    expect(engine.ask({ question: 'Which team owns the Sandbox Token card?', page: SANDBOX }).answered).toBe(false);
  });
});
