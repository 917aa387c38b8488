/**
 * "How many kinds / types / ways", 几种, 哪几种 ask to count a list's members: a page answers by
 * listing them, with no number. The general reading's number filter (a passage must give a number
 * when one is asked) let a list through only when it held a digit, so the note that gives one
 * ("within about 3 days") answered, or nothing did; a list item, a step's sub-point or a table row
 * now answers the form, and ranks as a passage that gives what the form asks.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/hang-a-feeder';
const ZH_PATH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/hang-a-feeder';
const page = madeUpPage(PATH, 'Hang a feeder', 'en', [
  '## Set it up',
  '',
  '**Note:** Birds visit a feeder within about 3 days of hanging it.',
  '',
  '1. Select **Add feeder**.',
  '2. Fill in the form:',
  '   * **Name**: enter a name.',
  '   * **Shape**: choose the shape of the feeder: **Tube**, **Platform**, or **Basket**.',
  '3. Select **Save**.',
]);
const zhPage = madeUpPage(ZH_PATH, '挂上喂食器', 'zh', [
  '## 准备工作',
  '',
  '**注意：** 喂食器挂好后约 3 天内会有鸟来访。',
  '',
  '1. 选择 **添加喂食器**。',
  '2. 填写表单：',
  '   * **名称**：输入名称。',
  '   * **形状**：选择喂食器的形状：**管状**、**平台** 或 **吊篮**。',
  '3. 选择 **保存**。',
]);
const engine = createAskEngine(indexWith(page, zhPage));

describe('"how many kinds" is answered by a list, over a made-up feeder page', () => {
  // "Feeder" alone: the note says it as the list item does; the item ranks higher as what the form asks.
  it('answers with the list item that names the kinds, not the note that gives a number', () => {
    for (const question of [
      'How many kinds of feeder are there?',
      'How many kinds of feeder shapes are there?',
      'how many different types of feeder shape can I pick?',
    ]) {
      const reply = engine.ask({ question, page: PATH });
      expect(reply.answer, question).toContain('Tube, Platform, or Basket');
    }
    for (const question of ['喂食器一共有几种？', '喂食器的形状一共有几种？', '喂食器有哪几种形状？']) {
      const reply = engine.ask({ question, page: ZH_PATH });
      expect(reply.answer, question).toContain('管状、平台 或 吊篮');
    }
  });

  it('still asks a number of "how many" that counts no kinds', () => {
    const reply = engine.ask({ question: 'How many days until birds visit a feeder?', page: PATH });
    expect(reply.answer).toContain('3 days');
  });
});
