/**
 * The action asked and what it is done to, said together (src/ask/engine/general-action.ts,
 * actionObjectApart): a page that says "change" of one thing and names another beside "to confirm
 * the change" (a noun) does not say how to change that other thing. Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const NEST = '/partner/what-would-you-like-to-learn-about/birds/register-a-nest-box';

describe('the action asked and its object', () => {
  const page = madeUpPage(NEST, 'Register a nest box as a birdwatcher', 'en', [
    '## Add or change your nest box',
    '',
    '1. From the top bar, select **Garden** → **Nest boxes**.',
    '2. Select **Add Nest Box**, or **Edit** on the box card.',
    '3. Enter the hole width and the height above the ground.',
    "4. Select **Save**. The society posts a 6-digit code to the garden owner's home address. Enter the code within 15 days to confirm the change.",
    '',
    '## Ringing the chicks',
    '',
    'Ringers visit each registered box once the chicks are ten days old.',
  ]);
  const engine = createAskEngine(indexWith(page));
  const ask = (question: string) => engine.ask({ question, page: NEST });

  it('refuses an action the page says only of another thing', () => {
    // "change" is said of the nest box; the home address only beside "the change", a noun.
    expect(ask('How do I change the home address that the society posts the code to?').answered).toBe(false);
  });

  it('answers the action said of the thing asked', () => {
    const box = ask('How do I change my nest box?');
    expect(box.answered).toBe(true);
    expect(box.answer).toContain('Nest boxes');
  });
});
