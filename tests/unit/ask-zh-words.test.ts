/**
 * How the general reading cuts a Chinese question into words (src/ask/engine/general-words.ts),
 * over a made-up page that is never shipped: a page word ends where the pages end it, even inside
 * a segment Intl.Segmenter drew across it, and a function character the segmenter set apart joins
 * a page word only where the pages almost always say the two together.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex } from '../../src/ask/engine/general-index.ts';
import { contentWords } from '../../src/ask/engine/general-words.ts';

const POINTS = '/partner/zh/nin-xiang-liao-jie-shen-me/points/cash-out-points';

const page = madeUpPage(POINTS, '积分提现', 'zh', [
  '## 提现方式',
  '',
  '自动提现：每月 10 日把积分转入银行卡。',
  '',
  '手动提现：随时在积分页点击提现按钮，积分当天转出。',
  '',
  '## 照看花园',
  '',
  '每天早上浇水。',
  '',
  '浇水时用细孔水壶。',
  '',
  '雨天不必浇水。',
  '',
  '浇水后叶子会挺起来。',
  '',
  '在下拉菜单中选择花园。',
  '',
  '花园中的花每周修剪一次。',
]);

describe('Chinese words of a question, on a page the concept lists do not describe', () => {
  const data = indexWith(page);
  const general = loadGeneralIndex(loadEngineIndex(data), data.vocabulary);
  const words = (question: string) => contentWords(general, question, 'zh').map((word) => word.key);

  it('ends a page word inside a segment drawn across it, at a function character (提|现有 → 提现 | 有)', () => {
    const read = words('自动提现和手动提现有啥区别');
    expect(read).toEqual(['自动提现', '手动提现']);
  });

  it('keeps a function character the segmenter set apart off a word the pages mostly say alone (浇水|后)', () => {
    expect(words('浇水后土要换吗')).toContain('浇水');
    expect(words('浇水后土要换吗')).not.toContain('浇水后');
  });

  it('keeps a function character cut out of a segment off such a word too (花园|中有 → 花园 | 中 | 有)', () => {
    expect(words('花园中有哪些花')).toContain('花园');
    expect(words('花园中有哪些花')).not.toContain('花园中');
  });

  it('joins it where the pages say the two together (下|拉菜单 → 下拉菜单)', () => {
    expect(words('花园在哪个下拉菜单')).toContain('下拉菜单');
  });
});
