/**
 * "How many refills …", 补充几次: the word whose number is asked ranks the passage that counts it
 * over one that says as much of the rest of the question. Over made-up pages.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex } from '../../src/ask/engine/general.ts';
import { pickPassage } from '../../src/ask/engine/general-pick.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/keep-a-feeder-full';
const ZH = '/zh/partner/what-would-you-like-to-learn-about/garden/keep-a-feeder-full';
const english = madeUpPage(EN, 'Keep a bird feeder full as a gardener', 'en', [
  'The garden app watches each bird feeder for you.',
  '',
  '## When a feeder runs empty',
  '',
  'Important: if a feeder stays empty for 3 days in a row, the garden app automatically switches that feeder off.',
  '',
  'When a feeder is empty, the garden app refills it at most 5 more times: after 1 hour, 6 hours and 1 day.',
]);
const chinese = madeUpPage(ZH, '以园丁身份保持喂鸟器满满的', 'zh', [
  '花园应用会替您照看每个喂鸟器。',
  '',
  '## 喂鸟器空了时',
  '',
  '重要：如果某个喂鸟器空了连续 3 天，花园应用会自动关闭该喂鸟器。',
  '',
  '喂鸟器空了时，花园应用会最多再补充 5 次：分别在 1 小时、6 小时和 1 天后。',
]);
const data = indexWith(english, chinese);
const engine = createAskEngine(data);

describe('the word whose number is asked, over made-up pages', () => {
  it('ranks the passage that counts it (补充几次), end to end', () => {
    const reply = engine.ask({ question: '喂鸟器空了的话花园应用会自动补充几次？', page: ZH });
    expect(reply.answer).toContain('最多再补充 5 次');
  });

  it('ranks the passage that counts it ("how many refills"), in the general reading\'s pick', () => {
    const general = loadGeneralIndex(loadEngineIndex(data), data.vocabulary);
    const question = 'how many refills does the garden app do automatically when a feeder is empty?';
    const pick = pickPassage(general, question, 'en', undefined, undefined, EN);
    expect(pick?.passage.sentences.join(' ')).toContain('at most 5 more times');
  });
});
