/**
 * A Chinese question re-cut by the pages' words where the segmenter cut across them
 * (src/ask/engine/general-word-ends.ts `recutByPageWords`), over a made-up page that is never
 * shipped: 叶面积水 is cut 叶|面积|水, so the question read 面积, a word the page says elsewhere,
 * and neither 叶面 nor 积水.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex } from '../../src/ask/engine/general-index.ts';
import { contentWords } from '../../src/ask/engine/general-words.ts';

const ROSES = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/rose-care';

const page = madeUpPage(ROSES, '月季养护', 'zh', [
  '## 修剪',
  '',
  '花谢以后，把开过花的枝条剪短一半。',
  '',
  '## 浇水',
  '',
  '浇水后要抖掉叶面的积水，以免叶子生病。',
  '',
  '## 花坛',
  '',
  '花坛面积超过十平方米时，改用喷灌。',
  '',
  '## 施肥',
  '',
  '每月施一次缓释肥料。',
]);

describe('a Chinese question re-cut by the pages’ words', () => {
  const data = indexWith(page);
  const general = loadGeneralIndex(loadEngineIndex(data), data.vocabulary);
  const engine = createAskEngine(data);
  const words = (question: string) => contentWords(general, question, 'zh').map((word) => word.key);

  it('reads the page words the segmenter cut across (叶|面积|水 → 叶面 | 积水)', () => {
    const read = words('叶面积水要怎么处理');
    expect(read).toContain('叶面');
    expect(read).toContain('积水');
    expect(read).not.toContain('面积');
  });

  it('answers from the passage that says them', () => {
    const reply = engine.ask({ question: '叶面积水要怎么处理', page: ROSES });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('抖掉');
  });

  it('keeps the segmenter’s cut where the pages’ words do not cover the asker’s term whole (叶|面积|水分: no page says 水分)', () => {
    expect(words('叶面积水分要怎么处理')).not.toContain('叶面');
  });
});
