/**
 * "最少要几克，最多能放几克": a question asking for a bound (the least or the most allowed) is
 * answered by a passage that gives one (至少, 不超过), not by another passage with a number that
 * says the question's words. Over a made-up page whose bounds are a table's row, which names the
 * thing asked only through its section.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/bakery/prepare-your-dough';
const ZH = '/zh/partner/what-would-you-like-to-learn-about/bakery/prepare-your-dough';
const english = madeUpPage(EN, 'Prepare your dough as a baker', 'en', [
  'The bakery app keeps a record of every dough you prepare.',
  '',
  '## Prepare the dough',
  '',
  'The app keeps each dough record for 3 days.',
  '',
  '| Requirement | Details |',
  '| --- | --- |',
  '| **Weight** | At least 200 grams and no more than 900 grams |',
  '| **Temperature** | Kept at 25 degrees |',
]);
const chinese = madeUpPage(ZH, '以面包师身份准备面团', 'zh', [
  '面包房应用会记录您准备的每一块面团。',
  '',
  '## 准备面团',
  '',
  '应用会将每一块面团的记录保存 3 天。',
  '',
  '| 要求 | 详细信息 |',
  '| --- | --- |',
  '| **重量** | 至少 200 克，且不超过 900 克 |',
  '| **温度** | 保持在 25 度 |',
]);
const engine = createAskEngine(indexWith(english, chinese));

describe('a bound asked, over a made-up page', () => {
  it('is answered by the passage that gives a bound (至少, 不超过)', () => {
    const reply = engine.ask({ question: '面团最少要几克，最多能放几克？', page: ZH });
    expect(reply.answer).toContain('至少 200 克');
  });

  it("leaves a number asked without a bound to the passage that says the question's words", () => {
    const reply = engine.ask({ question: '面团的记录会保存多久？', page: ZH });
    expect(reply.answer).toContain('保存 3 天');
  });
});
