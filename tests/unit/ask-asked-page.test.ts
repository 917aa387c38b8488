/**
 * The page a question is asked on: where the concept reading's lists do not describe it, the
 * concept reading's answer from a page they do describe stands no more than one from the asked
 * page (src/ask/engine.ts), over today's pages and a made-up page pair that never ships.
 */
import { describe, expect, it } from 'vitest';
import { indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const EN = '/other/studio/newsletter-settings';
const ZH = '/other/zh/studio/newsletter-settings';

const engine = createAskEngine(
  indexWith(
    madeUpPage(EN, 'Newsletter settings', 'en', [
      '## Your newsletter address',
      '',
      'Newsletters go to the address on your profile. To send them elsewhere, open Newsletter and type another address.',
      '',
      '## Frequency',
      '',
      'Choose a weekly or a monthly digest under Frequency.',
    ]),
    madeUpPage(ZH, '新闻简报设置', 'zh', [
      '## 您的简报地址',
      '',
      '简报会发送到您个人资料上的地址。如需发送到别处，请打开 新闻简报 并输入另一个地址。',
      '',
      '## 频率',
      '',
      '在 频率 下选择每周或每月摘要。',
    ]),
  ),
);

describe('a question asked on a page the concept lists do not describe', () => {
  it("is answered from that page, not by the concept reading's reading of it for the token guide", () => {
    // The concept reading reads 修改…以前的地址 as changing a previous link: the token reset's passage.
    const reply = engine.ask({ question: '我想修改以前的地址，要在哪里改？', page: ZH });
    expect(reply.answered).toBe(true);
    expect(reply.excerpts[0]?.page).toBe('新闻简报设置');
    expect(reply.answer).toContain('输入另一个地址');
  });

  it('still gets the token guide’s answer to a question about tokens', () => {
    const reply = engine.ask({ question: '如何重置只读令牌？', page: ZH });
    expect(reply.answered).toBe(true);
    expect(reply.excerpts[0]?.page).toBe('作为合作伙伴管理旧版 API 令牌');
  });
});
