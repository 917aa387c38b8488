/**
 * The general reading (src/ask/engine/general.ts): words read from any page with no list about
 * its subject, over a page pair it was never written for (the payments fixture, never shipped).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expansionOf, joinedPairs, latinWords } from '../../src/ask/engine/general-words.ts';
import { FIXTURES, fixturePair } from '../ask/sets.ts';

describe('general words', () => {
  it('reads a dotted or hyphenated word as its parts, a domain without its ending', () => {
    expect(latinWords('impact.com IR-Version read-only')).toEqual(['impact', 'ir', 'version', 'read', 'only']);
  });

  it('knows two neighbouring words written as one (Sub ID → subid)', () => {
    expect(joinedPairs('Add a Sub ID here')).toContain('subid');
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

  it('answers in everyday words with a shortened word, from the page asked on', () => {
    const reply = ask('where do I add my bank acct?', 'en');
    expect(reply.answered).toBe(true);
    expect(reply.sources[0]?.url).toContain('set-up-your-withdrawal-method-as-a-partner');
  });
});
