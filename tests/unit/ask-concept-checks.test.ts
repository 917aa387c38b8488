/**
 * The concept reading's form checks (src/ask/engine/checks.ts), over a made-up page that is never
 * shipped: general rules of how help pages answer, each with a question of its own.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { choose } from '../../src/ask/engine/choose.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { readQuestion } from '../../src/ask/engine/question.ts';
import { rank } from '../../src/ask/engine/rank.ts';

const KITCHEN = '/partner/what-would-you-like-to-learn-about/kitchen/run-the-oven';
const page = madeUpPage(KITCHEN, 'Run the oven', 'en', [
  'The oven bakes bread and roasts vegetables. Turn the knob to choose how it heats.',
  '',
  '## Knob reference',
  '',
  '| Setting | Description |',
  '| --- | --- |',
  '| **Bake (Top/Bottom)** | Heat from the top and bottom coils, for bread. |',
  '| **Bake (Fan)** | Heat moved by the fan, for trays of biscuits. |',
  '',
  '## Care tips',
  '',
  '- **Wipe the glass weekly.** Grease on the glass hides the food from view.',
  '- **Empty the crumb tray.** Old crumbs burn and smoke.',
  '- **Descale the steam tank.** Scale blocks the steam pipe.',
  '- **Check the door seal.** A complete seal keeps the heat in.',
]);
const index = loadEngineIndex(indexWith(page));
const conceptAnswer = (text: string) => {
  const question = readQuestion(index, text, '', 'en');
  return choose(index, question, rank(index, question, KITCHEN));
};

/** The sentences the concept reading's answer quotes, in order (undefined when it refuses). */
const conceptQuotes = (text: string) =>
  conceptAnswer(text)
    ?.lines.flatMap((line) => line.sentences)
    .join(' ');

describe('the concept reading: comparisons', () => {
  it('answers two rows of one table compared, when only the heading of the table names the list asked about', () => {
    const quoted = conceptQuotes('difference between Bake (Top/Bottom) and Bake (Fan) on that knob?');
    expect(quoted).toContain('top and bottom coils');
    expect(quoted).toContain('moved by the fan');
  });
});

describe('the concept reading: counts', () => {
  it('answers "how many X" with the rows of a list each naming X, when no passage gives a number', () => {
    const quoted = conceptQuotes('how many bake modes does the knob have?');
    expect(quoted).toContain('Bake (Top/Bottom)');
    expect(quoted).toContain('Bake (Fan)');
  });

  it('does not count a list for "how many" of something its rows do not name', () => {
    expect(conceptAnswer('how many times can I bake with the fan?')).toBeNull();
  });
});

describe('the concept reading: yes/no questions', () => {
  it('answers a yes/no question whose passage leaves unsaid only a word of the pages that no concept holds', () => {
    const quoted = conceptQuotes('can Bake (Fan) heat a complete tray of biscuits?');
    expect(quoted).toContain('moved by the fan');
  });
});

describe('the concept reading: several things asked for', () => {
  it('answers "what are the …" with the point of the list first, then its other points', () => {
    const quoted = conceptQuotes('what are the care tips for the oven glass?');
    expect(quoted?.startsWith('Wipe the glass weekly.')).toBe(true);
    expect(quoted).toContain('Empty the crumb tray.');
    expect(quoted).toContain('Descale the steam tank.');
  });

  it('answers a yes/no question about one point with that point alone, though it says "list"', () => {
    const quoted = conceptQuotes('does the list say to descale the steam tank?');
    expect(quoted).toContain('Scale blocks the steam pipe');
    expect(quoted).not.toContain('Wipe the glass');
  });

  it('answers a question about one point with that point alone', () => {
    const quoted = conceptQuotes('why wipe the oven glass weekly?');
    expect(quoted).toContain('Grease on the glass');
    expect(quoted).not.toContain('Descale');
  });
});

describe('the concept reading: "which X" in Chinese', () => {
  it('reads the word right after 什么 as what it asks for, not a word further on', () => {
    expect(readQuestion(index, '这两种烘烤分别在什么情况下用？有点搞不清', '', 'zh').unanswerable).toBe(false);
    expect(readQuestion(index, '烤箱支持哪些编程语言？', '', 'zh').unanswerable).toBe(true);
  });

  it('reads a 什么 inside another form of asking (要做什么: what to do) as that form, not as "which X"', () => {
    expect(readQuestion(index, '烤箱预热好了，下一步要做什么才不会烤焦？', '', 'zh').unanswerable).toBe(false);
  });
});

describe('the concept reading: clauses', () => {
  it('reads a first clause ended by "?" as what is asked, and a statement after it as context', () => {
    const question = readQuestion(index, 'Best setting for biscuits? we usually bake bread on the top coils', '', 'en');
    const context = (key: string) => question.words.find((word) => word.key === key)?.context;
    expect(context('biscuit')).toBeFalsy();
    expect(context('bread')).toBe(true);
    expect(context('coil')).toBe(true);
  });
});
