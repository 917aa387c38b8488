/**
 * A sentence about the page itself ("This article explains where to find your hive settings, …")
 * names what the other passages say: its words are not its passage's own, so "where do I find my
 * hive settings?" is answered by the step that opens them, not by the intro. Over made-up pages.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PATH = '/partner/what-would-you-like-to-learn-about/garden/open-your-hive-settings';
const ZH_PATH = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/open-your-hive-settings';
const page = madeUpPage(PATH, 'Open your hive settings as a beekeeper', 'en', [
  'Your hive belongs to you as a beekeeper, not to the garden as a whole. This article explains where to find your hive settings, how to rename a hive, and what to do when a queen goes missing.',
  '',
  '## Open the hive settings',
  '',
  '1. From the top bar, select **Shed → Garden**.',
  '2. Under *Bees*, select **Hive & Queen**.',
  '',
  '## Rename a hive',
  '',
  '1. Select **Rename** next to the hive name.',
]);
const zhPage = madeUpPage(ZH_PATH, '以养蜂人身份打开蜂箱设置', 'zh', [
  '您的蜂箱属于您这位养蜂人，而不属于整个花园。本文介绍在哪里可以找到您的蜂箱设置、如何重命名蜂箱，以及蜂王不见时该怎么办。',
  '',
  '## 打开蜂箱设置',
  '',
  '1. 从顶部栏，选择 **工具棚 → 花园**。',
  '2. 在 *蜜蜂* 下，选择 **蜂箱与蜂王**。',
  '',
  '## 重命名蜂箱',
  '',
  '1. 选择蜂箱名称旁边的 **重命名**。',
]);
const engine = createAskEngine(indexWith(page, zhPage));

const ask = (question: string, page: string) => engine.ask({ question, page }).answer;

describe('a sentence about the page itself, over made-up pages', () => {
  it('lends its words to no passage: the step that opens the settings answers where they are', () => {
    const answer = ask('where do i find hive settings?', PATH);
    expect(answer).not.toContain('This article');
    expect(answer).toContain('Shed → Garden');
  });

  it('does so in Chinese too (本文介绍 …)', () => {
    const answer = ask('在哪里可以找到蜂箱设置？', ZH_PATH);
    expect(answer).not.toContain('本文');
    expect(answer).toContain('工具棚 → 花园');
  });
});
