/**
 * `node bench/measurements/ask/misses.ts [set…]`: the dev external-format sets' misses, one a
 * line (for tuning; never the held-out sets). `R` = refused an answerable question, `W` = answered
 * wrong, `A` = answered a question to refuse.
 */
import { join } from 'node:path';
import type { AskEngine } from '../../../src/ask/engine.ts';
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
  type ExternalItem,
} from '../../../tests/ask/sets.ts';

const wanted = process.argv.slice(2);
const sets: { name: string; engine: AskEngine; items: ExternalItem[]; page: (item: ExternalItem) => string }[] = [];
const site = siteEngine();
for (const name of ['external-1', 'external-2'])
  sets.push({ name, engine: site, items: readItems(join(SHARED_QUESTIONS, `${name}.json`)), page: guideFor });
for (const dir of devPairDirs()) {
  const pair = fixturePair(dir);
  sets.push({
    name: pair.name,
    engine: pair.engine,
    items: readItems(join(dir, 'questions.json')),
    page: pairPageFor(pair),
  });
  for (const later of laterDevSets().filter((set) => set.pairDir === dir))
    sets.push({ name: later.name, engine: pair.engine, items: readItems(later.file), page: pairPageFor(pair) });
}
for (const later of laterDevSets().filter((set) => !set.pairDir))
  sets.push({ name: later.name, engine: site, items: readItems(later.file), page: guideFor });
for (const set of sets) {
  if (wanted.length && !wanted.includes(set.name)) continue;
  console.log(`== ${set.name}`);
  for (const item of set.items) {
    const reply = set.engine.ask({ question: item.q, page: set.page(item) });
    if (externalRight(item, reply)) continue;
    const mark = item.refuse ? 'A' : reply.answered ? 'W' : 'R';
    const said = reply.answered ? ` → ${reply.answer.replace(/\s+/g, ' ').slice(0, 110)}` : '';
    console.log(`${mark} [${item.lang} ${item.kind}] ${item.q}${said}`);
  }
}
