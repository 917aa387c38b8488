/**
 * Issue 20: can a decision fitted from data, over generic features of the general reading (no
 * words), replace the hand-set rules that answer or refuse on pages the concept lists do not
 * describe? `npx node bench/measurements/ask/fit-general.ts [--dump file]`.
 *
 * 1. The dataset: every question of the allowed dev sets, asked as the scorer asks it
 *    (bench/measurements/ask/score.ts), with the general reading's decision hooked
 *    (createAskEngine's `decide`). For the first decision on a passage of a page the lists do not
 *    describe, the question is asked again with that decision forced to answer and forced to
 *    refuse, and both replies graded as the scorer grades them: the labels.
 * 2. A logistic regression fitted by gradient descent, left-one-topic-out: per held-out topic, the
 *    rules against the fitted decision, each asked through the engine (every decision in scope).
 *    Cost: an answerable question missed 1, a question to refuse answered REFUSAL_COST.
 *
 * Settings, by environment: REFUSAL_COST (2), WRONG_TIE (0: what an answerable question answered
 * wrong either way weighs towards refusing), L2 (0.01), FEATURES=reading (the reading's own 12;
 * default all 33), STACK=1 (the rules' verdict a feature too), TRAIN_TODAY=1 (today's pages'
 * readings as training rows), ABLATE=<a veto of the reading> (the rules without it, per topic).
 * Figures: docs/ask.md, "A fitted decision for the general reading".
 *
 * Never reads the fresh sets nor held-out (the allowed sets are named below).
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { buildAskIndex } from '../../../src/ask/build-index.ts';
import { loadContentPages } from '../../../src/ask/content.ts';
import { createAskEngine, type AskEngine, type GeneralDecide } from '../../../src/ask/engine.ts';
import { loadEngineIndex } from '../../../src/ask/engine/engine-index.ts';
import {
  GENERAL_CALIBRATION,
  generalRulesPass,
  loadGeneralIndex,
  type GeneralReading,
} from '../../../src/ask/engine/general.ts';
import { inContext, match } from '../../../src/ask/engine/general-match.ts';
import type { Question } from '../../../src/ask/engine/question.ts';
import type { AskIndexData, AskReply } from '../../../src/ask/types.ts';
import { DEV_BLIND_2 } from '../../../tests/ask/dev-blind-2.ts';
import { askedOnFor, gradeProblems } from '../../../tests/ask/grade.ts';
import { QUESTIONS } from '../../../tests/ask/questions.ts';
import { indexWith } from '../../../tests/ask/made-up.ts';
import { fitLogistic, logOdds, type Model } from './logistic.ts';
import {
  externalRight,
  FIXTURES,
  guideFor,
  readItems,
  SHARED_QUESTIONS,
  STUDIED_DEV_SETS,
  type ExternalItem,
} from '../../../tests/ask/sets.ts';

const REFUSAL_COST = Number(process.env.REFUSAL_COST ?? 2);
/** What an answerable question answered wrong weighs towards refusing it (the scorer: nothing). */
const WRONG_TIE = Number(process.env.WRONG_TIE ?? 0);
const L2 = Number(process.env.L2 ?? 0.01);
const TRAIN_TODAY = process.env.TRAIN_TODAY === '1';

interface Item {
  topic: string;
  set: string;
  q: string;
  page: string;
  refuse: boolean;
  right: (reply: AskReply) => boolean;
}

/** The engine of a topic, its decision switchable, and its general index to read passages with. */
interface Bench {
  engine: AskEngine;
  general: ReturnType<typeof loadGeneralIndex>;
  setDecide: (decide: GeneralDecide | undefined) => void;
}

function benchOf(data: AskIndexData): Bench {
  let current: GeneralDecide | undefined;
  const engine = createAskEngine(data, {
    decide: (reading, rules, context) => (current ? current(reading, rules, context) : rules),
  });
  const general = loadGeneralIndex(loadEngineIndex(data), data.vocabulary);
  return { engine, general, setDecide: (decide) => (current = decide) };
}

function itemsOf(topic: string, set: string, pairPage?: (item: ExternalItem) => string): Item[] {
  if (set === 'dev' || set === 'dev-blind-2')
    return (set === 'dev' ? QUESTIONS : DEV_BLIND_2).map((question) => ({
      topic,
      set,
      q: question.question,
      page: (question as { askedOn?: string }).askedOn ?? askedOnFor(question),
      refuse: question.expect === 'refuse',
      right: (reply) => gradeProblems(question, reply).length === 0,
    }));
  const file = set.startsWith('external-')
    ? join(SHARED_QUESTIONS, `${set}.json`)
    : join(FIXTURES, 'dev', set, 'questions.json');
  return readItems(file).map((item) => ({
    topic,
    set,
    q: item.q,
    page: pairPage ? pairPage(item) : guideFor(item),
    refuse: !!item.refuse,
    right: (reply) => externalRight(item, reply),
  }));
}

const inScope = (reading: GeneralReading) => reading.conceptCover < GENERAL_CALIBRATION.conceptPageCover;

/** The generic features of a decision: no words, only counts, shares and forms. */
function featuresOf(bench: Bench, reading: GeneralReading, question: Question, text: string): Record<string, number> {
  const passage = bench.general.passageOf.get(reading.pick.passage.id)!;
  const { words } = reading.pick;
  const total = words.reduce((sum, word) => sum + word.weight, 0) || 1;
  const unsaid = words.filter((word) => match(word, passage) === 0);
  const conceptTotal = question.words.reduce((sum, word) => sum + word.weight, 0);
  const kind = reading.pick.passage.kind;
  return {
    coverage: reading.coverage,
    unknownShare: reading.unknownShare,
    rare: reading.rare,
    hinges: +reading.hinges,
    said: reading.said,
    saidShare: reading.said / words.length,
    saysAll: +reading.saysAll,
    saysAllButEveryday: +reading.saysAllButEveryday,
    stepAsked: +reading.stepAsked,
    comparisonShort: +reading.comparisonShort,
    namedElsewhere: +reading.namedElsewhere,
    askedUnsaid: +reading.askedUnsaid,
    conceptCover: reading.conceptCover,
    margin: reading.pick.margin,
    words: words.length,
    knownShare: words.filter((word) => word.known).length / words.length,
    telling: words.filter((word) => word.telling).length / words.length,
    maxUnsaidWeight: Math.max(0, ...unsaid.map((word) => word.weight)) / total,
    unsaidKnown: unsaid.filter((word) => word.known).length,
    headingSays: +words.some((word) => word.known && inContext(word, passage)),
    length: Math.log(1 + text.length),
    han: +/\p{Script=Han}/u.test(text),
    step: +(kind === 'step' || kind === 'substep'),
    row: +(kind === 'row'),
    item: +(kind === 'item'),
    procedure: +question.procedure,
    comparison: +question.comparison,
    quantity: +(question.quantity || question.duration || question.when),
    yesNo: +question.yesNo,
    reason: +question.reason,
    consequence: +question.consequence,
    unanswerable: +question.unanswerable,
    conceptShare: conceptTotal ? question.words.reduce((s, w) => s + (w.concept ? w.weight : 0), 0) / conceptTotal : 0,
  };
}

interface Row {
  item: Item;
  features: Record<string, number>;
  rules: boolean;
  /** Right when that first decision in scope answers, and when it refuses. */
  rightPass: boolean;
  rightRefuse: boolean;
}

// The engines, one per topic (today's pages; each pair added to them, as the scorer builds it).
const benches = new Map<string, Bench>();
const items: Item[] = [];
for (const [topic, { pair, sets }] of Object.entries(STUDIED_DEV_SETS)) {
  const pages = pair ? loadContentPages(join(FIXTURES, 'dev', pair)) : [];
  const bench = benchOf(pair ? indexWith(...pages) : buildAskIndex(loadContentPages()));
  benches.set(topic, bench);
  const paths: Record<string, string> = {};
  for (const page of pages) paths[page.data.locale] ??= page.path;
  const pairPage = pair ? (item: ExternalItem) => paths[item.lang] ?? paths.zh! : undefined;
  for (const set of sets) items.push(...itemsOf(topic, set, pairPage));
}

const ask = (item: Item) => benches.get(item.topic)!.engine.ask({ question: item.q, page: item.page });

/** The rows: each question's first decision in scope, with both of its outcomes. */
const rows: Row[] = [];
for (const item of items) {
  const bench = benches.get(item.topic)!;
  let first: { at: number; reading: GeneralReading; rules: boolean; question: Question } | undefined;
  let calls = 0;
  bench.setDecide((reading, rules, { question }) => {
    // TRAIN_TODAY=1: today's pages' readings (all on pages the lists describe) are rows too, to train on.
    if (!first && (inScope(reading) || (TRAIN_TODAY && item.topic === 'today')))
      first = { at: calls, reading, rules, question };
    calls++;
    return rules;
  });
  ask(item);
  if (!first) continue;
  const at = first.at;
  const forced = (verdict: boolean) => {
    let n = 0;
    bench.setDecide((_, rules) => (n++ === at ? verdict : rules));
    return item.right(ask(item));
  };
  rows.push({
    item,
    features: { ...featuresOf(bench, first.reading, first.question, item.q), rules: +first.rules },
    rules: first.rules,
    rightPass: forced(true),
    rightRefuse: forced(false),
  });
}
for (const bench of benches.values()) bench.setDecide(undefined);

/** The features fitted on: every one (FEATURES=all), or the general reading's own (FEATURES=reading), the rules' verdict too with STACK=1. */
const READING = ['coverage', 'unknownShare', 'rare', 'hinges', 'said', 'saysAll', 'saysAllButEveryday', 'stepAsked'];
const READING_ALL = [...READING, 'comparisonShort', 'namedElsewhere', 'askedUnsaid', 'conceptCover'];
const STACK = process.env.STACK === '1';
const NAMES = [
  ...(process.env.FEATURES === 'reading'
    ? READING_ALL
    : Object.keys(rows[0]!.features).filter((name) => name !== 'rules')),
  ...(STACK ? ['rules'] : []),
];

/** The label and weight of a row: what the decision should be, and how much getting it wrong costs. */
function target(row: Row): { y: number; w: number } {
  if (row.rightPass === row.rightRefuse) return { y: 0, w: !row.item.refuse && !row.rightPass ? WRONG_TIE : 0 };
  if (row.item.refuse) return { y: row.rightPass ? 1 : 0, w: REFUSAL_COST };
  return { y: row.rightPass ? 1 : 0, w: 1 };
}

const fit = (train: Row[], names = NAMES): Model =>
  fitLogistic(
    train.map((row) => ({ features: row.features, ...target(row) })),
    names,
    { l2: L2 },
  );

/** The model's decision in scope, the rules' elsewhere (features read as for the rows). */
const decideBy =
  (model: Model, bench: Bench): GeneralDecide =>
  (reading, rules, { question }) =>
    inScope(reading)
      ? logOdds(model, { ...featuresOf(bench, reading, question, question.text), rules: +rules }) > 0
      : rules;

interface Tally {
  answerable: number;
  answerableRight: number;
  refusals: number;
  refused: number;
  cost: number;
}

function tallyOf(topicItems: Item[], decide?: (bench: Bench) => GeneralDecide): Tally {
  const t: Tally = { answerable: 0, answerableRight: 0, refusals: 0, refused: 0, cost: 0 };
  for (const item of topicItems) {
    const bench = benches.get(item.topic)!;
    bench.setDecide(decide?.(bench));
    const right = item.right(ask(item));
    if (item.refuse) {
      t.refusals++;
      if (right) t.refused++;
      else t.cost += REFUSAL_COST;
    } else {
      t.answerable++;
      if (right) t.answerableRight++;
      else t.cost++;
    }
    bench.setDecide(undefined);
  }
  return t;
}

const show = (t: Tally) =>
  `answerable ${t.answerableRight}/${t.answerable}, refusals ${t.refused}/${t.refusals}, cost ${t.cost}`;

console.log(
  `rows in scope: ${rows.length} of ${items.length} questions (refusal cost ${REFUSAL_COST}, wrong tie ${WRONG_TIE}, L2 ${L2}, ${NAMES.length} features)`,
);
for (const topic of Object.keys(STUDIED_DEV_SETS)) {
  const mine = rows.filter((row) => row.item.topic === topic);
  const decisive = mine.filter((row) => row.rightPass !== row.rightRefuse);
  const rulesRight = decisive.filter((row) => row.rules === row.rightPass).length;
  console.log(
    `  ${topic}: ${mine.length} in scope, ${decisive.length} where the decision matters (rules right on ${rulesRight}); pass-right ${decisive.filter((r) => r.rightPass).length}`,
  );
}

const dump = process.argv.indexOf('--dump');
if (dump > 0)
  writeFileSync(
    process.argv[dump + 1]!,
    JSON.stringify(
      rows.map((row) => ({
        topic: row.item.topic,
        set: row.item.set,
        q: row.item.q,
        refuse: row.item.refuse,
        rules: row.rules,
        rightPass: row.rightPass,
        rightRefuse: row.rightRefuse,
        ...row.features,
      })),
    ),
  );

console.log('\nleave-one-topic-out (held-out topic: rules → fitted)');
let wins = 0;
let totalRules = 0;
let totalFit = 0;
for (const topic of Object.keys(STUDIED_DEV_SETS)) {
  const model = fit(rows.filter((row) => row.item.topic !== topic));
  const topicItems = items.filter((item) => item.topic === topic);
  const rules = tallyOf(topicItems);
  const fitted = tallyOf(topicItems, (bench) => decideBy(model, bench));
  totalRules += rules.cost;
  totalFit += fitted.cost;
  if (fitted.cost < rules.cost) wins++;
  console.log(`  ${topic}: rules ${show(rules)} → fitted ${show(fitted)}`);
}
console.log(
  `  fitted beats the rules on ${wins} of ${Object.keys(STUDIED_DEV_SETS).length} topics; cost ${totalRules} → ${totalFit}`,
);

// A hand rule left out, in scope (ABLATE=namedElsewhere): what it does on each topic.
const ablate = process.env.ABLATE as keyof GeneralReading | undefined;
if (ablate) {
  console.log(`\nthe rules without ${ablate} in scope`);
  for (const topic of Object.keys(STUDIED_DEV_SETS)) {
    const topicItems = items.filter((item) => item.topic === topic);
    const without = tallyOf(topicItems, () => (reading, rules, context) => {
      if (!inScope(reading) || !reading[ablate]) return rules;
      return generalRulesPass({ ...reading, [ablate]: false }, context);
    });
    console.log(`  ${topic}: ${show(tallyOf(topicItems))} → ${show(without)}`);
  }
}

const all = fit(rows);
console.log('\nfitted on every allowed dev set (standardized weights):');
console.log(`  bias ${all.bias.toFixed(3)}`);
all.names.forEach((name, j) =>
  console.log(
    `  ${name}: ${all.weights[j]!.toFixed(3)} (mean ${all.mean[j]!.toFixed(3)}, scale ${all.scale[j]!.toFixed(3)})`,
  ),
);
