/**
 * How the `?ask=` engine reads words: both languages into one set of concepts, phrases before
 * words, typos and function words, so that a question in everyday words finds the same passage.
 */
import { describe, expect, it } from 'vitest';
import { buildAskIndex } from '../../src/ask/build-index.ts';
import { loadContentPages } from '../../src/ask/content.ts';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { readQuestion } from '../../src/ask/engine/question.ts';
import { askVocabulary } from '../../src/ask/glossary.ts';
import { soundGroups } from '../../src/ask/language/resources.ts';
import { createDictionary, keysOf, terms as readTerms } from '../../src/ask/text.ts';
import { correctTypo, editDistance } from '../../src/ask/typo.ts';

const dictionary = createDictionary(askVocabulary());
const terms = (text: string) => readTerms(dictionary, text);
const keys = (text: string) => [...keysOf(terms(text))].sort();

describe('concepts', () => {
  it('reads a Chinese, an English and a mixed question into the same concepts', () => {
    const zh = keys('在哪里复制身份验证令牌');
    expect(zh).toEqual(expect.arrayContaining(['copy', 'auth-token', 'token']));
    expect(keys('where do I copy the auth token')).toEqual(expect.arrayContaining(['copy', 'auth-token', 'token']));
    expect(keys('auth token 在哪复制')).toEqual(expect.arrayContaining(['copy', 'auth-token', 'token']));
  });

  it("reads the app's labels as one concept that implies its words", () => {
    const [label] = terms('Enable Legacy Tokens');
    expect(label?.key).toBe('enableLegacyTokens');
    expect(label?.concept?.implies).toEqual(expect.arrayContaining(['enable', 'legacy', 'token']));
    expect(terms('启用旧版令牌')[0]?.key).toBe('enableLegacyTokens');
  });

  it('stems English words and matches phrases across spelling (read-only, read only)', () => {
    expect(keys('resetting the tokens')).toEqual(['reset', 'token']);
    expect(keys('read-only')).toEqual(keys('read only'));
    expect(keys('读/写')).toEqual(keys('读写'));
  });

  it('tells a creation date from creating (created before April 2025 is no "create")', () => {
    expect(keys('tokens created before April 2025')).toContain('created');
    expect(keys('tokens created before April 2025')).not.toContain('create');
    expect(keys('2025 年 4 月之前创建的令牌')).toContain('created');
    expect(keys('如何创建令牌')).toContain('create');
  });
});

describe('function words', () => {
  it('drops question words, particles and fillers of both languages', () => {
    expect(keys('旧版令牌是啥？')).toEqual(keys('旧版令牌'));
    expect(keys('hey, where are the API docs?')).toEqual(['api', 'docs']);
  });

  it('cuts function characters off words the segmenter glued them to, and keeps real words whole', () => {
    expect(terms('页面在哪').map((term) => term.key)).toEqual([]);
    expect(terms('会通知我吗').map((term) => term.key)).toEqual(['通知']);
    expect(terms('发邮件').map((term) => term.key)).toContain('邮件');
  });
});

describe('typos', () => {
  it('measures edits, a swap of neighbours counting as one', () => {
    expect(editDistance('tokne', 'token', 2)).toBe(1);
    expect(editDistance('rset', 'reset', 2)).toBe(1);
    expect(editDistance('password', 'reset', 2)).toBe(3);
  });

  it("corrects to the dictionary's word first, keeps a short word's length, and leaves the first letter alone", () => {
    const known = new Map([
      ['reset', 2],
      ['rest', 1],
      ['tech', 2],
      ['the', 1],
      ['token', 2],
    ]);
    expect(correctTypo('rset', known)).toBe('reset');
    expect(correctTypo('teh', known)).toBe('the');
    expect(correctTypo('tokn', known)).toBe('token');
    expect(correctTypo('ptoken', known)).toBeUndefined();
  });
});

describe('Chinese slips of a pinyin keyboard', () => {
  const index = loadEngineIndex(buildAskIndex(loadContentPages()));
  const keysOfQuestion = (text: string) => readQuestion(index, text, '', 'zh').words.map((word) => word.key);

  it('groups characters by sound, tones and the fuzzy initials and finals aside', () => {
    const groups = soundGroups(['重置', '更多']);
    expect(groups.some((group) => group.includes('置') && group.includes('制') && group.includes('直'))).toBe(true);
    expect(groups.some((group) => group.includes('更') && group.includes('跟'))).toBe(true);
  });

  it('reads a word one character off a dictionary word as it only when the two characters sound alike', () => {
    expect(keysOfQuestion('怎么重制只读令牌')).toContain('reset');
    expect(keysOfQuestion('读写令牌重制了以后集成还能用吗')).not.toContain('automatic');
    expect(keysOfQuestion('设直在哪里')).toContain('settings');
    expect(keysOfQuestion('提现失败以后钱去哪了')).not.toContain('appear');
    expect(keysOfQuestion('到账要几天')).not.toContain('expire');
  });
});

describe('clicking, as the engine reads it', () => {
  const index = loadEngineIndex(buildAskIndex(loadContentPages()));
  const acts = (text: string) => readQuestion(index, text, '', 'zh').acts.flat();

  it('reads "which one do I click" as asking which, not as an action the answer must say', () => {
    expect(acts('这两个重置选项有什么区别？我该点哪个')).not.toContain('select');
    expect(acts('这两个重置选项我该点哪一个')).not.toContain('select');
    expect(acts('点令牌卡片会出现什么')).toContain('select');
  });
});
