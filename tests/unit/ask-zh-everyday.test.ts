/**
 * A Chinese word no page has weighs by how common it is in general Chinese (the Leiden Weibo
 * list's most used words and Jun Da's most used characters, shipped in the index): an everyday
 * word says little, a rare one is what the question hinges on (src/ask/engine/general-pick.ts),
 * over a made-up page that is never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { GENERAL_CALIBRATION, loadGeneralIndex, readGeneral } from '../../src/ask/engine/general.ts';

const ZH = '/other/zh/garden/greenhouse-watering';
const data = indexWith(
  madeUpPage(ZH, '温室浇水', 'zh', [
    '## 自动浇水',
    '',
    '温室的自动浇水在每天早上 6 点开始，持续 20 分钟。',
    '',
    '要更改开始时间，请打开 控制面板 → 浇水计划，然后选择新的时间。',
    '',
    '## 手动浇水',
    '',
    '选择 立即浇水 即可马上浇一次水。水箱空了时，浇水会暂停。',
  ]),
);
const engine = createAskEngine(data);
const ask = (question: string) => engine.ask({ question, page: ZH });
const index = loadEngineIndex(data);
const general = loadGeneralIndex(index, data.vocabulary);
const wordsOf = (question: string) =>
  readGeneral(index, general, question, 'zh', { procedure: false, comparison: false, page: ZH })!.pick.words;

describe('a Chinese word no page has', () => {
  it('answers a chatty question whose words no page has are everyday ones (朋友, 好像, 一直)', () => {
    const reply = ask('朋友好像一直说浇水计划的开始时间可以改，控制面板在哪里？');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('控制面板 → 浇水计划');
    expect(ask('朋友好像说自动浇水的开始时间可以改，在哪里改？').answered).toBe(true);
  });

  it('refuses a question hinging on a rare one, everyday words around it or not', () => {
    expect(ask('朋友好像说水箱空了以后会自动补水，真的吗？').answered).toBe(false);
    expect(ask('水箱空了以后会自动补水吗？').answered).toBe(false);
  });

  it('weighs a rare one whole and an everyday one little, however many of those the question has', () => {
    const words = wordsOf('朋友好像说水箱空了以后会自动补水，真的吗？');
    const weight = (key: string) => words.find((word) => word.key === key)!.weight;
    expect(weight('补水')).toBe(GENERAL_CALIBRATION.unknownWeight);
    for (const everyday of ['朋友', '好像', '真的']) expect(weight(everyday)).toBeLessThan(weight('补水') / 4);
  });

  it('takes function characters around common ones for everyday words the word list cut apart (早|就, 几|百)', () => {
    for (const question of ['我早就改了浇水计划，控制面板在哪里？', '几百个温室的浇水计划，控制面板在哪里？']) {
      const cut = wordsOf(question).find((word) => !word.known)!;
      expect(cut.familiar).toBe(true);
      expect(cut.weight).toBeLessThan(GENERAL_CALIBRATION.unknownWeight / 4);
    }
  });
});
