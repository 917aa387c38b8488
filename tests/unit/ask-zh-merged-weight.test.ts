/**
 * A Chinese word the general reading merges from the segmenter's pieces weighs no more than its
 * pieces together (src/ask/engine/general-pick.ts), as English weighs the words of a term: 新|水壶
 * is rarer on the pages than 水壶, not a rarer thing to ask about. Over a made-up page that never ships.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const CANS = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/water-cans';

const page = madeUpPage(CANS, '更换水壶', 'zh', [
  '## 登记',
  '',
  '1. 在 新水壶编号 字段中，输入水壶底部的编号。',
  '2. 选择 保存。',
  '',
  '## 注水',
  '',
  '在您完成注水之前，水壶不会出水，因此请继续用旧水壶浇花。',
  '',
  '注水后，水壶会显示满格。',
  '',
  '注水时不要超过刻度线。',
  '',
  '注水用的水要放凉。',
  '',
  '## 清洗',
  '',
  '每月清洗水壶一次。',
  '',
  '清洗水壶时取下喷头。',
  '',
  '水壶的喷头可以拆开。',
  '',
  '铜水壶要擦干。',
  '',
  '塑料水壶不要晒太阳。',
  '',
  '水壶的把手可以更换。',
  '',
  '大水壶适合菜园。',
  '',
  '小水壶适合阳台。',
  '',
  '新买的喷头要先冲洗。',
  '',
  '新种的苗每天浇水。',
  '',
  '新土要先晒干。',
]);

describe('a merged Chinese word weighs as its pieces', () => {
  const engine = createAskEngine(indexWith(page));

  it('answers from the passage that says what is asked, not the one naming the merged word (新水壶编号)', () => {
    const reply = engine.ask({ question: '新水壶还没注水之前，我该用哪个水壶？', page: CANS });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('旧水壶');
    expect(reply.answer).not.toContain('编号');
  });
});
