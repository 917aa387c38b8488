/**
 * A relative clause ("… the jars I've made so far"): it says which thing is asked about, so its
 * everyday words no page has are context, not what the question hinges on; a rare word in it
 * still is (src/ask/engine/clauses.ts, RELATIVE_CLAUSE; src/ask/engine/general-pick.ts).
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { clausesOf } from '../../src/ask/engine/clauses.ts';
import { askVocabulary } from '../../src/ask/glossary.ts';
import { createDictionary } from '../../src/ask/text.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const PANTRY = '/other/en/made-up/keep-a-pantry';

describe('relative clauses', () => {
  const { forms } = createDictionary(askVocabulary());
  const relative = (before: string, after: string) => !['can', 'do', 'when'].includes(before) && after !== 'can';

  it('cuts a relative clause after the thing it says which of, with the check the reader gives', () => {
    const clauses = clausesOf(forms, "Where can I see all the jars I've made so far?", { relative });
    expect(clauses.map((clause) => [clause.text.trim(), clause.relative])).toEqual([
      ['Where can I see all the jars', false],
      ["I've made so far?", true],
    ]);
    expect(clauses[1]!.tells).toBe(true);
    // A pronoun after a word of asking begins no relative clause; without the check none is read.
    expect(clausesOf(forms, 'when I open it can I see the jars?', { relative }).some((c) => c.relative)).toBe(false);
    expect(clausesOf(forms, "Where can I see all the jars I've made so far?").some((c) => c.relative)).toBe(false);
  });

  const page = madeUpPage(PANTRY, 'Keep a pantry', 'en', [
    '## Your jars',
    '',
    'From the top menu, select Pantry → Jars. Every jar is listed with its shelf, so you keep track of them all.',
    '',
    '## Labels',
    '',
    'Write the label before you seal the jar.',
  ]);
  const engine = createAskEngine(indexWith(page));
  const ask = (question: string) => engine.ask({ question, page: PANTRY });

  it("answers where the jars are when the asker says which jars in everyday words no page has (I've made so far)", () => {
    const reply = ask("Where can I see all the jars I've made so far? I lost track of them");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Pantry → Jars');
  });

  it('still refuses when the relative clause names a rare thing no page has', () => {
    expect(ask("Where can I see all the jars I've sold on Etsy?").answered).toBe(false);
  });
});
