/**
 * A plain Chinese word no page has (of the most used characters, not an everyday word itself)
 * ending a clause that asks is what the question hinges on, as a rare English word is
 * (src/ask/engine/general-pick.ts), over a made-up page that is never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const ZH = '/other/zh/garden/bike-lockers';
const engine = createAskEngine(
  indexWith(
    madeUpPage(ZH, '自行车储物柜', 'zh', [
      '## 预约储物柜',
      '',
      '在 预约记录 页面上，每个储物柜都会显示它的编号和状态。',
      '',
      '要预约储物柜，请打开 车站地图，选择一个空闲的储物柜，然后选择 预约。',
    ]),
  ),
);
const ask = (question: string) => engine.ask({ question, page: ZH });

describe('a plain Chinese word no page has, ending what is asked', () => {
  it('refuses the question that hinges on it (名称: 名 and 称 are among the most used characters)', () => {
    expect(ask('能不能改储物柜显示的名称？').answered).toBe(false);
  });

  it("answers when the word has a rarer character (昵称: more often the asker's own name for a thing), or the page says what is asked", () => {
    expect(ask('能不能改储物柜显示的昵称？').answered).toBe(true);
    expect(ask('预约记录页面上储物柜显示什么？').answered).toBe(true);
  });
});
