/**
 * A list item whose point is its first sentence, its title ("Smoke or close hives promptly."), is
 * quoted whole by the general reading, as the concept reading quotes it: cut at three sentences,
 * "熏蜂和关闭蜂箱分别在什么情况下用" lost the item's last sentence, the one about closing. Over a
 * made-up page.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/keep-your-hives-healthy';
const ZH_PATH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/keep-your-hives-healthy';
const page = madeUpPage(PATH, 'Keep your hives healthy as a beekeeper', 'en', [
  'Four habits keep your hives healthy.',
  '',
  '* **Smoke or close hives promptly.** Smoke a hive once right after you open it. Smoke it at once if wasps may have found it. Close or remove hives you no longer use.',
  '* **Feed colonies on a schedule.** Feed each colony sugar water every spring.',
]);
const zhPage = madeUpPage(ZH_PATH, '以养蜂人身份保持蜂箱健康', 'zh', [
  '四个习惯能让您的蜂箱保持健康。',
  '',
  '* **及时熏蜂或关闭蜂箱。** 打开蜂箱后立即熏蜂一次； 一旦蜂箱可能被黄蜂发现，立刻熏蜂； 关闭或移除不再使用的蜂箱。',
  '* **按计划喂养蜂群。** 每年春天给每个蜂群喂糖水。',
]);
const engine = createAskEngine(indexWith(page, zhPage));

describe('a list item whose point is its title, over a made-up page', () => {
  it('is quoted whole', () => {
    const answer = engine.ask({ question: '熏蜂和关闭蜂箱分别在什么情况下用？有点分不清', page: ZH_PATH }).answer;
    expect(answer).toContain('及时熏蜂或关闭蜂箱');
    expect(answer).toContain('关闭或移除不再使用的蜂箱');
  });
});
