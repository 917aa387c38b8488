/**
 * `npm run ask:score`: every `?ask=` question set's score, p95 per answer in Node and the index
 * size per language and per added page. Held-out sets print totals only (never which question
 * missed); a held-out file that differs from its pin is not scored.
 *
 *   today's pages: dev, blind dev 2, external-1, external-2, today-2 (dev data), held-out (old, new)
 *   new pages:     payments, tracking-links and their -2 sets (dev), users (held out)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildAskIndex } from '../../../src/ask/build-index.ts';
import { loadContentPages } from '../../../src/ask/content.ts';
import type { AskEngine } from '../../../src/ask/engine.ts';
import { TRANSLATED_LOCALES as LOCALES } from '../../../src/contract/index.ts';
import { DEV_BLIND_2 } from '../../../tests/ask/dev-blind-2.ts';
import { askedOnFor, gradeProblems, tally, type GradedQuestion } from '../../../tests/ask/grade.ts';
import { QUESTIONS } from '../../../tests/ask/questions.ts';
import {
  askAll,
  describeTotals,
  devPairDirs,
  freshPairDirs,
  fixturePair,
  guideFor,
  HELD_OUT_DIR,
  laterDevSets,
  HELD_OUT_SUMS,
  heldOutPinProblems,
  pairPageFor,
  readItems,
  SHARED_QUESTIONS,
  siteEngine,
  totalsOf,
  type Totals,
} from '../../../tests/ask/sets.ts';
import { percentiles } from '../../lib/stats.ts';
import { languageIndex } from './sizes.ts';

/** `--dev`: the dev sets only (for tuning: the held-out totals are looked at only at milestones). */
const devOnly = process.argv.includes('--dev');
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
/** Every dev question asked, to time afterwards (warm: the first pass is the scoring one). */
const asked: { engine: AskEngine; question: string; page: string }[] = [];

function timedAsk(engine: AskEngine, question: string, page: string) {
  asked.push({ engine, question, page });
  return engine.ask({ question, page });
}

const TIMED_PASSES = 3;

/** The in-repo sets' grading (tests/ask/grade.ts), as totals. */
function gradedTotals(engine: AskEngine, questions: readonly (GradedQuestion & { askedOn?: string })[]): Totals {
  const result = tally(
    questions.map((question) => ({
      question,
      problems: gradeProblems(question, timedAsk(engine, question.question, question.askedOn ?? askedOnFor(question))),
    })),
  );
  return {
    right: result.overall.right,
    total: result.overall.total,
    answerable: result.answerable,
    refusals: result.refusals,
    refusalsAnswered: result.refusalsAnswered.length,
  };
}

const gzKb = (value: unknown) => gzipSync(JSON.stringify(value)).length / 1024;

const site = siteEngine();
say("== today's pages ==");
say(describeTotals('dev (tests/ask/questions.ts)', gradedTotals(site, QUESTIONS)));
say(describeTotals('dev blind 2 (tests/ask/dev-blind-2.ts)', gradedTotals(site, DEV_BLIND_2)));
for (const name of ['external-1', 'external-2']) {
  const items = readItems(join(SHARED_QUESTIONS, `${name}.json`));
  const replies = items.map((item) => timedAsk(site, item.q, guideFor(item)));
  say(describeTotals(`${name} (shared/ask-questions, dev)`, totalsOf(items, replies)));
}
for (const set of laterDevSets().filter((later) => !later.pairDir)) {
  const items = readItems(set.file);
  const replies = items.map((item) => timedAsk(site, item.q, guideFor(item)));
  say(describeTotals(`${set.name} (fixtures/dev, fresh)`, totalsOf(items, replies)));
}
// The old held-out set: imported only here and in its test, scored as totals.
const { HELD_OUT } = await import('../../../tests/ask/held-out.ts');
if (!devOnly) say(describeTotals('held-out, old (tests/ask/held-out.ts, totals only)', gradedTotals(site, HELD_OUT)));

const pins = existsSync(HELD_OUT_SUMS) ? heldOutPinProblems() : ['SHA256SUMS not committed yet'];
const todayFile = join(HELD_OUT_DIR, 'today', 'questions.json');
if (devOnly) say('held-out sets: skipped (--dev)');
else if (pins.length === 0 && existsSync(todayFile)) {
  const items = readItems(todayFile);
  say(
    describeTotals(
      'held-out, today (fixtures/held-out/today, totals only)',
      totalsOf(items, askAll(site, items, guideFor)),
    ),
  );
} else say(`held-out, today: not scored (${pins.join('; ') || 'no questions.json'})`);

say('== new pages ==');
const baseIndex = buildAskIndex(loadContentPages());
const sizeRows: string[] = [];
for (const dir of devPairDirs()) {
  const pair = fixturePair(dir);
  const items = readItems(join(dir, 'questions.json'));
  const page = pairPageFor(pair);
  const replies = items.map((item) => timedAsk(pair.engine, item.q, page(item)));
  say(describeTotals(`${pair.name} (fixtures/dev, tuned on)`, totalsOf(items, replies)));
  for (const later of laterDevSets().filter((set) => set.pairDir === dir)) {
    const laterItems = readItems(later.file);
    const laterReplies = laterItems.map((item) => timedAsk(pair.engine, item.q, page(item)));
    say(describeTotals(`${later.name} (fixtures/dev, fresh)`, totalsOf(laterItems, laterReplies)));
  }
  sizeRows.push(pair.name);
}
say('== new pages nobody on the team has read (fixtures/fresh-pairs, totals only) ==');
for (const dir of freshPairDirs()) {
  const pair = fixturePair(dir);
  const items = readItems(join(dir, 'questions.json'));
  say(
    describeTotals(
      `${pair.name} (fixtures/fresh-pairs)`,
      totalsOf(items, askAll(pair.engine, items, pairPageFor(pair))),
    ),
  );
}
const usersDir = join(HELD_OUT_DIR, 'users');
if (devOnly) {
  // skipped
} else if (pins.length === 0 && existsSync(usersDir)) {
  const pair = fixturePair(usersDir);
  const items = readItems(join(usersDir, 'questions.json'));
  say(
    describeTotals(
      'users (fixtures/held-out, totals only)',
      totalsOf(items, askAll(pair.engine, items, pairPageFor(pair))),
    ),
  );
  sizeRows.push('held-out/users');
} else say(`users (held-out): not scored (${pins.join('; ') || 'no folder'})`);

say('== speed and size ==');
const timings: number[] = [];
for (let pass = 0; pass < TIMED_PASSES; pass++)
  for (const { engine, question, page } of asked) {
    const before = performance.now();
    engine.ask({ question, page });
    timings.push(performance.now() - before);
  }
const p = percentiles(timings);
say(
  `engine.ask() over the dev questions above, warm, ${TIMED_PASSES} passes: p50 ${p.p50.toFixed(3)} ms, p95 ${p.p95.toFixed(3)} ms, max ${p.max.toFixed(3)} ms (${p.count} answers)`,
);
for (const locale of LOCALES)
  say(`index, ${locale}, today's pages: ${gzKb(languageIndex(baseIndex, locale)).toFixed(1)} KB gz`);
for (const name of sizeRows) {
  const dir = name.startsWith('held-out/')
    ? join(HELD_OUT_DIR, name.slice(9))
    : devPairDirs().find((d) => d.endsWith(`/${name}`))!;
  const grown = buildAskIndex([...loadContentPages(), ...loadContentPages(dir)]);
  const added = LOCALES.map(
    (locale) =>
      `${locale} +${(gzKb(languageIndex(grown, locale)) - gzKb(languageIndex(baseIndex, locale))).toFixed(1)} KB gz`,
  );
  say(`index with the ${name} pair added: ${added.join(', ')}`);
}
