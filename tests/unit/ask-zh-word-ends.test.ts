/**
 * A Chinese word is said where a text says it as a word, not across two of its words
 * (src/ask/engine/general-word-ends.ts `saidAsWord`), over a made-up page that is never shipped: the
 * question's words are drawn only as the pages say them, and a passage saying a question's word
 * only across its own words (剪枝 in 修剪|枝条) does not say it.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex } from '../../src/ask/engine/general-index.ts';
import { contentWords } from '../../src/ask/engine/general-words.ts';

const ROSES = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/prune-the-roses';

const page = madeUpPage(ROSES, '修剪玫瑰', 'zh', [
  '## 工具',
  '',
  '每周修剪枝条一次，用干净的剪刀。',
  '',
  '剪枝时戴上厚手套，以免被刺扎伤。',
  '',
  '## 照料',
  '',
  '每周施肥一次。',
  '',
  '每周检查叶子背面。',
  '',
  '雨天不必浇水。',
  '',
  '每月更换水壶的滤网。',
]);

describe('Chinese words said as words, not across two words', () => {
  const data = indexWith(page);
  const general = loadGeneralIndex(loadEngineIndex(data), data.vocabulary);
  const engine = createAskEngine(data);

  it('draws no question word the pages say only across two of theirs (换|水壶 is not 更换|水壶 cut after 更)', () => {
    const words = contentWords(general, '换水壶的滤网', 'zh').map((word) => word.key);
    expect(words).toEqual(['水壶', '滤网']);
  });

  it('answers from the passage that says the word as a word (剪枝时, not 修剪|枝条)', () => {
    const reply = engine.ask({ question: '每周剪枝要戴什么', page: ROSES });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('厚手套');
    expect(reply.answer).not.toContain('剪刀');
  });
});
