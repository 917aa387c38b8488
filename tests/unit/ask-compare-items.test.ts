/**
 * "What's the difference between shelving and retiring?" over a list of the two ("- Shelve: …",
 * "- Retire: …"): the other side is the list's other item, not an earlier passage that happens to
 * say the word as well. Over made-up pages, so no list knows their words.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/shelve-or-retire-a-feeder';
const ZH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/shelve-or-retire-a-feeder';
const english = madeUpPage(EN, 'Shelve or retire a bird feeder as a gardener', 'en', [
  'Each bird feeder in your garden fills itself from the seed store every morning.',
  '',
  '## When the seed store runs low',
  '',
  'If the seed store runs low for three days, the garden shelves the whole seed store and tells the head gardener.',
  '',
  '## Shelve or retire a feeder',
  '',
  '- **Retire:** Select **Retire** next to the feeder, then confirm. Retiring a feeder also wipes its refill log and cannot be undone.',
  '- **Shelve:** In the **Feeders** list, turn off the **Filling** toggle. Its refill log is kept, and you can turn it on again at any time.',
]);
const chinese = madeUpPage(ZH, '以园丁身份封存或退役喂鸟器', 'zh', [
  '花园里的每个喂鸟器每天早上都会从种子仓自动补充。',
  '',
  '## 种子仓快用完时',
  '',
  '如果种子仓连续三天不足，花园会封存整个种子仓并通知园长。',
  '',
  '## 封存或退役喂鸟器',
  '',
  '- **退役：** 选择喂鸟器旁边的 **退役**，然后确认。退役喂鸟器也会清空其补充记录，且无法撤销。',
  '- **封存：** 在 **喂鸟器** 列表中，关闭 **补充** 开关。其补充记录会被保留，您可以随时重新开启。',
]);
const engine = createAskEngine(indexWith(english, chinese));
const ask = (question: string, page: string) => engine.ask({ question, page });

describe('a comparison drawn by a list answers with both of its items', () => {
  it('English', () => {
    const reply = ask("what's the difference between shelving a feeder and retiring it?", EN);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('cannot be undone');
    expect(reply.answer).toContain('refill log is kept');
  });

  it('Chinese', () => {
    const reply = ask('封存喂鸟器和退役喂鸟器有什么区别？', ZH);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('无法撤销');
    expect(reply.answer).toContain('补充记录会被保留');
  });
});
