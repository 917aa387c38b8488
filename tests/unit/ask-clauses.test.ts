/**
 * A chatty question's clauses (src/ask/engine/clauses.ts): the clause that asks is its core; a
 * side clause (a purpose, a reason, an aside) tells around it, and its words are context, not
 * what the question hinges on.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { buildIndexFromContent } from '../../src/ask/content.ts';
import { clausesOf } from '../../src/ask/engine/clauses.ts';
import { askVocabulary } from '../../src/ask/glossary.ts';
import { createDictionary } from '../../src/ask/text.ts';
import { GUIDE_PATHS } from '../../src/site.ts';
import { FIXTURES, fixturePair } from '../ask/sets.ts';

const { forms } = createDictionary(askVocabulary());
const sides = (text: string) => clausesOf(forms, text).map((clause) => [clause.text.trim(), clause.side]);

describe('side clauses', () => {
  it('cuts a purpose, a reason and an aside off the clause that asks', () => {
    expect(sides('how do I copy the token so I can paste it into a tool we use?')).toEqual([
      ['how do I copy the token', false],
      ['so I can paste it into a tool we use?', true],
    ]);
    expect(sides('can I reset it, because we think it leaked')).toEqual([
      ['can I reset it,', false],
      ['because we think it leaked', true],
    ]);
    expect(sides('where is the API page? been clicking around for 10 min')).toEqual([
      ['where is the API page?', false],
      ['been clicking around for 10 min', true],
    ]);
  });

  it('cuts a Chinese question where a space stands between two Chinese words, as chat writes a comma', () => {
    expect(sides('烤箱的旋钮在哪里啊 找半天了')).toEqual([
      ['烤箱的旋钮在哪里啊', false],
      ['找半天了', false],
    ]);
    // A space beside a Latin word is no break.
    expect(sides('烤箱的 Bake 按钮在哪里')).toEqual([['烤箱的 Bake 按钮在哪里', false]]);
  });

  it('reads a statement (a subject first, no question word, no "?") as a clause that tells', () => {
    const tells = (text: string) => clausesOf(forms, text).map((clause) => clause.tells);
    expect(tells('my coworker is trying to save our bank details. who can change the method?')).toEqual([true, false]);
    expect(tells('I was wondering how to reset it')).toEqual([false]);
    expect(tells('the token is legacy?')).toEqual([false]);
  });

  it('leaves a question with no side clause whole, and "since" before a date alone', () => {
    expect(sides('which tokens are legacy since April 2025?')).toEqual([
      ['which tokens are legacy since April 2025?', false],
    ]);
  });
});

const engine = createAskEngine(await buildIndexFromContent());

describe('a chatty question on the guide', () => {
  const ask = (question: string) => engine.ask({ question, page: GUIDE_PATHS.en });

  it('is answered by what its core asks, the purpose around it aside', () => {
    const reply = ask('How do I copy the read-only token so that we can paste it into our reporting tool?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('view and copy the read-write and read-only token values');
  });

  it('is answered when it asks what to do (要做什么) after what it tells', () => {
    const reply = engine.ask({
      question: '我刚重置了只读令牌，接下来要做什么才不会让集成出错？',
      page: GUIDE_PATHS.zh,
    });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('添加到任何现有集成中');
  });

  it('is still refused when its core asks what the pages do not say', () => {
    expect(ask('How do I delete a token so I can create a new one?').answered).toBe(false);
    expect(ask('how do I delete my token because we stopped using it?').answered).toBe(false);
  });
});

describe('a chatty question on a page the concept lists do not describe', () => {
  const pair = fixturePair(join(FIXTURES, 'dev', 'payments'));
  const ask = (question: string) => pair.engine.ask({ question, page: pair.paths.en });

  it('is answered from the passage that says what its asking clause asks, what it tells aside', () => {
    const reply = ask(
      'why could a bank account be rejected during verification? I entered the routing number carefully',
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('rejected during verification');
  });

  it('reads a statement before the question as context', () => {
    const reply = ask(
      'we earn in USD and our company is in Italy. if we choose euros for payouts, what exchange rate is used?',
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('converts the amount at the exchange rate');
  });

  it('is still refused when its asking clause hinges on what the page does not say', () => {
    expect(ask('how do I change my login password? I entered the routing number carefully').answered).toBe(false);
    expect(ask('can I get paid in bitcoin? I entered my bank account already').answered).toBe(false);
  });
});
