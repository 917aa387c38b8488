/**
 * A word a passage says only in brackets, an aside ("a swarm alert (also called a hive
 * notice)"), says less than one said plainly: in a tie, the passage that says the question's
 * other word plainly is picked ("who is sent notice when an alert is paused?" → the passage
 * about pausing, not the intro that glosses the alert as a notice). Over made-up pages.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/set-up-swarm-alerts';
const ZH_PATH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/set-up-swarm-alerts';
const page = madeUpPage(PATH, 'Set up swarm alerts as a beekeeper', 'en', [
  'A swarm alert (also called a hive notice) is a message the garden sends to a URL you control each time bees leave one of your hives.',
  '',
  'Important: If 10 swarm alerts in a row fail, the garden pauses the alert and sends an email to your head keeper.',
  '',
  '## Add a swarm alert',
  '',
  '1. From the top bar, select **Shed → Alerts**.',
  '2. Select **Add Alert** and enter your URL.',
]);
const zhPage = madeUpPage(ZH_PATH, '以养蜂人身份设置蜂群警报', 'zh', [
  '蜂群警报（也称为蜂箱通知）是每当蜜蜂离开您的某个蜂箱时，花园向您控制的 URL 发送的消息。',
  '',
  '重要： 如果连续 10 个蜂群警报失败，花园会自动暂停该警报，并向您的首席养蜂人发送电子邮件。',
  '',
  '## 添加蜂群警报',
  '',
  '1. 从顶部栏，选择 **工具棚 → 警报**。',
  '2. 选择 **添加警报** 并输入您的 URL。',
]);
const engine = createAskEngine(indexWith(page, zhPage));
const ask = (question: string, asked: string) => engine.ask({ question, page: asked }).answer;

describe('a word said only in brackets, over made-up pages', () => {
  it('loses a tie to a passage saying the other word plainly', () => {
    expect(ask('if an alert gets paused, who is sent notice?', PATH)).toContain('head keeper');
  });

  it('does so in Chinese too (full-width brackets)', () => {
    expect(ask('警报被自动暂停的时候，会通知到谁？', ZH_PATH)).toContain('首席养蜂人');
  });
});
