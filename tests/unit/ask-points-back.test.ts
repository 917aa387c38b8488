/**
 * A quoted sentence that points back to something earlier on its page ("the conditions above",
 * 上述条件) is quoted with what it points to, after it; one that points nowhere, or whose "above"
 * is a preposition, is quoted alone. Over made-up pages.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/en/sow-beans/';
const ZH = '/zh/sow-beans/';

/** A made-up page: a table of conditions under one section, a step pointing back to it under the next. */
const enPage = (sowStep: string) =>
  madeUpPage(EN, 'Sow beans in a raised bed', 'en', [
    '## Prepare the bed',
    '',
    '1. Dig the bed over to a spade’s depth.',
    '2. Mix in a bucket of compost per square metre. The soil must meet every condition in the table below.',
    '',
    '| Condition | Details |',
    '| --- | --- |',
    '| **Moisture** | Damp but not waterlogged |',
    '| **Warmth** | Warmer than 10 °C a hand deep |',
    '| **Texture** | Crumbles when squeezed |',
    '| **Stones** | None bigger than a walnut |',
    '| **Weeds** | Pulled out with their roots |',
    '| **Slugs** | Not seen on the bed at dusk |',
    '',
    '## Sow the beans',
    '',
    '1. Rake the bed level and mark rows 45 cm apart.',
    `2. ${sowStep}`,
    '3. Water the rows gently.',
  ]);

const zhPage = (sowStep: string) =>
  madeUpPage(ZH, '在高床里播种豆子', 'zh', [
    '## 准备苗床',
    '',
    '1. 把苗床翻挖一锹深。',
    '2. 每平方米混入一桶堆肥。土壤必须满足下表中的每一项条件。',
    '',
    '| 条件 | 详细信息 |',
    '| --- | --- |',
    '| **湿度** | 湿润但不积水 |',
    '| **温度** | 一掌深处高于 10 °C |',
    '',
    '## 播种豆子',
    '',
    '1. 把苗床耙平，每隔 45 厘米划一行。',
    `2. ${sowStep}`,
    '3. 轻轻给每行浇水。',
  ]);

const answerOf = (page: ReturnType<typeof madeUpPage>, question: string) => {
  const reply = createAskEngine(indexWith(page)).ask({ question, page: page.path });
  expect(reply.answered).toBe(true);
  return reply.answer;
};

describe('a quoted sentence that points back', () => {
  const question = 'when can I push the beans into the soil of the bed?';
  it('is quoted with the table its noun names, after it (English)', () => {
    const answer = answerOf(
      enPage('Push the beans into soil that meets the conditions above, 5 cm deep and 15 cm apart.'),
      question,
    );
    expect(answer).toContain('meets the conditions above');
    expect(answer).toContain('Damp but not waterlogged');
    expect(answer.indexOf('Damp but not waterlogged')).toBeGreaterThan(answer.indexOf('meets the conditions above'));
    // Every condition: a table cut short would tell the reader the rest do not apply.
    expect(answer).toContain('Not seen on the bed at dusk');
  });

  it('is quoted with the table its noun names, after it (Chinese)', () => {
    const answer = answerOf(
      zhPage('把豆子按进满足上述条件的土壤里，深 5 厘米，间隔 15 厘米。'),
      '什么时候可以把豆子按进苗床的土里？',
    );
    expect(answer).toContain('满足上述条件');
    expect(answer).toContain('湿润但不积水');
    expect(answer.indexOf('湿润但不积水')).toBeGreaterThan(answer.indexOf('满足上述条件'));
  });

  it('adds nothing when the sentence points nowhere, or its "above" is a preposition', () => {
    for (const step of [
      'Push the beans into damp soil, 5 cm deep and 15 cm apart.',
      'Push the beans into soil at or above 10 °C, 5 cm deep and 15 cm apart.',
    ]) {
      const answer = answerOf(enPage(step), question);
      expect(answer).toContain(step);
      expect(answer).not.toContain('Damp but not waterlogged');
    }
    const step = '把豆子按进湿润的土壤里，深 5 厘米，间隔 15 厘米。';
    const answer = answerOf(zhPage(step), '什么时候可以把豆子按进苗床的土里？');
    expect(answer).toContain(step);
    expect(answer).not.toContain('湿润但不积水');
  });
});

/** A made-up page: a list a sentence announces, then a passage of its section naming it with a determiner. */
const beesPage = (locale: 'en' | 'zh', landlord: string) =>
  locale === 'en'
    ? madeUpPage('/en/keep-bees/', 'Keep bees on a balcony', 'en', [
        '## Before the first hive',
        '',
        'A balcony hive needs three safeguards:',
        '',
        '* A screen of netting two metres high',
        '* A water dish with floating corks',
        '* A written note to your neighbours',
        '',
        landlord,
        '',
        '## Harvest',
        '',
        'Take honey only from frames that are at least two-thirds capped.',
      ])
    : madeUpPage('/zh/keep-bees/', '在阳台上养蜂', 'zh', [
        '## 放第一个蜂箱之前',
        '',
        '阳台蜂箱需要三项防护措施：',
        '',
        '* 两米高的防护网',
        '* 放有浮木塞的水盘',
        '* 写给邻居的书面通知',
        '',
        landlord,
        '',
        '## 采蜜',
        '',
        '只从至少三分之二已封盖的巢框中取蜜。',
      ]);

describe('a determiner that points back within its section', () => {
  it('is quoted with the list whose announcing sentence names its noun', () => {
    const en = answerOf(
      beesPage(
        'en',
        'Ask your landlord before you put up a hive. Landlords often ask to see those safeguards in writing before they agree.',
      ),
      'what will my landlord want to see before agreeing to a hive?',
    );
    expect(en).toContain('those safeguards');
    expect(en).toContain('A water dish with floating corks');
    const zh = answerOf(
      beesPage('zh', '放蜂箱之前请先询问房东。房东通常会要求先以书面形式看到这些防护措施，然后才会同意。'),
      '房东同意养蜂之前会要看什么？',
    );
    expect(zh).toContain('这些防护措施');
    expect(zh).toContain('放有浮木塞的水盘');
  });

  it('adds nothing when its passage names the thing before it', () => {
    const en = answerOf(
      beesPage(
        'en',
        'Landlords often ask to see your fire safeguards in writing, and those safeguards must be signed before they agree.',
      ),
      'what will my landlord want to see before agreeing to a hive?',
    );
    expect(en).toContain('those safeguards');
    expect(en).not.toContain('A water dish with floating corks');
  });
});
