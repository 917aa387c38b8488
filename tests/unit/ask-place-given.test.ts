/**
 * "Where can I see …" answered by the passage holding most of the question, which says what the
 * thing is but gives no place: the answer is the best passage of the page that gives one (a path,
 * a tab or card it names) and says a word of the question. Over made-up pages.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/refill-a-feeder';
const ZH = '/zh/partner/what-would-you-like-to-learn-about/garden/refill-a-feeder';
const english = madeUpPage(EN, 'Refill a bird feeder as a gardener', 'en', [
  'A feeder counts as refilled when the seed store sends at least 200 grams of seed within an hour.',
  '',
  '## View the refill history',
  '',
  "Select the feeder's name, then open the *Refill Log* tab. Each row shows the time and the grams sent.",
  '',
  '## Pause a feeder',
  '',
  '1. From the top navigation bar, select **[Garden] → Settings**.',
  '2. Under *Tools*, select **Pause**.',
]);
const chinese = madeUpPage(ZH, '以园丁身份为喂鸟器补充种子', 'zh', [
  '当种子仓在一小时内送出至少 200 克种子时，喂鸟器即视为已补充。',
  '',
  '## 查看补充记录',
  '',
  '选择喂鸟器的名称，然后打开 *补充日志* 选项卡。每一行显示时间和送出的克数。',
  '',
  '## 暂停喂鸟器',
  '',
  '1. 从顶部导航栏，选择 **[花园] → 设置**。',
  '2. 在 *工具* 下，选择 **暂停**。',
]);
const engine = createAskEngine(indexWith(english, chinese));

describe('a place asked, answered by a passage that gives none', () => {
  it('answers with the passage of the page that gives the place (English)', () => {
    const reply = engine.ask({ question: 'where can I see whether my feeder counts as refilled?', page: EN });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Refill Log tab');
  });

  it('answers with the passage of the page that gives the place (Chinese)', () => {
    const reply = engine.ask({ question: '在哪里能看到喂鸟器是不是已补充？', page: ZH });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('补充日志 选项卡');
  });

  it('keeps the passage when the question does not ask where', () => {
    const reply = engine.ask({ question: 'when does my feeder count as refilled?', page: EN });
    expect(reply.answer).toContain('200 grams');
  });
});
