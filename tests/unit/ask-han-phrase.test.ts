/**
 * 新种子还没补充之前，喂鸟器用哪个种子: of the passages saying the question's words, the one that
 * says them as the question does, four characters in a row across its words' ends (补充之前),
 * ranks over one that says a rarer word of it (新种子) apart. Over a made-up page.
 */
import { describe, expect, it } from 'vitest';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex } from '../../src/ask/engine/general.ts';
import { pickPassage } from '../../src/ask/engine/general-pick.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const ZH = '/zh/partner/what-would-you-like-to-learn-about/garden/change-the-seed';
const chinese = madeUpPage(ZH, '以园丁身份更换种子', 'zh', [
  '花园应用每天为每个喂鸟器补充一次。',
  '',
  '## 换一种种子',
  '',
  '1. 在 **新种子** 字段中，输入喂鸟器要用的种子。',
  '2. 选择 **开始补充**。',
  '   * 在您完成补充之前，喂鸟器会继续使用旧种子。',
]);
const data = indexWith(chinese);
const general = loadGeneralIndex(loadEngineIndex(data), data.vocabulary);

describe('a Chinese phrase of the question, over a made-up page', () => {
  it('ranks the passage that says it in a row', () => {
    const pick = pickPassage(general, '新种子还没补充之前，喂鸟器用哪个种子？', 'zh', undefined, undefined, ZH);
    expect(pick?.passage.sentences.join('')).toContain('继续使用旧种子');
  });
});
