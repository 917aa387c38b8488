/**
 * The action a question asks to be done (src/ask/engine/general-action.ts): the word after a
 * general form of asking ("how do I …", 怎么 …) must be said by the answering passage or its
 * section. A passage about the thing, silent on the action, answers what the pages do not say.
 * Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { HIVE_SECTION, indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const HIVE = '/partner/what-would-you-like-to-learn-about/bees/tend-a-hive';
const HIVE_ZH = '/partner/zh/what-would-you-like-to-learn-about/bees/tend-a-hive';

describe('the action a question asks for', () => {
  const page = madeUpPage(HIVE, 'Tend a hive as a beekeeper', 'en', [
    ...HIVE_SECTION,
    '## After each visit',
    '',
    'Scrub the smoker with warm soapy water.',
  ]);
  const engine = createAskEngine(indexWith(page));
  const ask = (question: string) => engine.ask({ question, page: HIVE });

  it('refuses an action the pages say only of another thing, however much of the rest the passage says', () => {
    // Six words the pages know, five said by the honey passage: only "scrub" is not, and it is what is asked.
    expect(ask('How do I scrub the shallow super where the workers store honey?').answered).toBe(false);
  });

  it('answers the same thing asked without an action, and the action where the pages say it', () => {
    const honey = ask('Where do the workers store honey in the shallow super?');
    expect(honey.answered).toBe(true);
    expect(honey.answer).toContain('shallow super');
    const smoker = ask('How do I scrub the smoker after each visit?');
    expect(smoker.answered).toBe(true);
    expect(smoker.answer).toContain('warm soapy water');
  });

  it('reads the action after a Chinese form of asking (怎么) the same way', () => {
    const zh = createAskEngine(
      indexWith(
        madeUpPage(HIVE_ZH, '照料蜂箱', 'zh', [
          '## 蜂箱',
          '',
          '工蜂把蜂蜜储存在巢箱上方的浅继箱里。',
          '',
          '蜂王在下面的巢箱里产卵。',
          '',
          '## 每次检查之后',
          '',
          '用温肥皂水擦洗喷烟器。',
        ]),
      ),
    );
    const askZh = (question: string) => zh.ask({ question, page: HIVE_ZH });
    expect(askZh('怎么擦洗工蜂储存蜂蜜的浅继箱？').answered).toBe(false);
    expect(askZh('怎么擦洗喷烟器？').answer).toContain('温肥皂水');
    expect(askZh('工蜂把蜂蜜储存在哪个箱子里？').answer).toContain('浅继箱');
  });
});
