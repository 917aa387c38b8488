/**
 * "喂鸟器在哪里设置？" answered by the first step of a path ("select Garden → Settings"), which does
 * not name the feeder: the answer follows the path on to the step that does ("Under Tools, select
 * Feeders"). Over made-up pages.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/add-a-feeder';
const ZH = '/zh/partner/what-would-you-like-to-learn-about/garden/add-a-feeder';
const english = madeUpPage(EN, 'Add a bird feeder as a gardener', 'en', [
  'The garden app fills each bird feeder from the seed store.',
  '',
  '## Add a feeder',
  '',
  '1. From the top navigation bar, select **[Garden] → Settings**.',
  '2. Under *Tools*, select **Feeders**.',
  '3. Select **New Feeder**, then name it.',
]);
const chinese = madeUpPage(ZH, '以园丁身份添加喂鸟器', 'zh', [
  '花园应用会从种子仓为每个喂鸟器补充种子。',
  '',
  '## 添加喂鸟器',
  '',
  '1. 从顶部导航栏，选择 **[花园] → 设置**。',
  '2. 在 *工具* 下，选择 **喂鸟器**。',
  '3. 选择 **新建喂鸟器**，然后为其命名。',
]);
const engine = createAskEngine(indexWith(english, chinese));

describe('a place asked, answered by a step on the way there', () => {
  it('follows the path on to the step that names the thing asked (Chinese)', () => {
    const reply = engine.ask({ question: '喂鸟器在哪里设置？', page: ZH });
    expect(reply.answer).toContain('[花园] → 设置');
    expect(reply.answer).toContain('在 工具 下，选择 喂鸟器');
  });

  it('follows the path on to the step that names the thing asked (English)', () => {
    const reply = engine.ask({ question: 'where are the feeder settings?', page: EN });
    expect(reply.answer).toContain('[Garden] → Settings');
    expect(reply.answer).toContain('Under Tools, select Feeders');
  });
});
