/**
 * "What should I do", 怎么办 asks for advice: a passage that gives some (请, "make sure", should)
 * ranks higher, as a passage giving a reason does for "why". Over a made-up page:
 * 重置暗号邮件一直没收到怎么办 was answered by the passage saying the old address no longer gets
 * such emails (it says 收到, 邮件 and 暗号 too), not the one telling what to do.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/change-your-shed-passphrase';
const ZH_PATH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/change-your-shed-passphrase';
const page = madeUpPage(PATH, 'Change your shed passphrase as a gardener', 'en', [
  'Your shed passphrase opens the shed.',
  '',
  '## Change your shed email',
  '',
  'Once you confirm, the old address no longer gets emails such as passphrase links.',
  '',
  '## Reset a forgotten passphrase',
  '',
  'If the email does not arrive within a few minutes, you should check your spam folder.',
]);
const zhPage = madeUpPage(ZH_PATH, '以园丁身份更改工具棚暗号', 'zh', [
  '您的工具棚暗号用于打开工具棚。',
  '',
  '## 更改工具棚邮箱',
  '',
  '确认后，旧地址将不会再收到暗号链接等邮件。',
  '',
  '## 重置忘记的暗号',
  '',
  '如果几分钟内没有收到邮件，请检查您的垃圾邮件文件夹。',
]);
const engine = createAskEngine(indexWith(page, zhPage));

describe('advice asked, over a made-up page', () => {
  it('is answered by the passage that gives advice (请检查 …)', () => {
    expect(engine.ask({ question: '重置暗号邮件一直没收到怎么办', page: ZH_PATH }).answer).toContain('垃圾邮件');
  });
});
