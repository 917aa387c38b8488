/**
 * Which passage the general reading (src/ask/engine/general-pick.ts) picks, over a made-up page
 * that is never shipped: general rules of how help pages answer, each with a question of its own.
 */
import { describe, expect, it } from 'vitest';
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { loadContentPages } from '../../src/ask/content.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex, readGeneral } from '../../src/ask/engine/general.ts';
import type { SourcePage } from '../../src/ask/source.ts';

const FERNS = '/partner/what-would-you-like-to-learn-about/garden/grow-ferns-indoors';
const PARCELS = '/partner/what-would-you-like-to-learn-about/shipping/send-parcels-as-a-seller';
const FERNS_ZH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/grow-ferns-indoors';
const page = (path: string, title: string, body: string, locale: 'en' | 'zh' = 'en'): SourcePage => ({
  path,
  body,
  data: { title, description: title, locale },
});
const data = buildAskIndex([
  ...loadContentPages(),
  page(
    FERNS,
    'Grow ferns indoors',
    [
      'Ferns like shade and steady humidity.',
      '',
      '## Repot a fern',
      '',
      '1. Lift the plant out of its old pot.',
      '2. Check that the roots look white and firm.',
      '3. Set the plant in fresh peat and press it down.',
      '',
      '## Feed your plants',
      '',
      'Look at the roots of a fern once a year for pests, and check the leaves for brown tips.',
    ].join('\n'),
  ),
  page(
    PARCELS,
    'Send parcels as a seller',
    [
      'Parcels leave the depot each morning.',
      '',
      '## Delivery options',
      '',
      '| Option | Arrival time |',
      '| --- | --- |',
      '| **Standard** | 3–5 business days |',
      '| **Express** | 1 business day |',
      '',
      '## If a parcel is late',
      '',
      'If a parcel shows Shipped but has not arrived after 10 business days, contact Support.',
      '',
      '## Labels',
      '',
      'Each label holds up to 12 characters of reference text.',
    ].join('\n'),
  ),
  page(
    FERNS_ZH,
    '在室内种蕨类',
    [
      '蕨类喜欢阴凉。',
      '',
      '## 批量种植',
      '',
      '如需批量种植蕨类，请使用育苗盘。',
      '',
      '## 浇水',
      '',
      '每 3 天浇一次水。',
    ].join('\n'),
    'zh',
  ),
]);
const engine = createAskEngine(data);
const engineIndex = loadEngineIndex(data);
const general = loadGeneralIndex(engineIndex, data.vocabulary);
/** The general reading's own answer, its bars aside: its first quoted sentence. */
const generalSays = (question: string) =>
  readGeneral(engineIndex, general, question, 'en', { procedure: false, comparison: false, page: PARCELS })?.answer
    .lines[0]?.sentences[0];

describe('a step does the task its heading names', () => {
  it("reads a step with its section's heading: the step that checks the roots while repotting, not a passage elsewhere that checks roots", () => {
    const reply = engine.ask({ question: 'while repotting a fern, what should its roots look like?', page: FERNS });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('white and firm');
    expect(reply.answer).not.toContain('once a year');
  });
});

describe('a number is read with what it counts', () => {
  it('does not take "3 weeks" for the 3 of "3–5 business days"', () => {
    expect(generalSays('Standard parcel shipped 3 weeks ago, still nothing?')).toContain('contact Support');
  });

  it('answers "how many X" only with a number of X', () => {
    expect(generalSays('how many characters does a label hold?')).toContain('12 characters');
    expect(generalSays('how many labels does a parcel hold?')).toBeUndefined();
  });
});

describe('the words of the form that asks how many', () => {
  it('are no words the question hinges on ("min and max", "the maximum number of")', () => {
    for (const question of [
      'how many characters can a parcel label hold, min and max?',
      'what is the maximum number of characters on a parcel label?',
    ]) {
      const reply = engine.ask({ question, page: PARCELS });
      expect(reply.answered, question).toBe(true);
      expect(reply.answer).toContain('12 characters');
    }
  });
});

describe('a word no page has among the most common English words', () => {
  it('counts half against the share of words no page has ("usually", "land")', () => {
    const reply = engine.ask({ question: 'how many days does a standard parcel usually take to land?', page: PARCELS });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('3–5 business days');
  });
});

describe('words that only look like a form asking for a number or a count', () => {
  it('"when" before a gerund says when the asker does something; it asks for no time', () => {
    const reply = engine.ask({ question: 'When repotting a fern, what should the roots look like?', page: FERNS });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('white and firm');
  });

  it('"10 min" is minutes, not a minimum', () => {
    expect(generalSays('where do i see the delivery options? been looking for 10 min')).toContain('business days');
  });

  it('几百 is "several hundred", not "how many"', () => {
    const reading = readGeneral(engineIndex, general, '我有几百棵蕨类要种，有没有办法批量种植？', 'zh', {
      procedure: false,
      comparison: false,
      page: FERNS_ZH,
    });
    expect(reading?.answer.lines[0]?.sentences[0]).toContain('批量种植');
  });
});
