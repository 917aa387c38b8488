/**
 * Near-misses a page's words answer but not what they hinge on (src/ask/engine/general-action.ts,
 * rateUnsaid and othersUnsaid): a number asked per unit of time that the page's numbers do not
 * count ("expires after 24 hours" for "how many times per day"), and whether one may act on another
 * person's thing where the page speaks only of the reader's own. Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const TOOLS = '/partner/what-would-you-like-to-learn-about/garden/borrow-from-the-tool-library';
const TOOLS_ZH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/borrow-from-the-tool-library';

describe('a rate asked, and another person’s thing', () => {
  const page = madeUpPage(TOOLS, 'Borrow from the tool library as a gardener', 'en', [
    '## Your library card',
    '',
    'Your library card belongs to you as a member, not to the allotment as a whole, so renewing it does not affect the other members of your allotment.',
    '',
    'Renew your library card at the front desk before it runs out.',
    '',
    '## Borrowing',
    '',
    'The library lends each member 3 tools per week.',
    '',
    'If you lose the return reminder, select **Send Reminder Again** on the loans page. The reminder link expires after 24 hours.',
  ]);
  const chinese = madeUpPage(TOOLS_ZH, '以园丁身份从工具库借用工具', 'zh', [
    '## 您的借书卡',
    '',
    '借书卡属于您个人，续办借书卡不会影响您菜园的其他成员。',
    '',
    '请在借书卡到期前到前台续办。',
    '',
    '## 借用',
    '',
    '工具库每周最多借给每位成员 3 件工具。',
    '',
    '如果您弄丢了归还提醒，请在借用页面选择 **再次发送提醒**。提醒链接会在 24 小时后失效。',
  ]);
  const engine = createAskEngine(indexWith(page, chinese));
  const ask = (question: string, on = TOOLS) => engine.ask({ question, page: on });

  it('refuses a number per day when the page’s number counts something else', () => {
    // 24 hours is how long the link lasts, not how many reminders a day.
    expect(ask('is there a limit on how many times per day I can send the return reminder again?').answered).toBe(
      false,
    );
  });

  it('refuses a number per day in Chinese too, and answers the one per week', () => {
    expect(ask('归还提醒每天最多能再次发送几次？', TOOLS_ZH).answered).toBe(false);
    const rate = ask('每周最多能借几件工具？', TOOLS_ZH);
    expect(rate.answered).toBe(true);
    expect(rate.answer).toContain('3 件工具');
  });

  it('answers a number per week the page gives per week', () => {
    const rate = ask('how many tools can I borrow per week from the tool library?');
    expect(rate.answered).toBe(true);
    expect(rate.answer).toContain('3 tools per week');
  });

  it('refuses acting on another member’s card where the page speaks of the reader’s own', () => {
    expect(ask('Can the front desk renew the library card for another member of my allotment?').answered).toBe(false);
    expect(ask('my neighbour moved away, can I renew the library card on his allotment to mine?').answered).toBe(false);
  });

  it('answers acting on one’s own card', () => {
    const own = ask('can I renew my library card at the front desk?');
    expect(own.answered).toBe(true);
    expect(own.answer).toContain('front desk');
  });
});
