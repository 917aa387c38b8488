/**
 * Asked what follows a thing ("确认完成以后会发生什么"), a passage that says only what holds before
 * it ("在您完成确认之前 …") says another time: it ranks lower in the general reading, so the
 * passage saying what happens after ("完成确认后 …") answers. Over made-up pages.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { SAYS_AFTER, SAYS_BEFORE } from '../../src/ask/language/asking.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/change-your-shed-email';
const ZH_PATH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/change-your-shed-email';
const page = madeUpPage(PATH, 'Change your shed email as a gardener', 'en', [
  'Your shed email gets the garden news.',
  '',
  '## Change your shed email',
  '',
  '1. Enter the new address and select **Send Check Email**.',
  '2. Open the check email and select **Check Address**.',
  '   * Until you finish the check, your shed email does not change, so keep using the old address.',
  '',
  'Once you finish the check, the new address becomes your shed email, and the old address no longer gets the garden news.',
]);
const zhPage = madeUpPage(ZH_PATH, '以园丁身份更改工具棚邮箱', 'zh', [
  '您的工具棚邮箱接收花园新闻。',
  '',
  '## 更改工具棚邮箱',
  '',
  '1. 输入新地址并选择 **发送确认邮件**。',
  '2. 打开确认邮件并选择 **确认地址**。',
  '   * 在您完成确认之前，您的工具棚邮箱不会更改，因此请继续使用旧地址。',
  '',
  '完成确认后，新地址会成为您的工具棚邮箱，旧地址将不再接收花园新闻。',
]);
const engine = createAskEngine(indexWith(page, zhPage));

describe('the time after a thing asked, over made-up pages', () => {
  it('is answered by the passage saying what happens after it, not before', () => {
    const answer = engine.ask({
      question: '新邮箱确认完成以后会发生什么？旧地址那边会有什么变化吗',
      page: ZH_PATH,
    }).answer;
    expect(answer).toContain('完成确认后');
  });

  it('reads after and before, not 然后, 后台 or 当前', () => {
    expect(SAYS_AFTER.test('完成确认后，新地址')).toBe(true);
    expect(SAYS_AFTER.test('once you finish the check')).toBe(true);
    expect(SAYS_AFTER.test('然后选择 保存')).toBe(false);
    expect(SAYS_AFTER.test('在后台设置')).toBe(false);
    expect(SAYS_BEFORE.test('在您完成确认之前')).toBe(true);
    expect(SAYS_BEFORE.test('until you finish')).toBe(true);
    expect(SAYS_BEFORE.test('在 当前密码 字段中')).toBe(false);
  });
});
