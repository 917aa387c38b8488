/**
 * The two sides of a comparison are quoted in the page's order (a list's items as the page sets them out):
 * "what's the difference between muting an alert and removing it?" quoted the Remove item first, the
 * one that ranked higher. Over a made-up page.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/set-up-swarm-alerts';
const page = madeUpPage(PATH, 'Set up swarm alerts as a beekeeper', 'en', [
  'A swarm alert is a message the garden sends to your URL each time bees leave a hive.',
  '',
  'Important: Swarms that happen while an alert is paused or muted are not sent later.',
  '',
  '## Mute or remove an alert',
  '',
  '* **Mute**: In the *Alerts* list, turn off the **Active** toggle next to the alert. Your settings are kept.',
  '* **Remove**: Select **Remove** next to the alert, then confirm. Removing an alert cannot be undone.',
]);
const engine = createAskEngine(indexWith(page));

describe('the two sides of a comparison, over a made-up page', () => {
  it('are quoted in the page order', () => {
    const answer = engine.ask({
      question: "what's the difference between muting an alert and removing it?",
      page: PATH,
    }).answer;
    expect(answer).toMatch(/settings are kept[\s\S]*cannot be undone/);
    expect(answer).not.toContain('paused or muted');
  });
});
