/**
 * What a question asks about, beyond its action (src/ask/engine/general-action.ts, kindAsked;
 * src/ask/engine/general.ts, hingesOnUnknown): the kind it asks which of ("which fields",
 * 哪些字段), the thing it asks where of (列表在哪里), a rare word a page word says what kind of ("the
 * queen cage"), a number that names a thing ("my 4506"), a rare word said twice. A passage saying the rest of the
 * question, silent on that, answers what the pages do not say. Over a made-up page, never shipped.
 */
import { describe, expect, it } from 'vitest';
import { HIVE_SECTION, indexWith, madeUpPage } from '../ask/made-up.ts';
import { createAskEngine } from '../../src/ask/engine.ts';

const HIVE = '/partner/what-would-you-like-to-learn-about/bees/keep-hive-records';
const HIVE_ZH = '/partner/zh/what-would-you-like-to-learn-about/bees/keep-hive-records';

describe('what a question asks about', () => {
  const page = madeUpPage(HIVE, 'Keep hive records as a beekeeper', 'en', [
    ...HIVE_SECTION,
    '## Harvest records',
    '',
    'Download the harvest log as a spreadsheet from the Records page.',
    '',
    '## Marking the queen',
    '',
    'Write the year she hatched in the date field of her record, then mark her back with a dot of paint.',
  ]);
  const engine = createAskEngine(indexWith(page));
  const ask = (question: string) => engine.ask({ question, page: HIVE });

  it('refuses the kind of thing asked for when the pages say it only elsewhere', () => {
    // The harvest passage says every other word; "field" is said only of the queen's record.
    expect(ask('Which fields does the harvest log spreadsheet from the Records page have?').answered).toBe(false);
    const where = ask('Which page has the harvest log spreadsheet?');
    expect(where.answered).toBe(true);
    expect(where.answer).toContain('Records page');
  });

  it('refuses a rare word no page has when it is the kind asked for', () => {
    expect(ask('Which varroa mites live in the brood box where the queen lays her eggs?').answered).toBe(false);
  });

  it('reads a rare word after a page word as what is asked about, not a detail', () => {
    // "cage": outside the 2,000 most common English words; "queen cage" asks about a cage, not the queen.
    // The passage says every other word; a rare word there alone would be a detail ("… with a spreadsheet").
    expect(ask('Does the queen cage stay in the brood box with her eggs?').answered).toBe(false);
    expect(ask('Does the queen lay her eggs in the brood box?').answered).toBe(true);
  });

  it('reads a rare word said twice as what the question is about, in a clause that tells too', () => {
    expect(
      ask('I study varroa - if varroa gets into the shallow super, does the queen still lay her eggs in the brood box?')
        .answered,
    ).toBe(false);
    // Said once there, it is the asker's story.
    expect(
      ask(
        'I study varroa - if a worker gets into the shallow super, does the queen still lay her eggs in the brood box?',
      ).answered,
    ).toBe(true);
  });

  it('reads a number no page says that counts nothing as a name', () => {
    // Without the number, the same question is answered.
    expect(ask('Where do I get my 4506 for the harvest log spreadsheet of the hive?').answered).toBe(false);
    expect(ask('Where do I get the harvest log spreadsheet of the hive?').answered).toBe(true);
  });

  it('reads the kind after 哪些 and the thing before 在哪里 the same way', () => {
    const zh = createAskEngine(
      indexWith(
        madeUpPage(HIVE_ZH, '记录蜂箱', 'zh', [
          '## 收获记录',
          '',
          '从记录页面下载收获日志表格。',
          '',
          '## 标记蜂王',
          '',
          '在蜂王记录的日期字段里写上她出生的年份，然后在她背上点一个颜料点。',
        ]),
      ),
    );
    const askZh = (question: string) => zh.ask({ question, page: HIVE_ZH });
    expect(askZh('从记录页面下载的收获日志表格里有哪些字段？').answered).toBe(false);
    expect(askZh('从记录页面下载的收获日志表格，它的字段在哪里能查到？').answered).toBe(false);
    expect(askZh('收获日志表格从哪个页面下载？').answer).toContain('记录页面');
  });
});
