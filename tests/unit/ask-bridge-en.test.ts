/**
 * The bridge from a rare English word no English page has to the Chinese twin's words
 * (src/ask/language/bridge-en.ts: CC-CEDICT's first sense of the zh pages' words), over a made-up
 * page pair that never ships.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { generalRulesPass, loadGeneralIndex, readGeneral } from '../../src/ask/engine/general.ts';
import { englishBridge } from '../../src/ask/language/bridge-en.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/other/apiary/hive-journal';
const ZH = '/other/zh/apiary/hive-journal';

const rare = () => true;

const data = indexWith(
  madeUpPage(EN, 'Hive journal', 'en', [
    '## Shared computers',
    '',
    'The hive journal closes your session when you sign out on a shared computer.',
    '',
    '## Swarm notes',
    '',
    'Write a swarm note for every colony that leaves its hive in spring.',
    '',
    '## Inspections',
    '',
    'Sign in before each inspection to record the weight of the colony.',
    '',
    '## Backups',
    '',
    'The hive journal keeps a backup of your notes every night.',
  ]),
  madeUpPage(ZH, '蜂箱记事本', 'zh', [
    '## 共享计算机',
    '',
    '在共享计算机上退出登录后，蜂箱记事本会关闭您的会话。',
    '',
    '## 分蜂记录',
    '',
    '为每个在春季离开蜂箱的蜂群写一条分蜂记录。',
    '',
    '## 检查',
    '',
    '每次检查前请先登录，以记录蜂群的重量。',
    '',
    '## 备份',
    '',
    '蜂箱记事本每晚都会备份您的记录。',
  ]),
);
const engine = createAskEngine(data);
const loaded = loadEngineIndex(data);
const general = loadGeneralIndex(loaded, data.vocabulary);

describe('a bridge from a rare English word to the Chinese twin', () => {
  it('reads an English word as the zh pages word whose first sense glosses it, only when no en page says it', () => {
    expect(englishBridge('退出登录后，会话将关闭。', new Set(), new Set(), rare).log?.split(' ')).toContain('登录');
    expect(englishBridge('退出登录后，会话将关闭。', new Set(['log']), new Set(), rare).log).toBeUndefined();
  });

  it('leaves out a common word, and a form the stemmer runs together with another word (edition is no edit)', () => {
    expect(englishBridge('退出登录后，会话将关闭。', new Set(), new Set(), () => false).log).toBeUndefined();
    // 版本: /version/edition/release/: edition stems as edit.
    expect(englishBridge('请选择版本。', new Set(), new Set(), rare).edit).toBeUndefined();
  });

  it('answers an English question whose rare word only the Chinese twin says, from the aligned passage', () => {
    const reply = engine.ask({ question: 'does the hive journal log my session out on a shared computer?', page: EN });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('sign out on a shared computer');
  });

  it('counts a word read through its translation as no word the passage says as asked', () => {
    const question = 'does the hive journal log my session out on a shared computer?';
    const reading = readGeneral(loaded, general, question, 'en', { procedure: false, comparison: false, page: EN })!;
    expect(reading.pick.passage.sentences.join(' ')).toContain('sign out on a shared computer');
    expect(reading.saysAll).toBe(false);
  });

  it('never reads a translation other passages twins say as a word the pages name elsewhere', () => {
    // 登录 is said by the twins of two other sections' passages, not by the backup passage's.
    const question = 'does the journal log a backup every night?';
    const reading = readGeneral(loaded, general, question, 'en', { procedure: false, comparison: false, page: EN })!;
    expect(reading.pick.passage.sentences.join(' ')).toContain('keeps a backup');
    expect(reading.namedElsewhere).toBe(false);
    expect(generalRulesPass(reading, {})).toBe(true);
  });
});
