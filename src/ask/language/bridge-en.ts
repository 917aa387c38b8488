/**
 * The mirror of ./bridge.ts: an English word no en page has, read through the Chinese pages. A
 * rare English word of a question ("logged out", where the en page says "signs you out") is
 * said by a passage whose aligned zh twin says a Chinese word CC-CEDICT glosses with it (登录: to
 * log in). The page pair is the anchor: the translators chose that Chinese word for this passage,
 * so the match is the passage's own meaning, not any sense of a dictionary word. Built at build
 * time (Node only) from `hanzi`'s CC-CEDICT; the index carries only the pairs.
 */
import { stemmer } from 'stemmer';
import { firstSense, glossWords } from './bridge.ts';
import { englishWords, hanziData } from './resources.ts';

/** The longest Chinese word looked up on the pages (CC-CEDICT's words are mostly two to four characters). */
const LONGEST = 4;

let senses: Map<string, string> | undefined;
let plain: Map<string, string> | undefined;

/** The shortest English word of the frequency list of each stem: its plain form (edit, not edition). Computed once. */
function plainForms(): Map<string, string> {
  if (plain) return plain;
  plain = new Map();
  for (const word of englishWords()) {
    const stem = stemmer(word);
    const known = plain.get(stem);
    if (!known || word.length < known.length || (word.length === known.length && word < known)) plain.set(stem, word);
  }
  return plain;
}

/** CC-CEDICT's first sense of each simplified word of two characters or more (proper names left out). Computed once. */
function firstSenses(): Map<string, string> {
  if (senses) return senses;
  senses = new Map();
  for (const line of hanziData('cedict_ts.u8.js').split('\n')) {
    const simplified = line.split(' ', 2)[1] ?? '';
    if (simplified.length < 2 || senses.has(simplified)) continue;
    const entry = /\[([^\]]*)\] \/(.*)\/$/.exec(line);
    if (entry && !/^[A-Z]/.test(entry[1]!)) senses.set(simplified, firstSense(entry[2]!));
  }
  return senses;
}

/**
 * The bridge, by English stem: each rare English word (`isRare`) no en page has (`pageStems`)
 * that the first sense of a Chinese word of `chineseText` glosses, with those Chinese words,
 * e.g. `{ log: '登录' }`. A common word is left out: it names too many things to tell which one
 * the twin's word is (time: 时间, 及时, 期间 …).
 */
export function englishBridge(
  chineseText: string,
  pageStems: ReadonlySet<string>,
  stop: ReadonlySet<string>,
  isRare: (stem: string) => boolean,
): Record<string, string> {
  const dictionary = firstSenses();
  const onPages = new Set<string>();
  for (const [run] of chineseText.matchAll(/\p{Script=Han}+/gu))
    for (let at = 0; at < run.length; at++)
      for (let length = 2; length <= LONGEST && at + length <= run.length; length++) {
        const word = run.slice(at, at + length);
        if (dictionary.has(word)) onPages.add(word);
      }
  const bridge = new Map<string, Set<string>>();
  for (const chinese of [...onPages].sort())
    for (const word of glossWords(dictionary.get(chinese)!, stop)) {
      // A gloss may spell a Chinese word in pinyin (xia, mian): only English words of the frequency list are asked.
      if (!englishWords().has(word)) continue;
      const stem = stemmer(word);
      // Only a word's plain form: edition shares edit's stem, and 版本 says no editing.
      if (plainForms().get(stem) !== word) continue;
      if (pageStems.has(stem) || stop.has(stem) || !isRare(stem)) continue;
      bridge.set(stem, (bridge.get(stem) ?? new Set()).add(chinese));
    }
  return Object.fromEntries([...bridge].map(([stem, words]) => [stem, [...words].join(' ')]));
}
