/**
 * "How long does A last vs B": a comparison asking a number is answered with a number for each
 * side. The other side is a passage that gives a number too, and not one counting a thing the
 * question names ("your last 5 gate codes" is a count, not how long), nor a passage that only
 * names the other side ("… the gate code stops working").
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/open-the-garden-gate';
const engine = createAskEngine(
  indexWith(
    madeUpPage(EN, 'Open the garden gate as a visitor', 'en', [
      'You open the garden gate with a gate code or a key card.',
      '',
      '## Open the gate with a gate code',
      '',
      '1. Ask the gardener for a gate code.',
      '2. Open the text from the garden and select **Show Code**. The gate code is valid for 60 minutes and can be used only once.',
      '3. Enter the code on the keypad.',
      '',
      '## Open the gate with a key card',
      '',
      'The key card expires after 24 hours. If it expires, ask the gardener for a new key card.',
      '',
      'Once you tap the new key card, the old key card and any gate code you were sent stop working.',
      '',
      '## Gate code rules',
      '',
      '| Rule | Requirement |',
      '| --- | --- |',
      '| **Length** | At least 6 digits. |',
      "| **History** | Can't be any of your last 5 gate codes. |",
    ]),
  ),
);

describe('a comparison asking how long, over a made-up page', () => {
  it('quotes a number for each side', () => {
    const reply = engine.ask({
      question: 'whats the difference between how long the gate code lasts vs the new key card?',
      page: EN,
    });
    expect(reply.answer).toMatch(/24 hours[\s\S]*60 minutes|60 minutes[\s\S]*24 hours/);
  });
});
