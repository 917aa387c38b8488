/**
 * `node bench/measurements/ask/decision.ts`: the answer-or-refuse decision as a logistic model
 * over what the readings measure (src/ask/engine/decision.ts), fitted on the pooled dev sets and
 * scored leave-one-set-out (each set by a model fitted without it), beside the hand-set rules.
 * Dev sets only; never a held-out set.
 */
import { join } from 'node:path';
import type { AskEngine } from '../../../src/ask/engine.ts';
import { FEATURE_NAMES, type DecisionFeatures } from '../../../src/ask/engine/decision.ts';
import type { AskReply } from '../../../src/ask/types.ts';
import { DEV_BLIND_2 } from '../../../tests/ask/dev-blind-2.ts';
import { askedOnFor, gradeProblems, type GradedQuestion } from '../../../tests/ask/grade.ts';
import { QUESTIONS } from '../../../tests/ask/questions.ts';
import {
  devPairDirs,
  externalRight,
  fixturePair,
  guideFor,
  laterDevSets,
  pairPageFor,
  readItems,
  SHARED_QUESTIONS,
  siteEngine,
} from '../../../tests/ask/sets.ts';

interface Row {
  set: string;
  text: string;
  refuse: boolean;
  features: DecisionFeatures;
  rules: boolean;
  /** The candidate answer is right (answerable items only). */
  candidateRight: boolean;
}

const rows: Row[] = [];
/** Each row's rules verdict, by its features (the model may take it as an input: `{"withRules": true}`). */
const rulesOf = new WeakMap<DecisionFeatures, boolean>();
const withRules = JSON.parse(process.argv[2] ?? '{}').withRules === true;
function add(
  set: string,
  engine: AskEngine,
  text: string,
  page: string,
  refuse: boolean,
  right: (r: AskReply) => boolean,
) {
  const { features, rules, candidate } = engine.explain({ question: text, page });
  rulesOf.set(features, rules);
  rows.push({ set, text, refuse, features, rules, candidateRight: !refuse && candidate !== null && right(candidate) });
}
const site = siteEngine();
const graded = (name: string, questions: readonly (GradedQuestion & { askedOn?: string })[]) => {
  for (const q of questions)
    add(
      name,
      site,
      q.question,
      q.askedOn ?? askedOnFor(q),
      q.expect === 'refuse',
      (r) => gradeProblems(q, r).length === 0,
    );
};
graded('dev', QUESTIONS);
graded('blind-2', DEV_BLIND_2);
for (const name of ['external-1', 'external-2'])
  for (const item of readItems(join(SHARED_QUESTIONS, `${name}.json`)))
    add(name, site, item.q, guideFor(item), item.refuse === true, (r) => externalRight(item, r));
for (const set of laterDevSets().filter((later) => !later.pairDir))
  for (const item of readItems(set.file))
    add(set.name, site, item.q, guideFor(item), item.refuse === true, (r) => externalRight(item, r));
for (const dir of devPairDirs()) {
  const pair = fixturePair(dir);
  const page = pairPageFor(pair);
  const sets = [
    { name: pair.name, file: join(dir, 'questions.json') },
    ...laterDevSets().filter((s) => s.pairDir === dir),
  ];
  for (const set of sets)
    for (const item of readItems(set.file))
      add(set.name, pair.engine, item.q, page(item), item.refuse === true, (r) => externalRight(item, r));
}

export const NAMES = FEATURE_NAMES;
/** The model's inputs: the features, and each again on pages the concept lists describe. */
export function vector(f: DecisionFeatures): number[] {
  const base = [...FEATURE_NAMES.map((name) => f[name]), ...(withRules ? [rulesOf.get(f) ? 1 : 0] : [])];
  const described = f.described >= 0.6 ? 1 : 0;
  return [...base, ...base.map((value) => value * described)];
}

function fit(train: Row[], { l2 = 0.01, refusalWeight = 3, epochs = 400, rate = 0.5 } = {}) {
  const xs = train.map((row) => vector(row.features));
  const ys = train.map((row) => (row.refuse ? 0 : 1));
  const dims = xs[0]!.length;
  const mean = Array.from({ length: dims }, (_, d) => xs.reduce((s, x) => s + x[d]!, 0) / xs.length);
  const sd = Array.from(
    { length: dims },
    (_, d) => Math.sqrt(xs.reduce((s, x) => s + (x[d]! - mean[d]!) ** 2, 0) / xs.length) || 1,
  );
  const zs = xs.map((x) => x.map((v, d) => (v - mean[d]!) / sd[d]!));
  const w = new Array(dims).fill(0);
  let b = 0;
  const weights = ys.map((y) => (y === 0 ? refusalWeight : 1));
  const totalWeight = weights.reduce((a, c) => a + c, 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Array(dims).fill(0);
    let gb = 0;
    zs.forEach((z, i) => {
      const p = 1 / (1 + Math.exp(-(b + z.reduce((s, v, d) => s + v * w[d], 0))));
      const g = (p - ys[i]!) * weights[i]!;
      for (let d = 0; d < dims; d++) gw[d] += g * z[d]!;
      gb += g;
    });
    for (let d = 0; d < dims; d++) w[d] -= rate * (gw[d] / totalWeight + l2 * w[d]);
    b -= (rate * gb) / totalWeight;
  }
  // Back to the raw features' scale: one weight each and a bias.
  const raw = w.map((value, d) => value / sd[d]!);
  const bias = b - raw.reduce((s, value, d) => s + value * mean[d]!, 0);
  return { weights: raw, bias };
}

const predict = (model: { weights: number[]; bias: number }, f: DecisionFeatures) =>
  model.bias + vector(f).reduce((s, v, d) => s + v * model.weights[d]!, 0);

const right = (row: Row, answer: boolean) => (row.refuse ? !answer : answer && row.candidateRight);

function tallyOf(list: Row[], decide: (row: Row) => boolean) {
  let ok = 0;
  let refusalsLost = 0;
  let answerableRight = 0;
  for (const row of list) {
    const answer = decide(row);
    if (right(row, answer)) ok++;
    if (row.refuse && answer) refusalsLost++;
    if (!row.refuse && right(row, answer)) answerableRight++;
  }
  return { ok, refusalsLost, answerableRight, total: list.length, answerable: list.filter((r) => !r.refuse).length };
}
const show = (t: ReturnType<typeof tallyOf>) =>
  `${t.ok}/${t.total} (answerable ${t.answerableRight}/${t.answerable}, refusals answered ${t.refusalsLost})`;

const setNames = [...new Set(rows.map((row) => row.set))];
const options = JSON.parse(process.argv[2] ?? '{}');
const threshold = options.threshold ?? 0;
let cvTotal = 0;
let rulesTotal = 0;
let ceiling = 0;
let cvLost = 0;
for (const name of setNames) {
  const held = rows.filter((row) => row.set === name);
  const model = fit(
    rows.filter(
      (row) => row.set !== name && !(options.exclude ?? []).includes(row.set) && (row.refuse || row.candidateRight),
    ),
    options,
  );
  const cv = tallyOf(held, (row) => predict(model, row.features) > threshold);
  const rules = tallyOf(held, (row) => row.rules);
  const best = tallyOf(held, (row) => !row.refuse);
  cvTotal += cv.ok;
  rulesTotal += rules.ok;
  cvLost += cv.refusalsLost;
  ceiling += held.filter((row) => row.refuse || row.candidateRight).length;
  console.log(
    `${name.padEnd(18)} rules ${show(rules)} | CV model ${show(cv)} | ceiling ${held.filter((r) => r.refuse || r.candidateRight).length} (answerable right when answered ${best.answerableRight})`,
  );
}
console.log(
  `total: rules ${rulesTotal}, CV model ${cvTotal} (${cvLost} refusals answered), ceiling ${ceiling} of ${rows.length}`,
);
if (options.print) {
  const model = fit(
    rows.filter((row) => row.refuse || row.candidateRight),
    options,
  );
  const plain = [...FEATURE_NAMES, ...(withRules ? ['rules'] : [])];
  const names = [...plain, ...plain.map((n) => `${n}*described`)];
  console.log(
    JSON.stringify(
      {
        bias: +model.bias.toFixed(3),
        weights: Object.fromEntries(names.map((n, d) => [n, +model.weights[d]!.toFixed(3)])),
      },
      null,
      1,
    ),
  );
  const full = tallyOf(rows, (row) => predict(model, row.features) > threshold);
  console.log('in-sample, all sets:', show(full));
}
if (options.dump) {
  const short = (f: DecisionFeatures) => FEATURE_NAMES.map((n) => `${n.slice(0, 6)}=${+f[n].toFixed(2)}`).join(' ');
  for (const row of rows.filter((r) => options.dump.includes(r.set))) {
    if (row.rules === !row.refuse && (row.refuse || row.candidateRight)) continue;
    const tag = row.refuse ? (row.rules ? 'A' : 'r') : row.candidateRight ? (row.rules ? 'ok' : 'R') : 'W';
    if (tag === 'ok') continue;
    console.log(`${tag} [${row.set}] ${row.text}\n    ${short(row.features)}`);
  }
}
