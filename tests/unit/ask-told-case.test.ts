/**
 * A short question naming a word the pages say only in other passages is refused
 * (`namedElsewhere`, src/ask/engine/general.ts): the passage holding the rest of it is about
 * something else. Not when that passage says what the question tells of the asker's own case:
 * then it speaks of that case. Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const HIVE = '/partner/zh/what-would-you-like-to-learn-about/bees/tend-a-hive';

describe("a passage that says the asker's own case", () => {
  const page = madeUpPage(HIVE, '养蜂', 'zh', [
    '## 采蜜',
    '',
    '在晴朗温暖的日子采收蜂蜜。',
    '',
    '请在上午采收蜂蜜，赶在工蜂归巢之前。',
    '',
    '## 巢框',
    '',
    '巢框必须先用蜂蜡封盖，才能取出蜂蜜：未封盖的蜂蜜水分太高，会发酵。',
  ]);
  const engine = createAskEngine(indexWith(page));
  const ask = (question: string) => engine.ask({ question, page: HIVE });

  it('answers a question whose told case the passage speaks of, though its asked word is said only elsewhere', () => {
    // 采收 is said twice, both under 采蜜; the 巢框 passage says what the asker tells (巢框, 封盖), which is the reason asked for.
    const reply = ask('为什么一直没法采收？我的巢框还没封盖');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('必须先用蜂蜡封盖');
  });

  it('still refuses the same words asked, not told', () => {
    expect(ask('为什么没法采收封盖的巢框？').answered).toBe(false);
  });
});
