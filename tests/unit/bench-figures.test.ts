/**
 * The bench's arithmetic on what it measured: CLS as web-vitals defines it (largest session
 * window), the figures `--compare` lines up between two runs, and how long a run may take.
 */
import { describe, expect, it } from 'vitest';
import { compareWith, numericLeaves } from '../../bench/lib/compare.ts';
import { TIME_LIMIT_MS, timeLimitOf } from '../../bench/lib/options.ts';
import { cumulativeLayoutShift } from '../../bench/measurements/as-served/probe.ts';

const shift = (time: number, value: number) => ({ time, value, sources: [] });

describe('cumulative layout shift', () => {
  it('is 0 without shifts', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
  });

  it('adds shifts less than 1 s apart into one session, and keeps the largest session', () => {
    // Session 1: 0.1 + 0.1 (900 ms apart); a 1.2 s gap; session 2: 0.15 alone.
    expect(cumulativeLayoutShift([shift(100, 0.1), shift(1000, 0.1), shift(2200, 0.15)])).toBeCloseTo(0.2);
  });

  it('ends a session after 5 s even when shifts keep coming', () => {
    const everyHalfSecond = Array.from({ length: 12 }, (_, index) => shift(index * 500, 0.01));
    // 0 … 5000 ms would be 11 shifts; the window closes after 5 s, so a session holds at most 10.
    expect(cumulativeLayoutShift(everyHalfSecond)).toBeCloseTo(0.1);
  });

  it('does not depend on the order shifts are listed in', () => {
    expect(cumulativeLayoutShift([shift(1000, 0.1), shift(100, 0.1)])).toBeCloseTo(0.2);
  });
});

describe('--compare', () => {
  it('lines up every number by its dotted path, leaving out arrays and text', () => {
    const leaves = numericLeaves({ a: { b: 1, c: 'x', d: [1, 2] }, e: 2.5, f: null });
    expect([...leaves]).toEqual([
      ['a.b', 1],
      ['e', 2.5],
    ]);
  });

  it('shows only the figures both runs have, with the change', () => {
    const lines = compareWith(
      { file: 'then.json', date: 'then', summary: { asServed: { en: { phoneWireKb: 200 } }, gone: 1 } },
      { asServed: { en: { phoneWireKb: 50 } }, added: 3 },
    ).join('\n');
    expect(lines).toMatch(/asServed\.en\.phoneWireKb\s+200\s+50\s+-75\.0 %/);
    expect(lines).not.toMatch(/gone|added/);
  });
});

describe('the bench time limit', () => {
  it('is 9.5 minutes for the default three cold loads, with or without a checkout to compare', () => {
    expect(timeLimitOf({ profileRuns: 3, against: undefined })).toBe(TIME_LIMIT_MS);
    expect(timeLimitOf({ profileRuns: 1, against: '/elsewhere' })).toBe(TIME_LIMIT_MS);
  });

  it('grows with every extra cold load, twice as fast when a second checkout loads too', () => {
    const oneSide = timeLimitOf({ profileRuns: 9, against: undefined }) - TIME_LIMIT_MS;
    const twoSides = timeLimitOf({ profileRuns: 9, against: '/elsewhere' }) - TIME_LIMIT_MS;
    expect(oneSide).toBeGreaterThan(0);
    expect(twoSides).toBe(2 * oneSide);
    expect(timeLimitOf({ profileRuns: 5, against: '/elsewhere' })).toBeLessThan(
      timeLimitOf({ profileRuns: 9, against: '/elsewhere' }),
    );
  });
});
