/**
 * "Do I add the label before or after I select Sow?": answered by the step that says Sow, the
 * question names an earlier step too (the one that adds the label). The answer quotes both, in
 * the procedure's order, from the earlier one. Over made-up pages.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/plant-a-seed-tray';
const ZH = '/zh/partner/what-would-you-like-to-learn-about/garden/plant-a-seed-tray';
const english = madeUpPage(EN, 'Plant a seed tray as a gardener', 'en', [
  'The garden app keeps a record of every seed tray you plant.',
  '',
  '## Plant a tray',
  '',
  '1. From the top navigation bar, select **[Garden] → Trays**.',
  '2. Select **New Tray**, then choose a soil mix.',
  '3. (Optional) Select **Extras** to add a label.',
  '4. Select **Sow Seeds**, then select **Water Seedlings**.',
]);
const chinese = madeUpPage(ZH, '以园丁身份种植育苗盘', 'zh', [
  '花园应用会记录您种植的每个育苗盘。',
  '',
  '## 种植育苗盘',
  '',
  '1. 从顶部导航栏，选择 **[花园] → 育苗盘**。',
  '2. 选择 **新建育苗盘**，然后选择一种土壤配方。',
  '3. （可选）选择 **附加项**，以添加标签。',
  '4. 选择 **播撒种子**，然后选择 **浇灌幼苗**。',
]);
const engine = createAskEngine(indexWith(english, chinese));

describe('the order of two steps asked', () => {
  it('quotes the earlier step the question names, then the answer’s (English)', () => {
    const reply = engine.ask({ question: 'do I add a label before or after I select Sow Seeds?', page: EN });
    expect(reply.answer).toContain('Select Extras to add a label');
    expect(reply.answer.indexOf('Extras')).toBeLessThan(reply.answer.indexOf('Sow Seeds'));
    expect(reply.answer).not.toContain('Trays');
  });

  it('quotes the earlier step the question names, then the answer’s (Chinese)', () => {
    const reply = engine.ask({ question: '标签是在点播撒种子之前加还是之后加？', page: ZH });
    expect(reply.answer).toContain('以添加标签');
    expect(reply.answer.indexOf('附加项')).toBeLessThan(reply.answer.indexOf('播撒种子'));
  });
});
