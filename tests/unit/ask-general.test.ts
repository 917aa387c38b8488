/**
 * The general reading (src/ask/engine/general.ts): words read from any page with no list about
 * its subject, over a page pair it was never written for (the payments fixture, never shipped).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { loadContentPages } from '../../src/ask/content.ts';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { generalAnswer, loadGeneralIndex, readGeneral } from '../../src/ask/engine/general.ts';
import { readQuestion } from '../../src/ask/engine/question.ts';
import { baseWordOf, expansionOf, fold, joinedPairs, latinWords } from '../../src/ask/engine/general-words.ts';
import { GUIDE_PATHS } from '../../src/site.ts';
import type { SourcePage } from '../../src/ask/source.ts';
import { FIXTURES, fixturePair } from '../ask/sets.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

describe('general words', () => {
  it('reads a dotted or hyphenated word as its parts, a domain without its ending', () => {
    expect(latinWords('impact.com IR-Version read-only')).toEqual(['impact', 'ir', 'version', 'read', 'only']);
  });

  it('knows two neighbouring words written as one (Sub ID → subid)', () => {
    expect(joinedPairs('Add a Sub ID here')).toContain('subid');
  });

  it("takes contractions off without losing the verb (can't is can, not ca)", () => {
    expect(fold("I can't, won't, don't")).toBe('i can, will, do');
  });

  it('reads a comparative as its plain word and a compound with a particle as its page word, nothing else', () => {
    const page = new Set(['pai', 'sign', 'pass', 'fee', 'join', 'partner']);
    const common = new Set(['cheap', 'word', 'proper']);
    const read = (word: string) =>
      baseWordOf(
        word,
        (stem) => page.has(stem) || common.has(stem),
        (stem) => page.has(stem),
        (part) => ['out', 'up', 'in'].includes(part),
      );
    expect(read('cheaper')).toBe('cheap');
    expect(read('payout')).toBe('pai');
    expect(read('signup')).toBe('sign');
    expect(read('rejoin')).toBe('join');
    // A word made by a suffix: the word it is made of (properly → proper, partnership → partner).
    expect(read('properli')).toBe('proper');
    expect(read('partnership')).toBe('partner');
    expect(read('password')).toBeUndefined();
    expect(read('freebie')).toBeUndefined();
  });

  it('reads a shortened word as the page word it shortens, and leaves short or unrelated words alone', () => {
    const stems = ['account', 'act', 'inform', 'automat', 'appear'];
    expect(expansionOf('acct', stems)).toBe('account');
    expect(expansionOf('info', stems)).toBe('inform');
    expect(expansionOf('auto', stems)).toBe('automat');
    expect(expansionOf('app', stems)).toBeUndefined();
    expect(expansionOf('bank', stems)).toBeUndefined();
  });
});

describe('general reading on a page it was not written for', () => {
  const pair = fixturePair(join(FIXTURES, 'dev', 'payments'));
  const ask = (question: string, lang: 'en' | 'zh') => pair.engine.ask({ question, page: pair.paths[lang] });

  it('answers a question that names the subject by a compound of a page word (payout: the page says pay)', () => {
    const reply = ask(
      "if I change my bank details on the 12th, will this month's auto payout go to the new account?",
      'en',
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('10th');
  });

  it('reads an English word of a Chinese question against the English twin (info as information)', () => {
    const data = buildAskIndex([...loadContentPages(), ...pair.pages]);
    const engineIndex = loadEngineIndex(data);
    const general = loadGeneralIndex(engineIndex, data.vocabulary);
    const reading = readGeneral(engineIndex, general, '余额的 info 在哪里看', 'zh', {
      procedure: false,
      comparison: false,
      page: pair.paths.zh,
    });
    expect(reading?.pick.words.find((word) => word.asked === 'info')?.known).toBe(true);
  });

  it('reads a Chinese word no page has as the page word one character off in sound (体现 typed for 提现)', () => {
    const reply = ask('体现设置在哪', 'zh');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('提现设置');
  });

  it('finds an English word of a Chinese question in the English twin of the passage (In Progress for 处理中)', () => {
    const reply = ask('In Progress 的提现会发到新的提现方式吗', 'zh');
    expect(reply.answer).toContain('之前的提现方式');
    // The concept reading, which reads only the Chinese passages' words, knows the word too: a passage without it holds less.
    const index = loadEngineIndex(buildAskIndex([...loadContentPages(), ...pair.pages]));
    const progress = readQuestion(index, 'In Progress 的提现会去哪个账户', '', 'zh').words.find(
      (word) => word.key === 'progress',
    );
    expect(progress?.known).toBe(true);
  });

  it("skips the concept reading's Chinese words of asking too (那边)", () => {
    const reply = ask('自动提现那边一般几号发', 'zh');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('自动提现');
  });

  it('answers "which is faster, A or B" with both rows of the table that compares them', () => {
    const reply = ask('PayPal 和银行转账哪个比较快？', 'zh');
    expect(reply.answer).toContain('2–3 个工作日');
    expect(reply.answer).toContain('1 个工作日内');
  });

  it("answers from a table row by its column's name (Currencies), not from a step that names the word", () => {
    const reply = ask('what currencies can I withdraw in with paypal', 'en');
    expect(reply.answer).toContain('EUR');
  });

  it('answers in everyday words with a shortened word, from the page asked on', () => {
    const reply = ask('where do I add my bank acct?', 'en');
    expect(reply.answered).toBe(true);
    expect(reply.sources[0]?.url).toContain('set-up-your-withdrawal-method-as-a-partner');
  });
});

describe('the general reading where the concept reading refuses', () => {
  it('answers "what next" after a step of the guide (the concept reading does not read order)', () => {
    const engine = createAskEngine(buildAskIndex(loadContentPages()));
    const reply = engine.ask({
      question: 'After selecting API under Technical, what do I do next?',
      page: GUIDE_PATHS.en,
    });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^In the top-right corner, select (\*\*)?Enable Legacy Tokens/);
  });

  it('answers a plainly asked question whose passage says every word, and still refuses near-misses', () => {
    const engine = createAskEngine(buildAskIndex(loadContentPages()));
    const zh = (question: string) => engine.ask({ question, page: GUIDE_PATHS.zh });
    expect(zh('有没有集成指南可以参考？').answer).toContain('集成指南');
    expect(zh('新令牌去哪复制').answer).toContain('复制');
    // A form the general reading cannot check (steps, a count) leaves the refusal to the concept reading.
    expect(zh('如何删除令牌？').answered).toBe(false);
    expect(engine.ask({ question: 'How many legacy tokens can I have?', page: GUIDE_PATHS.en }).answered).toBe(false);
  });

  it('counts a Chinese word no page has but made of its characters as half unknown (页面上 read as 面上)', () => {
    const engine = createAskEngine(buildAskIndex(loadContentPages()));
    const reply = engine.ask({ question: '启用旧版令牌以后页面上会多出什么？', page: GUIDE_PATHS.zh });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('旧版账户令牌');
  });

  it('answers a "what reason" question on a page the concept lists do not describe, from the section about it', () => {
    const pair = fixturePair(join(FIXTURES, 'dev', 'payments'));
    const reply = pair.engine.ask({ question: '为什么我的提现会失败呢？一般是什么原因', page: pair.paths.zh });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('已关闭');
  });
});

const GARDEN = '/partner/what-would-you-like-to-learn-about/garden/plant-tomatoes';
const LINKS = '/partner/what-would-you-like-to-learn-about/links/make-links';

describe('a word no page has, on a page the concept lists do not describe', () => {
  it('refuses a question hinging on it even when the concept lists read past it', () => {
    const pair = fixturePair(join(FIXTURES, 'dev', 'tracking-links'));
    const ask = (question: string) => pair.engine.ask({ question, page: pair.paths.en });
    expect(ask('how do I ask the brand for a higher commission rate on the links I create?').answered).toBe(false);
    expect(ask('how do I create a tracking link for a brand?').answered).toBe(true);
  });
});

describe('the general reading outranks the concept reading on a page its lists do not describe', () => {
  const pair = fixturePair(join(FIXTURES, 'dev', 'tracking-links'));
  const ask = (question: string) => pair.engine.ask({ question, page: pair.paths.en });

  it("answers from the passage holding most of the question, not the concept reading's other pick", () => {
    const reply = ask('so what does a tracking link actually do for me as a partner?');
    expect(reply.answer).toMatch(/^A tracking link is a unique URL/);
  });

  it('leaves the steps to the concept reading', () => {
    const reply = ask('how do I create a tracking link for a brand?');
    expect(reply.answer).toMatch(/^1\. /m);
  });
});

describe('general reading over made-up pages', () => {
  const page = (path: string, title: string, body: string): SourcePage => ({
    path,
    body,
    data: { title, description: title, locale: 'en' },
  });
  const data = buildAskIndex([
    ...loadContentPages(),
    page(
      GARDEN,
      'Plant tomatoes as a gardener',
      [
        '## Daily care',
        '',
        'Seedlings need water every morning.',
        '',
        'Use a watering can with a fine rose.',
        '',
        'Keep the soil moist but never soaked.',
        '',
        '## Who looks after the beds',
        '',
        'Only the head gardener can add or change the watering schedule.',
        '',
        '## Sow a seed',
        '',
        '1. Fill a clay pot with compost.',
        '2. Press a seed into the compost.',
        '3. Sprinkle the pot with rainwater.',
        '',
        '## Harvest',
        '',
        "You don't need to pick the tomatoes by hand: the harvester picks them.",
        '',
        'You can freeze ripe tomatoes for winter sauces.',
      ].join('\n'),
    ),
  ]);
  const engine = createAskEngine(data);

  it('reads a passage with what the rest of its section says (the question spans three paragraphs)', () => {
    const reply = engine.ask({
      question: 'seedlings, rose, soil?',
      page: GARDEN,
    });
    expect(reply.answered).toBe(true);
    expect(reply.sources[0]?.url).toContain('plant-tomatoes');
  });

  it("answers a question in the concept lists' words on a page those lists do not describe", () => {
    const reply = engine.ask({ question: 'who can change the watering schedule?', page: GARDEN });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('head gardener');
  });

  it('answers "what next" on a step with the step after it, and "the first step" with the first', () => {
    const next = engine.ask({ question: 'I pressed a seed into the compost, what do I do next?', page: GARDEN });
    expect(next.answer).toContain('Sprinkle the pot with rainwater');
    expect(next.answer).not.toContain('Press a seed');
    const first = engine.ask({ question: 'where do I start to sow a seed in compost?', page: GARDEN });
    expect(first.answer).toContain('Fill a clay pot');
  });

  it('answers yes or no first where the sentence tells the reader, and only then', () => {
    const no = engine.ask({ question: 'Do I need to pick the tomatoes by hand?', page: GARDEN });
    expect(no.answer.split('\n\n')[0]).toBe('No.');
    const yes = engine.ask({ question: 'Can I freeze ripe tomatoes?', page: GARDEN });
    expect(yes.answer.split('\n\n')[0]).toBe('Yes.');
    const open = engine.ask({ question: 'How can I freeze ripe tomatoes?', page: GARDEN });
    expect(open.answer).not.toMatch(/^(Yes|No)\./);
  });

  it('answers "the difference between A and B" with both sides', () => {
    const reply = engine.ask({ question: 'What is the difference between the harvester and freezing?', page: GARDEN });
    expect(reply.answer).toContain('the harvester picks them');
    expect(reply.answer).toContain('freeze ripe tomatoes');
  });

  it('reads a slip of the keys as the page word one edit away, and a rare word with no such neighbour as rare', () => {
    const reply = engine.ask({ question: 'who picks the tomatoes, the harvestr?', page: GARDEN });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('the harvester picks them');
    expect(engine.ask({ question: 'who picks the tomatoes, the combine?', page: GARDEN }).answered).toBe(false);
  });

  it('a rare word said only in a clause that tells is no word the question hinges on', () => {
    expect(engine.ask({ question: 'Can I freeze tomatoes? my casserole lol', page: GARDEN }).answered).toBe(true);
    expect(engine.ask({ question: 'Can I freeze tomatoes in a casserole?', page: GARDEN }).answered).toBe(false);
  });

  it('an English word no page has said only in a clause that tells counts half against the question', () => {
    // The story around the question (where the asker searched, for how long) is no page's; what is asked is.
    const told = 'where do i go to freeze ripe tomatoes?? been searching the kitchen for 20 min and cant find it';
    expect(engine.ask({ question: told, page: GARDEN }).answered).toBe(true);
    // The same words asked, not told, still count whole.
    expect(
      engine.ask({ question: 'where in the kitchen do i freeze ripe tomatoes for 20 min?', page: GARDEN }).answered,
    ).toBe(false);
  });

  it('a greeting is only its first few words: "hey can I …?" still asks', () => {
    expect(
      engine.ask({ question: 'hey can I freeze ripe tomatoes? my casserole and lasagne lol', page: GARDEN }).answered,
    ).toBe(true);
  });

  it('a word read as a page word (harvestr as harvester) is asked where the question asked it', () => {
    const engineIndex = loadEngineIndex(data);
    const general = loadGeneralIndex(engineIndex, data.vocabulary);
    const reading = readGeneral(engineIndex, general, 'my neighbour told me lol. does the harvestr pick them?', 'en', {
      procedure: false,
      comparison: false,
      page: GARDEN,
    });
    const harvester = reading?.pick.words.find((word) => word.asked === 'harvestr');
    expect(harvester?.known).toBe(true);
    expect(harvester?.telling).toBe(false);
  });

  it('a rare word right before a page word the passage says is what kind of it, not what the question hinges on', () => {
    const reply = engine.ask({ question: 'do hydroponic seedlings need water?', page: GARDEN });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Seedlings need water every morning');
    expect(engine.ask({ question: 'do seedlings need hydroponic?', page: GARDEN }).answered).toBe(false);
  });

  it('a rare word no page has sinks a question, unless the passage says all the rest of it', () => {
    const engineIndex = loadEngineIndex(data);
    const general = loadGeneralIndex(engineIndex, data.vocabulary);
    const read = (question: string) =>
      generalAnswer(engineIndex, general, question, 'en', { procedure: false, comparison: false, page: GARDEN });
    expect(read('freeze ripe tomatoes for winter sauces in a casserole?')?.lines[0]?.sentences[0]).toContain(
      'freeze ripe tomatoes',
    );
    expect(read('how do I freeze a casserole?')).toBeNull();
  });
});

describe('a sentence that announces a list, over a made-up page', () => {
  const PEPPERS = '/en/grow-peppers/';
  // A paragraph ending in a colon, its list, and the next section.
  const body = [
    '## If a plant wilts\n\nA plant can wilt if the soil is dry, the pot is too small, or aphids feed on it. When this happens:',
    '* The leaves curl and turn yellow.\n* Water the plant in the evening and move it to shade.',
    '## Harvest\n\nPick the peppers when they turn red.',
  ];
  const page: SourcePage = {
    path: PEPPERS,
    body: body.join('\n\n'),
    data: { title: 'Grow peppers', description: '', locale: 'en' },
  };
  const data = buildAskIndex([...loadContentPages(), page]);
  const engineIndex = loadEngineIndex(data);
  const general = loadGeneralIndex(engineIndex, data.vocabulary);

  it('is quoted with the items of its section it points to, and nothing after them', () => {
    const answer = generalAnswer(engineIndex, general, 'my plant wilts because the soil is dry, what now?', 'en', {
      procedure: false,
      comparison: false,
      page: PEPPERS,
    });
    const quoted = answer?.lines.flatMap((line) => line.sentences) ?? [];
    expect(quoted).toContain('When this happens:');
    expect(quoted).toContain('Water the plant in the evening and move it to shade.');
    expect(quoted).not.toContain('Pick the peppers when they turn red.');
  });
});

describe('words no page has, read as page words, over a made-up page', () => {
  const data = buildAskIndex([
    ...loadContentPages(),
    {
      path: LINKS,
      body: [
        '## Create a link',
        '',
        '1. Select the property the link is for.',
        '2. Select Create.',
        '',
        '## Test your link',
        '',
        '1. Open a private browser window and paste your link.',
        '2. Check that the landing page shows the brand.',
      ].join('\n'),
      data: { title: 'Make links as a partner', description: 'Make links', locale: 'en' },
    },
  ]);
  const engine = createAskEngine(data);

  it('reads "properly" as proper, a common word, not as a slip of the page word "property"', () => {
    const reply = engine.ask({ question: 'how do I check my link properly?', page: LINKS });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('landing page shows the brand');
    expect(reply.answer).not.toContain('Select the property');
  });

  it('reads a word the glossary puts in one concept with a page word as that word (click: the page says select)', () => {
    const reply = engine.ask({ question: 'what do I click first to make a link for my property?', page: LINKS });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Select the property the link is for');
  });

  it('a word read through the glossary is not said by the passage: "says every word" needs the word itself', () => {
    const engineIndex = loadEngineIndex(data);
    const general = loadGeneralIndex(engineIndex, data.vocabulary);
    const read = (question: string) =>
      readGeneral(engineIndex, general, question, 'en', { procedure: false, comparison: false, page: LINKS });
    expect(read('can I select the property?')?.saysAll).toBe(true);
    expect(read('can I tap the property?')?.saysAll).toBe(false);
  });
});

describe('clicking an action is how it is done, not a word of what is asked', () => {
  const site = createAskEngine(buildAskIndex(loadContentPages()));

  it('answers "does clicking Reset change the value" from the reset option that says so', () => {
    const reply = site.ask({ question: '点击重置（只读）后身份验证令牌的值会变吗？', page: GUIDE_PATHS.zh });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('身份验证令牌值将更改');
  });

  it('keeps clicking a thing as the action asked about', () => {
    const reply = site.ask({ question: 'What does selecting the token card show?', page: GUIDE_PATHS.en });
    expect(reply.answer).toContain('API token information');
  });
});

describe('comparisons over a made-up page with a table', () => {
  const POTS = '/partner/what-would-you-like-to-learn-about/garden/choose-a-pot';
  const data = buildAskIndex([
    ...loadContentPages(),
    {
      path: POTS,
      data: { title: 'Choose a pot as a gardener', description: 'Choose a pot', locale: 'en' },
      body: [
        'Your pot is what your seedlings grow in before they go to the beds: a plastic pot is light to carry.',
        '',
        '## Available pots',
        '',
        '| Pot | Sizes | Price | Lasts |',
        '| --- | --- | --- | --- |',
        '| **Clay pot** | 10, 20, 30 cm | $4 each | Ten seasons |',
        '| **Plastic pot** | 10, 20 cm | 60 cents each | Two seasons |',
        '',
        '## Drainage',
        '',
        'Every pot needs a hole in its base so the soil drains.',
      ].join('\n'),
    },
  ]);
  const engine = createAskEngine(data);
  const ask = (question: string) => engine.ask({ question, page: POTS });

  it('reads a word of asking no page has ("compare") as asking, not as a rare word the question hinges on', () => {
    const reply = ask('clay pot vs plastic pot - how do the prices compare?');
    expect(reply.answered).toBe(true);
    // A rare word that is no word of asking still sinks it.
    expect(ask('clay pot vs plastic pot - how do the prices terracotta?').answered).toBe(false);
  });

  it('answers a comparison from a table row with the other row, not a paragraph naming it beside other words', () => {
    const engineIndex = loadEngineIndex(data);
    const general = loadGeneralIndex(engineIndex, data.vocabulary);
    const answer = generalAnswer(
      engineIndex,
      general,
      'clay pot vs plastic pot: price and sizes for my seedlings?',
      'en',
      {
        procedure: false,
        comparison: true,
        page: POTS,
      },
    );
    const said = answer?.lines.map((line) => line.sentences.join(' '));
    expect(said?.[0]).toContain('$4 each');
    expect(said?.[1]).toContain('60 cents each');
  });
});

describe("the passage that gives what the question's form asks for, over a made-up page", () => {
  const FEEDER = '/partner/what-would-you-like-to-learn-about/garden/fill-a-bird-feeder';
  const feeder: SourcePage = {
    path: FEEDER,
    data: { title: 'Fill a bird feeder as a gardener', description: 'Fill a bird feeder', locale: 'en' },
    // Paragraphs a blank line apart, as a page writes them.
    body: `A bird feeder holds seed for garden birds through the winter.

## Seed mix

Pick a seed mix for the feeder on the shed shelf.

By default, the feeder gets a plain seed mix from the shed.

## Where the feeder log lives

The feeder log lists every refill of the feeder with its date.

Open the feeder log from Shed → Notebook → Feeder log.

## Cleaning

Clean the feeder after 3 rainy days.

Clean the feeder when it rains, so that mould never grows on the wet seed.

## Refill the feeder

Refill the feeder once a week in winter.

1. Lift the feeder off its hook.
2. (Optional) Wipe the tube with a dry cloth.
3. Pour the seed mix into the tube.
4. Hang the feeder back on its hook.`,
  };
  const data = buildAskIndex([...loadContentPages(), feeder]);
  const engine = createAskEngine(data);
  const ask = (question: string) => engine.ask({ question, page: FEEDER });

  it('answers "where" with the passage that gives a path', () => {
    expect(ask('where can I find the feeder log?').answer).toContain('Shed → Notebook → Feeder log');
  });

  it('answers "what if I leave it empty" with what happens by default', () => {
    expect(ask('what if I leave the seed mix for the feeder empty?').answer).toContain('By default');
  });

  it('answers "first A, then what" with the steps through the last step the question names', () => {
    const reply = ask('what are the steps to refill the feeder? I lift it off the hook, then what do I pour?');
    expect(reply.answer).toContain('Lift the feeder off its hook');
    expect(reply.answer).toContain('Pour the seed mix into the tube');
    expect(reply.answer).not.toContain('Hang the feeder back');
  });

  it('answers "what next" before an optional step with it and the first step that is not optional', () => {
    const reply = ask('I lifted the feeder off its hook, what do I do next?');
    expect(reply.answer).toContain('Wipe the tube');
    expect(reply.answer).toContain('Pour the seed mix');
    expect(reply.answer).not.toContain('Hang the feeder back');
  });

  it('answers "why" with a reason (even when the question says "when": no number is asked), "how" with the steps', () => {
    const engineIndex = loadEngineIndex(data);
    const general = loadGeneralIndex(engineIndex, data.vocabulary);
    const options = { procedure: false, comparison: false, page: FEEDER };
    const said = (question: string) =>
      generalAnswer(engineIndex, general, question, 'en', options)?.lines[0]?.sentences.join(' ');
    expect(said('why clean the feeder when it rains?')).toContain('so that mould never grows');
    // Two passages say every word: the one that gives a reason answers "why".
    expect(said('why should I clean the feeder?')).toContain('so that mould never grows');
    // A paragraph and a step say every word: the step answers "how".
    const how = generalAnswer(engineIndex, general, 'how do I refill the feeder?', 'en', {
      ...options,
      procedure: true,
    });
    expect(how?.lines.map((line) => line.sentences.join(' '))).toContain('Lift the feeder off its hook.');
    // Asked when, a number answers.
    expect(said('when should I clean the feeder?')).toContain('after 3 rainy days');
  });
});

describe('slips of the keys, over made-up pages', () => {
  const GREENHOUSE = '/partner/what-would-you-like-to-learn-about/garden/run-a-greenhouse';
  const SHED = '/partner/what-would-you-like-to-learn-about/garden/lock-the-shed';
  const page = (path: string, title: string, body: string[]): SourcePage => ({
    path,
    body: body.join('\n'),
    data: { title, description: title, locale: 'en' },
  });
  const engine = createAskEngine(
    buildAskIndex([
      ...loadContentPages(),
      page(GREENHOUSE, 'Run a greenhouse as a gardener', [
        '## Sow',
        '',
        'Press each seed into damp compost.',
        '',
        '## Sign in to the controller',
        '',
        'Your credentials are on the sticker inside the lid.',
      ]),
      page(SHED, 'Lock the tool shed', ['## The padlock', '', 'The padlock code is on the card in the potting bench.']),
    ]),
  );
  const ask = (question: string, on = GREENHOUSE) => engine.ask({ question, page: on });

  it('reads a four-letter stem one edit from a page word as that word (sede as seed)', () => {
    const reply = ask('where does the sede go?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Press each seed');
    // Two edits from every page word, a short word stays a word no page has.
    expect(ask('where does the sqyd go?').answered).toBe(false);
  });

  it('reads a long stem two edits from a page word as that word, where the stemmer cut only the page word (credentails)', () => {
    const reply = ask('where are the credentails?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('on the sticker inside the lid');
  });

  it('reads a slip of a word that says nothing as no word at all (wher as where), not a three-letter word near one', () => {
    const reply = ask('wher is the padlock code?', SHED);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('on the card in the potting bench');
    // "log" is one edit from the stopword "lol", but a word: the question hinges on it.
    expect(ask('is the padlock code in the log?', SHED).answered).toBe(false);
  });
});

describe('a choice between two things is a comparison', () => {
  const SEEDS = '/partner/what-would-you-like-to-learn-about/garden/send-seeds';
  const engine = createAskEngine(
    indexWith(
      madeUpPage(SEEDS, 'Send seeds to a gardener', 'en', [
        '## Delivery options',
        '',
        '| Option | Price | Arrives |',
        '| --- | --- | --- |',
        '| Courier | 12 dollars | The next morning |',
        '| Post | 2 dollars | In 3–5 days |',
      ]),
    ),
  );

  it('answers "which is X, A or B" and "is A X-er than B" with both sides', () => {
    for (const question of [
      'Which is quicker, the courier or the post?',
      'Is the courier any quicker than the post?',
    ]) {
      const reply = engine.ask({ question, page: SEEDS });
      expect(reply.answer, question).toContain('The next morning');
      expect(reply.answer, question).toContain('In 3–5 days');
    }
  });
});

describe('A 还是 B asks for a choice: a comparison', () => {
  const SEEDS = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/send-seeds';
  const data = indexWith(
    madeUpPage(SEEDS, '给园丁寄种子', 'zh', [
      '## 寄送方式',
      '',
      '| 方式 | 价格 | 送达时间 |',
      '| --- | --- | --- |',
      '| 快递 | 12 元 | 第二天上午 |',
      '| 平邮 | 2 元 | 3–5 天 |',
    ]),
  );
  const engine = createAskEngine(data);

  it('quotes both sides of "A 还是 B"', () => {
    for (const question of ['寄种子用快递送达快还是平邮送达快？', '快递送达时间短，还是平邮送达时间短？']) {
      const reply = engine.ask({ question, page: SEEDS });
      expect(reply.answer, question).toContain('第二天上午');
      expect(reply.answer, question).toContain('3–5 天');
    }
  });

  it('reads 还是 before a negation as "still", and before 之后 as an order asked, no choice', () => {
    const index = loadEngineIndex(data);
    expect(readQuestion(index, '快递我还是没收到', '', 'zh').comparison).toBe(false);
    expect(readQuestion(index, '种子是寄出之前付款还是之后付款', '', 'zh').comparison).toBe(false);
    expect(readQuestion(index, '快递还是平邮', '', 'zh').comparison).toBe(true);
  });
});

describe('哪个…更… asks for a choice: a comparison', () => {
  const SEEDS = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/collect-seeds';
  const engine = createAskEngine(
    indexWith(
      madeUpPage(SEEDS, '领取种子和球茎', 'zh', [
        '## 领取种子包',
        '',
        '种子包的领取码有效期为 2 天，只能使用一次。',
        '',
        '## 领取球茎',
        '',
        '球茎的领取码会在 6 小时后失效。如果领取码已失效，请重新申请。',
      ]),
    ),
  );

  it('quotes both sides when the comparative comes a few words after 哪个', () => {
    const question = '种子包的领取码和球茎的领取码，哪个有效期更长？';
    const reply = engine.ask({ question, page: SEEDS });
    expect(reply.answer, question).toContain('2 天');
    expect(reply.answer, question).toContain('6 小时');
  });
});

describe('the words that ask for a number are not what is asked', () => {
  const FEEDERS = '/partner/zh/nin-xiang-liao-jie-shen-me/garden/name-a-feeder';
  const engine = createAskEngine(
    indexWith(
      madeUpPage(FEEDERS, '为喂食器命名', 'zh', [
        '## 喂食器名称',
        '',
        '| 要求 | 说明 |',
        '| --- | --- |',
        '| 长度 | 至少 3 个字符，不超过 40 个字符 |',
        '| 字符 | 只能使用字母和数字 |',
      ]),
    ),
  );

  it('answers 最少 / 上限 with the number the page gives, though the page never says those words', () => {
    for (const question of ['喂食器的名称最少几位', '名称有上限吗']) {
      const reply = engine.ask({ question, page: FEEDERS });
      expect(reply.answered, question).toBe(true);
      expect(reply.answer, question).toContain('至少 3 个字符，不超过 40 个字符');
    }
    // What the number is of must still be on the page.
    expect(engine.ask({ question: '喂食器的价格最少多少钱？', page: FEEDERS }).answered).toBe(false);
  });
});
