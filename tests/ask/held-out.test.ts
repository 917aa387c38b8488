/**
 * The held-out sets written outside the team and frozen before the engine was changed
 * (tests/ask/fixtures/held-out/, pinned by its SHA256SUMS): 100 fresh questions on today's pages,
 * and three page pairs (`users`, `twofactor`, `properties`) the engine was never tuned on, built into an index with today's pages
 * as a docs team would add it. Each must score at least 90 % and answer no question it must
 * refuse. Only totals are ever printed, never which question missed: that would make them one
 * more set to tune on. Run with `npm run ask:held-out` (not part of `npm test` while it fails:
 * see the README's "Ask the docs").
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  askAll,
  describeTotals,
  fixturePair,
  guideFor,
  HELD_OUT_DIR,
  HELD_OUT_SUMS,
  heldOutPinProblems,
  pairPageFor,
  readItems,
  share,
  siteEngine,
  totalsOf,
  type Totals,
} from './sets.ts';

const MIN_SHARE = 0.9;
const lines: string[] = [];

describe('?ask= held-out fixtures', () => {
  it('are the committed files, byte for byte (SHA256SUMS)', () => {
    expect(existsSync(HELD_OUT_SUMS)).toBe(true);
    expect(heldOutPinProblems()).toEqual([]);
  });
});

function score(name: string, totals: () => Totals) {
  describe(`?ask= held-out: ${name}`, () => {
    let result: Totals;
    it('is scored', () => {
      result = totals();
      lines.push(describeTotals(`held-out ${name}`, result));
      expect(result.total).toBeGreaterThan(0);
    });
    it('answers no question it must refuse (count only)', () => {
      expect(result.refusalsAnswered, 'refusal questions answered').toBe(0);
    });
    it(`scores at least ${MIN_SHARE * 100} %`, () => {
      expect(share(result), describeTotals(name, result)).toBeGreaterThanOrEqual(MIN_SHARE);
    });
  });
}

score("today's pages, 100 fresh questions", () => {
  const items = readItems(join(HELD_OUT_DIR, 'today', 'questions.json'));
  return totalsOf(items, askAll(siteEngine(), items, guideFor));
});

for (const [name, folder] of [
  ['the users page pair (never tuned on)', 'users'],
  ['the two-factor page pair (never tuned on)', 'twofactor'],
  ['the promotional properties page pair (never tuned on)', 'properties'],
] as const) {
  score(name, () => {
    const pair = fixturePair(join(HELD_OUT_DIR, folder));
    const items = readItems(join(HELD_OUT_DIR, folder, 'questions.json'));
    return totalsOf(items, askAll(pair.engine, items, pairPageFor(pair)));
  });
}

afterAll(() => console.log(lines.join('\n')));
