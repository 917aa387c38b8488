/**
 * Synonyms from the Moby Thesaurus II (public domain; the `moby` package's words.txt, one root
 * word a line: `root,synonym,synonym,…`), built at build time (Node only). Moby is broad and
 * noisy (switch lists 421 words, antonyms among them: increase / decrease), so only mutual pairs
 * are read (each root lists the other), and the index ships only the pairs a page word needs:
 * an English word no en page has → the pages' stems it is a mutual synonym of (switch → chang).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { englishWords, hanziData } from './resources.ts';

const require = createRequire(import.meta.url);

let lines: Map<string, string> | undefined;
let rootsByStem: Map<string, string[]> | undefined;

/** The thesaurus's lines by their single-word, lower-case root (the list itself is split only when asked). Read once. */
function thesaurus(): Map<string, string> {
  if (lines) return lines;
  const path = process.env.MOBY_WORDS ?? require.resolve('moby/words.txt');
  lines = new Map();
  for (const line of readFileSync(path, 'latin1').split(/\r?\n/)) {
    const comma = line.indexOf(',');
    const root = line.slice(0, comma);
    if (comma > 0 && /^[a-z]+$/.test(root)) lines.set(root, line.slice(comma + 1));
  }
  return lines;
}

const synonymCache = new Map<string, ReadonlySet<string>>();

/** A root's single-word synonyms (phrases left out: "change over"). */
function synonymsOf(root: string): ReadonlySet<string> {
  let found = synonymCache.get(root);
  if (!found) {
    found = new Set((thesaurus().get(root) ?? '').split(',').filter((word) => /^[a-z]+$/.test(word)));
    synonymCache.set(root, found);
  }
  return found;
}

/** Each stem's roots in the thesaurus (chang: change). Computed once. */
function rootsOf(stem: string): readonly string[] {
  if (!rootsByStem) {
    rootsByStem = new Map();
    for (const root of thesaurus().keys()) {
      const key = stemmer(root);
      rootsByStem.set(key, [...(rootsByStem.get(key) ?? []), root]);
    }
  }
  return rootsByStem.get(stem) ?? [];
}

let entriesByWord: Map<string, Set<number>> | undefined;

/**
 * The CC-CEDICT entries whose glosses say each English word as a whole gloss ("to switch", "switch"),
 * by the word: two words one Chinese word translates by either name a sense they share (换: to
 * change; to switch). Computed once.
 */
function cedictEntries(): Map<string, Set<number>> {
  if (entriesByWord) return entriesByWord;
  entriesByWord = new Map();
  for (const [at, line] of hanziData('cedict_ts.u8.js').split('\n').entries()) {
    const entry = /\[([^\]]*)\] \/(.*)\/$/.exec(line);
    if (!entry || /^[A-Z]/.test(entry[1]!)) continue;
    for (const gloss of entry[2]!.split(/[/;]/)) {
      const word = gloss
        .replace(/\([^)]*\)/g, ' ')
        .trim()
        .replace(/^to /, '');
      if (/^[a-z]+$/.test(word)) entriesByWord.set(word, (entriesByWord.get(word) ?? new Set()).add(at));
    }
  }
  return entriesByWord;
}

/** Whether one CC-CEDICT entry glosses both words. */
function coGlossed(a: string, b: string): boolean {
  const of = cedictEntries().get(a);
  return !!of && [...(cedictEntries().get(b) ?? [])].some((entry) => of.has(entry));
}

/** Two words of one ending, the opposite prefixes' (increase / decrease, maximum / minimum): Moby lists antonyms as related words. */
const ENDING = 4;
const sameEnding = (a: string, b: string) => a.slice(-ENDING) === b.slice(-ENDING);

/**
 * The synonyms, by English stem: each English word (of the frequency list, `isCandidate` by stem)
 * whose stem no en page has (`pageStems`) that is a mutual Moby synonym of a page word, with the
 * page stems it is one of, e.g. `{ switch: 'chang' }`.
 */
export function thesaurusBridge(
  pageStems: ReadonlySet<string>,
  stop: ReadonlySet<string>,
  isCandidate: (stem: string) => boolean,
): Record<string, string> {
  const bridge = new Map<string, Set<string>>();
  for (const pageStem of [...pageStems].sort()) {
    if (stop.has(pageStem)) continue;
    for (const root of rootsOf(pageStem))
      for (const word of synonymsOf(root)) {
        if (!englishWords().has(word) || sameEnding(word, root)) continue;
        const stem = stemmer(word);
        if (pageStems.has(stem) || stop.has(stem) || !isCandidate(stem)) continue;
        if (!synonymsOf(word).has(root)) continue;
        if (process.env.MOBY_CEDICT !== '0' && !coGlossed(word, root)) continue;
        bridge.set(stem, (bridge.get(stem) ?? new Set()).add(pageStem));
      }
  }
  return Object.fromEntries([...bridge].map(([stem, stems]) => [stem, [...stems].sort().join(' ')]));
}
