/**
 * Issue 20: where the general reading loses the answerable questions the page pairs' dev sets
 * miss. `npx node bench/measurements/ask/pick-diagnosis.ts [set…] [--list]`.
 *
 * Each missed answerable question is asked again with every decision of the general reading
 * forced to answer (createAskEngine's `decide`). When that answers it right, the decision lost it.
 * Otherwise, the general reading's ranking (`pick.ranked`) is searched for the first passage of the
 * source page whose sentences match the question's fact: rank 1 means the passage was right and
 * the quoted sentences dropped the fact. Never reads the fresh sets nor held-out.
 */
import { join } from 'node:path';
import { createAskEngine } from '../../../src/ask/engine.ts';
import type { GeneralReading } from '../../../src/ask/engine/general.ts';
import type { AskChunk } from '../../../src/ask/types.ts';
import { loadEngineIndex } from '../../../src/ask/engine/engine-index.ts';
import { GENERAL_CALIBRATION, loadGeneralIndex } from '../../../src/ask/engine/general.ts';
import { pickPassage } from '../../../src/ask/engine/general-pick.ts';
import { indexWith } from '../../../tests/ask/made-up.ts';
import {
  externalRight,
  FIXTURES,
  fixturePair,
  readItems,
  STUDIED_DEV_SETS,
  type ExternalItem,
} from '../../../tests/ask/sets.ts';

/** The page pairs' studied sets (never the fresh ones nor held-out). */
const ALLOWED = Object.fromEntries(
  Object.values(STUDIED_DEV_SETS).flatMap(({ pair, sets }) => (pair ? [[pair, sets]] : [])),
);
const args = process.argv.slice(2);
const list = args.includes('--list');
const wanted = args.filter((arg) => !arg.startsWith('--'));

const clean = (text: string) => text.replace(/\*\*|\\/g, '');
const holds = (chunk: AskChunk, item: ExternalItem) =>
  chunk.page.includes(item.source!) && new RegExp(item.fact!, 'iu').test(clean(chunk.sentences.join(' ')));

type Cause =
  | 'decision'
  | 'concept'
  | 'split'
  | 'rank 1, not quoted'
  | 'rank 2'
  | 'rank 3-5'
  | 'beyond 5'
  | 'none: across passages'
  | 'none';
const tally = new Map<string, Map<Cause, number>>();
const conceptRanks: number[] = [];
const heldAsMuch: string[] = [];
const heldLess: string[] = [];

for (const [pairName, sets] of Object.entries(ALLOWED)) {
  const pair = fixturePair(join(FIXTURES, 'dev', pairName));
  let force = false;
  let readings: GeneralReading[] = [];
  const data = indexWith(...pair.pages);
  const general = loadGeneralIndex(loadEngineIndex(data), data.vocabulary);
  const engine = createAskEngine(data, {
    decide: (reading, rules) => {
      readings.push(reading);
      return force || rules;
    },
  });
  const page = (item: ExternalItem) => pair.paths[item.lang] ?? pair.paths.zh!;
  for (const set of sets) {
    if (wanted.length && !wanted.includes(set)) continue;
    const counts = new Map<Cause, number>();
    tally.set(set, counts);
    for (const item of readItems(join(FIXTURES, 'dev', set, 'questions.json'))) {
      if (item.refuse) continue;
      force = false;
      const before = engine.ask({ question: item.q, page: page(item) });
      if (externalRight(item, before)) continue;
      force = true;
      readings = [];
      const forced = engine.ask({ question: item.q, page: page(item) });
      force = false;
      let cause: Cause;
      let detail = '';
      if (externalRight(item, forced)) cause = 'decision';
      else if (readings.length === 0) {
        // The concept reading answered: where would the general reading's passage have been?
        const pick = pickPassage(general, item.q, item.lang, undefined, GENERAL_CALIBRATION, page(item));
        const at = pick ? pick.ranked().findIndex(({ passage }) => holds(passage, item)) : -1;
        cause = 'concept';
        detail = ` | general ranks the fact at ${at + 1}, coverage ${pick?.coverage.toFixed(2)}`;
        conceptRanks.push(at + 1);
      } else if (readings.length > 1) cause = 'split';
      else {
        const ranked = readings[0]!.pick.ranked();
        const at = ranked.findIndex(({ passage }) => holds(passage, item));
        if (at === 0) cause = 'rank 1, not quoted';
        else if (at === 1) cause = 'rank 2';
        else if (at >= 2 && at <= 4) cause = 'rank 3-5';
        else if (at > 4) cause = 'beyond 5';
        else {
          // No one passage holds it: two passages of a section together may, or none (the regex, the other language only).
          const fact = new RegExp(item.fact!, 'iu');
          const sectionText = (chunk: AskChunk) =>
            ranked
              .filter(({ passage }) => passage.page === chunk.page && passage.section === chunk.section)
              .map(({ passage }) => passage.sentences.join(' '))
              .join(' ');
          const across = ranked.some(
            ({ passage }) => passage.page.includes(item.source!) && fact.test(clean(sectionText(passage))),
          );
          cause = across ? 'none: across passages' : 'none';
        }
        const top = ranked[0]!;
        // Whether the fact's passage holds as much of the question as the pick (its words said, or said
        // around it): then the ranking's adjustments lost it; else the words did (the asker's are not the page's).
        if (at > 0) (ranked[at]!.coverage >= top.coverage - 1e-9 ? heldAsMuch : heldLess).push(set);
        const right = at >= 0 ? ranked[at]! : undefined;
        const shown = ({ passage, score, coverage }: (typeof ranked)[number]) =>
          `${passage.id} (score ${score.toFixed(2)}, share ${coverage.toFixed(2)}) "${passage.sentences.join(' ').slice(0, 70)}"`;
        detail = ` | picked ${shown(top)}${right ? ` | fact at ${at + 1}: ${shown(right)}` : ''}`;
      }
      counts.set(cause, (counts.get(cause) ?? 0) + 1);
      if (list) console.log(`${set} ${cause} [${item.lang} ${item.kind}] ${item.q}${detail}`);
    }
  }
}

const causes: Cause[] = [
  'decision',
  'concept',
  'split',
  'rank 1, not quoted',
  'rank 2',
  'rank 3-5',
  'beyond 5',
  'none: across passages',
  'none',
];
console.log(`| set | ${causes.join(' | ')} | missed |`);
console.log(`| --- | ${causes.map(() => '---').join(' | ')} | --- |`);
const totals = new Map<Cause, number>();
for (const [set, counts] of tally) {
  const sum = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`| ${set} | ${causes.map((cause) => counts.get(cause) ?? 0).join(' | ')} | ${sum} |`);
  for (const [cause, n] of counts) totals.set(cause, (totals.get(cause) ?? 0) + n);
}
const all = [...totals.values()].reduce((a, b) => a + b, 0);
console.log(`| total | ${causes.map((cause) => totals.get(cause) ?? 0).join(' | ')} | ${all} |`);
console.log(`concept reading's misses: the general reading's rank of the fact passage: ${conceptRanks.join(', ')}`);
const tune = (sets: string[]) => sets.filter((set) => /^(payments|tracking-links)/.test(set)).length;
console.log(
  `fact's passage ranked 2nd or lower: it holds as much of the question as the pick in ${heldAsMuch.length} (tune sets ${tune(heldAsMuch)}), less in ${heldLess.length} (tune sets ${tune(heldLess)})`,
);
