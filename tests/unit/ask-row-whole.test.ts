/**
 * A table row whose point is its first sentence is quoted whole by the concept reading, as a list
 * item is: the row's next sentence says what the thing does ("{HiveId}: the unique ID … Use it to
 * tell alerts apart"), and "{HiveId} 是什么" was answered with the first sentence alone. Over
 * made-up pages.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/set-up-hive-alerts';
const ZH_PATH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/set-up-hive-alerts';
const page = madeUpPage(PATH, 'Set up hive alerts as a beekeeper', 'en', [
  'A hive alert is a request the garden sends to your URL each time a hive swarms.',
  '',
  '## Alert fields',
  '',
  '| Field | What it is |',
  '| --- | --- |',
  '| `{HiveId}` | The unique ID the garden gives the hive. Use it to tell alerts apart on your side. |',
  '| `{Swarm}` | The time the bees left. |',
]);
const zhPage = madeUpPage(ZH_PATH, '以养蜂人身份设置蜂箱警报', 'zh', [
  '蜂箱警报是每当蜂箱分蜂时，花园向您的 URL 发送的请求。',
  '',
  '## 警报字段',
  '',
  '| 字段 | 含义 |',
  '| --- | --- |',
  '| `{HiveId}` | 花园为该蜂箱分配的唯一 ID。可用于在您这一端区分警报。 |',
  '| `{Swarm}` | 蜜蜂离开的时间。 |',
]);
const engine = createAskEngine(indexWith(page, zhPage));

describe('a table row whose point is its first cell, over made-up pages', () => {
  it('is quoted whole', () => {
    const answer = engine.ask({ question: '{HiveId} 是什么', page: ZH_PATH }).answer;
    expect(answer).toContain('唯一 ID');
    expect(answer).toContain('区分警报');
  });
});
