/**
 * "… but don't want to delete it", 不想删掉: what the asker says they do not want is not what
 * they ask for. Over made-up pages where the passage about it says the rest of the question too.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/pause-a-feeder';
const ZH = '/zh/partner/what-would-you-like-to-learn-about/garden/pause-a-feeder';
const english = madeUpPage(EN, 'Pause or remove a bird feeder as a gardener', 'en', [
  'Each bird feeder in your garden has its own settings: the seed mix, the refill day and the hook.',
  '',
  '## Pause or remove a feeder',
  '',
  '- Remove: select Remove next to the feeder, then confirm. Removing a feeder deletes its settings and its log, and cannot be undone.',
  '- Pause: in the Feeders list, switch off the Filling toggle next to the feeder. Its settings are kept, and you can switch it on again at any time.',
]);
const chinese = madeUpPage(ZH, '以园丁身份停用或删除喂鸟器', 'zh', [
  '花园里的每个喂鸟器都有自己的配置：种子组合、补充日和挂钩。',
  '',
  '## 停用或删除喂鸟器',
  '',
  '- 删除：选择喂鸟器旁边的 删除，然后确认。 删除喂鸟器也会移除其配置和记录，且无法撤销。',
  '- 停用：在 喂鸟器 列表中，关闭喂鸟器旁边的 补充 开关。 您的配置会被保留，您可以随时重新开启该喂鸟器。',
]);
const engine = createAskEngine(indexWith(english, chinese));
const ask = (question: string, page: string) => engine.ask({ question, page }).answer;

describe('what the asker does not want, over made-up pages', () => {
  it('answers with the passage that keeps the settings, not the one that deletes them', () => {
    expect(ask("I want to pause a feeder for now but don't want to delete its settings, how?", EN)).toContain(
      'Filling toggle',
    );
  });

  it('reads 不想 so too', () => {
    expect(ask('我想临时把某个喂鸟器关掉，但是不想删掉配置，怎么弄？', ZH)).toContain('补充 开关');
  });
});
