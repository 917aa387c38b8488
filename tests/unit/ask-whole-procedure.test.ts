/**
 * "How do I …?" answered with steps: the procedure goes on past the step that names what is asked
 * ("select Change Seed Mix"), so the answer walks the rest of its section's steps, to the save.
 * Over made-up pages, so no list knows their words.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/change-a-seed-mix';
const ZH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/change-a-seed-mix';
const english = madeUpPage(EN, 'Change the seed mix of a bird feeder as a gardener', 'en', [
  'Each bird feeder has a seed mix, which decides which birds it draws.',
  '',
  '## Change the seed mix',
  '',
  '1. In the **Feeder** card, select **Change Seed Mix** next to **Seed Mix**.',
  '2. In the **Grains** field, choose the grains you want.',
  '3. In the **Ratio** field, enter how much of each grain to pour.',
  '4. Select **Save Mix**.',
  '',
  '## Clean a feeder',
  '',
  '1. Lift the feeder off its hook.',
  '2. Rinse it with warm water.',
]);
const chinese = madeUpPage(ZH, '以园丁身份更改喂鸟器的种子组合', 'zh', [
  '每个喂鸟器都有一个种子组合，它决定会吸引哪些鸟。',
  '',
  '## 更改种子组合',
  '',
  '1. 在 **喂鸟器** 卡片中，选择 **种子组合** 旁边的 **更改种子组合**。',
  '2. 在 **谷物** 字段中，选择您想要的谷物。',
  '3. 在 **比例** 字段中，输入每种谷物的倒入量。',
  '4. 选择 **保存组合**。',
  '',
  '## 清洁喂鸟器',
  '',
  '1. 将喂鸟器从挂钩上取下。',
  '2. 用温水冲洗。',
]);
const engine = createAskEngine(indexWith(english, chinese));
const ask = (question: string, page: string) => engine.ask({ question, page });

describe('a how-to answer walks the whole procedure, over made-up pages', () => {
  it('English: from the step that names the change through the save, and no further', () => {
    const reply = ask('how do I change the seed mix of my feeder?', EN);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Change Seed Mix');
    expect(reply.answer).toContain('Ratio');
    expect(reply.answer).toContain('Save Mix');
    expect(reply.answer).not.toContain('warm water');
  });

  it('Chinese too', () => {
    const reply = ask('想改一下喂鸟器的种子组合，具体要怎么操作？', ZH);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('更改种子组合');
    expect(reply.answer).toContain('保存组合');
    expect(reply.answer).not.toContain('温水');
  });

  it('a question that is no how-to keeps its one step', () => {
    const reply = ask('what do I enter in the Ratio field?', EN);
    expect(reply.answer).toContain('how much of each grain');
    expect(reply.answer).not.toContain('Save Mix');
  });
});
