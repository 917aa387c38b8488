/**
 * How the general reading (./general.ts) reads words: English stems (the `stopword` package's
 * list and the words of asking left out), and Chinese words as the pages write them, on the
 * segmenter's boundaries.
 */
import { stemmer } from 'stemmer';
import type { Locale } from '../../contract/index.ts';
import { chineseWords } from '../segmenter.ts';
import { pageWordsOf, recutByPageWords, saidAsWord, wordStartsOf } from './general-word-ends.ts';

export interface WordReading {
  /** Stopwords (general lists) and the words of asking, both languages, as written and stemmed. */
  stopwords: Set<string>;
  /** Forms of asking over several words ("how long"), taken out of a question first. */
  phrases: string[];
  /** Characters trimmed off the ends of a Chinese word. */
  trim: Set<string>;
  /** Each language's text (titles, sections, passages): the dictionary Chinese words are looked up in. */
  corpus: Map<Locale, string>;
  /** The Chinese asking words of two or more characters: a question's Han runs are cut at them first. */
  askingHan: RegExp;
  /** Common Chinese words no page has → the English pages' stems their dictionary gloss says (追踪 → track). */
  bridge: Map<string, string[]>;
  /** Where the segmenter begins a word in each language's text (filled at the first question that needs it). */
  wordStarts: Map<string, Uint8Array>;
  /** Each language's Chinese words as its text says them (`pageWordsOf`, filled at the first question to re-cut): a question's Chinese is re-cut by them. */
  pageWords: Map<string, Set<string>>;
  /** A word of a form of asking no page of the language has (compare, recommend): it says what is asked for, not what about. */
  formWord?: (word: string, language: Locale) => boolean;
}

/** The index's bridge (by English stem) as each Chinese word's stems. */
export function bridgeByWord(byStem: Readonly<Record<string, string>> = {}): Map<string, string[]> {
  const bridge = new Map<string, string[]>();
  for (const [stem, words] of Object.entries(byStem))
    for (const word of words.split(' ')) bridge.set(word, [...(bridge.get(word) ?? []), stem]);
  return bridge;
}

const LATIN = /[a-z0-9](?:[a-z0-9'’.-]*[a-z0-9])?/g;
const HAN_RUN = /\p{Script=Han}+/gu;
export const HAN = /\p{Script=Han}/u;

/** NFKC, lower case, and English contractions off (isn't → is, i've → i, can't → can, won't → will). */
export const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\b(ca|wo)n[’']t\b/g, (_, stem: string) => (stem === 'ca' ? 'can' : 'will'))
    .replace(/n[’']t\b/g, '')
    .replace(/[’'](s|ve|re|ll|d|m)\b/g, '');
/** Latin words, a dotted or hyphenated one as its parts (IR-Version → ir, version; impact.com → impact: a domain's ending says nothing). */
export const latinWords = (text: string) =>
  (fold(text).match(LATIN) ?? []).flatMap((word) => word.replace(/\.[a-z]{2,3}$/, '').split(/[.-]+/));
export const stemsOf = (text: string, stop: ReadonlySet<string>) =>
  latinWords(text)
    .filter((word) => !stop.has(word))
    .map((word) => stemmer(word))
    .filter((stem) => !stop.has(stem));

/** Two neighbouring words written as one ("Sub ID" → subid), as a question may write them. */
export const joinedPairs = (text: string) => {
  const words = latinWords(text);
  return words.slice(1).map((word, at) => `${words[at]}${word}`);
};

/**
 * The page word a word no page has shortens (info → information, acct → account): a prefix of
 * four letters or more, or a skeleton of consonants in order after the same first letter.
 */
export function expansionOf(word: string, stems: Iterable<string>): string | undefined {
  if (word.length < 4 || /\d/.test(word)) return undefined;
  const skeleton = /^[a-z][^aeiouy]+$/.test(word);
  let best: string | undefined;
  for (const stem of stems) {
    if (stem.length <= word.length || stem[0] !== word[0]) continue;
    const fits = stem.startsWith(word) || (skeleton && isSubsequence(word, stem));
    if (fits && (!best || stem.length < best.length)) best = stem;
  }
  return best;
}

/**
 * The word inside a word no page has: the plain form of a comparative (cheaper → cheap) or of a
 * word of doing again (rejoin → join), or the
 * page word of a compound with a particle (payout → pay, signup → sign). `isWord`: a stem that is
 * a page's or common English; `isParticle`: a word of asking or a stopword (out, up, in).
 */
export function baseWordOf(
  word: string,
  isWord: (stem: string) => boolean,
  isPageStem: (stem: string) => boolean,
  isParticle: (word: string) => boolean,
): string | undefined {
  if (/\d/.test(word)) return undefined;
  const comparative = /^(.{3,}?)(?:er|est)$/.exec(word)?.[1];
  if (comparative && isWord(stemmer(comparative))) return stemmer(comparative);
  // A word made of another by a suffix says what that one does (properly → proper, partnership → partner).
  const derived = /^(.{4,}?)(?:li|ship)$/.exec(word)?.[1];
  if (derived && isWord(stemmer(derived))) return stemmer(derived);
  // Done again is done (rejoin → join).
  const again = /^re(.{4,})$/.exec(word)?.[1];
  if (again && isPageStem(stemmer(again))) return stemmer(again);
  for (let cut = 3; cut <= word.length - 2; cut++) {
    const [left, right] = [word.slice(0, cut), word.slice(cut)];
    if (isParticle(right) && isPageStem(stemmer(left))) return stemmer(left);
    if (isParticle(left) && isPageStem(stemmer(right))) return stemmer(right);
  }
  return undefined;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
}

export function stopSet(asking: readonly string[]): Set<string> {
  const words = asking.filter((word) => !word.includes(' ') && !word.startsWith('~'));
  return new Set([...words, ...words.filter((word) => /^[a-z]+$/.test(word)).map((word) => stemmer(word))]);
}

/** A content word: an English stem, or a Chinese word with the segmenter's pieces it was merged from (新|邮箱). */
export interface ContentWord {
  key: string;
  han: boolean;
  pieces?: string[];
}

/**
 * The question's content words: English stems, and Chinese words as the pages write them (the
 * longest run of characters some page of the language has, its particles trimmed), with the
 * characters between them that no page has as one unknown word. Stopwords and asking words aside.
 */
export function contentWords(general: WordReading, text: string, language: Locale): ContentWord[] {
  let folded = fold(text);
  for (const phrase of general.phrases) folded = folded.replaceAll(phrase, ' ');
  const words: ContentWord[] = [];
  // A word no page has that says what the question asks for ("how do the fees compare?") is a word of asking.
  const latin = latinWords(folded.replace(HAN_RUN, ' '))
    .filter((word) => !general.formWord?.(word, language))
    .join(' ');
  for (const stem of stemsOf(latin, general.stopwords))
    if (stem.length > 1 || /\d/.test(stem)) words.push({ key: stem, han: false });
  const corpus = general.corpus.get(language) ?? [...general.corpus.values()].join('\n');
  for (const [run] of folded.replace(general.askingHan, ' ').matchAll(HAN_RUN))
    words.push(...hanWords(general, run, corpus));
  const seen = new Set<string>();
  return words.filter((word) => !seen.has(word.key) && seen.add(word.key));
}

/** The most units (segments, or their parts cut at a function character) merged into one word the pages have (跟踪|链接 → 跟踪链接). */
const MAX_MERGED = 6;

/**
 * A piece of a segment: the segmenter's own, or a part of it cut at a function character (a
 * one-character stopword), so a page word may end inside a segment the segmenter drew across
 * it (手动|提|现有 → 手动提现 | 有).
 */
interface Unit {
  text: string;
  /** The segment it is part of. */
  segment: number;
  /** The first unit of its segment. */
  first: boolean;
  /** A function character (a one-character stopword). */
  function: boolean;
  /** A function character the segmenter set apart (令牌|后, 数据|的|集成). */
  lone: boolean;
}

function unitsOf(general: WordReading, segments: readonly string[]): Unit[] {
  const isFunction = (char: string) => general.stopwords.has(char);
  return segments.flatMap((segment, at) => {
    const lone = segment.length === 1 && isFunction(segment);
    const units: Unit[] = [];
    for (const char of segment) {
      const last = units.at(-1);
      // Characters other than function characters stay together, as the segmenter drew them.
      if (last && !isFunction(char) && !isFunction(last.text.at(-1)!)) last.text += char;
      else units.push({ text: char, segment: at, first: units.length === 0, function: isFunction(char), lone });
    }
    return units;
  });
}

/**
 * A run of Chinese as words on the segmenter's boundaries: consecutive segments merge into the
 * longest sequence the pages have, never over a function character the segmenter set apart, and
 * ending inside a segment only at a function character; asking words drop out; segments no page
 * has stay as unknown words (lone characters between them joined: 收|款 → 收款).
 */
function hanWords(general: WordReading, run: string, corpus: string): ContentWord[] {
  // Where the pages' words begin, read at the first question that needs it.
  const starts = () => {
    let found = general.wordStarts.get(corpus);
    if (!found) general.wordStarts.set(corpus, (found = wordStartsOf(corpus)));
    return found;
  };
  const isFunction = (char: string) => general.stopwords.has(char);
  // The pages' words, read at the first question with a lone character to re-cut.
  const pageWords = () => {
    let found = general.pageWords.get(corpus);
    if (!found) general.pageWords.set(corpus, (found = pageWordsOf(corpus, starts(), isFunction)));
    return found;
  };
  const drawn = [...chineseWords().segment(run)].map((part) => part.segment);
  const segments = recutByPageWords(drawn, pageWords, isFunction);
  const units = unitsOf(general, segments);
  const words: ContentWord[] = [];
  let unknown = '';
  const flush = () => {
    if (unknown.length >= 2 && !general.stopwords.has(unknown)) words.push({ key: unknown, han: true });
    unknown = '';
  };
  for (let at = 0; at < units.length;) {
    let length = Math.min(MAX_MERGED, units.length - at);
    let word = '';
    for (; length >= 1; length--) {
      const merged = units.slice(at, at + length);
      // A word ends inside a segment only where the rest of it is function characters (现有 → 现 | 有, not 后面 → 后 | 面).
      const rest = units.slice(at + length).filter((unit) => unit.segment === merged.at(-1)!.segment);
      if (rest.some((unit) => !isAsking(general, unit.text))) continue;
      word = trimEnds(general, merged.map((unit) => unit.text).join(''));
      if (
        word.length >= 2 &&
        corpus.includes(word) &&
        bound(merged, word, corpus) &&
        saidAsWord(corpus, word, starts())
      )
        break;
    }
    if (length >= 1 && !isAsking(general, word)) {
      flush();
      const pieces = units
        .slice(at, at + length)
        .map((unit) => unit.text)
        .filter((piece) => !isAsking(general, piece));
      words.push(pieces.length > 1 ? { key: word, han: true, pieces } : { key: word, han: true });
      at += length;
      continue;
    }
    // No page word here: the segment as the segmenter drew it (or what is left of it).
    const unit = units[at]!;
    let next = at + 1;
    if (unit.first) while (next < units.length && units[next]!.segment === unit.segment) next += 1;
    const segment = unit.first ? segments[unit.segment]! : unit.text;
    if (isAsking(general, segment)) flush();
    else if (segment.length === 1) unknown += segment;
    else {
      flush();
      unknown = segment;
      flush();
    }
    at = next;
  }
  flush();
  return words;
}

/** The share of a word's uses on the pages a function character set apart must keep to be part of it. */
const BOUND_SHARE = 0.8;

/**
 * Whether a merge over a function character the segmenter set apart is one word of the pages:
 * at its start or end, where the pages say the rest mostly with it (下|拉菜单 → 下拉菜单, 落地|页 →
 * 落地页), not only now and then (令牌|后: the pages say 令牌 alone far more often).
 */
function bound(merged: readonly Unit[], word: string, corpus: string): boolean {
  // Two words joined by one (数据|的|集成, 存储|和|传输) are a phrase, not a word.
  if (merged.slice(1, -1).some((unit) => unit.lone)) return false;
  const [first, last] = [merged[0]!, merged.at(-1)!];
  if (merged.length < 2 || !(first.function || last.function)) return true;
  // The word without the function characters at its ends: the pages must say it mostly with them
  // (a single character is said in too many words to tell: 几|位|数 → 位数, 小|额 → 小额).
  const core = merged
    .filter((unit, at) => !unit.function || (at > 0 && at < merged.length - 1))
    .map((unit) => unit.text)
    .join('');
  return core.length < 2 || occurrences(corpus, word) >= BOUND_SHARE * occurrences(corpus, core);
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count += 1;
  return count;
}

/** An asking word, or one made of asking characters only (我想, 谁有). */
const isAsking = (general: WordReading, word: string) =>
  general.stopwords.has(word) || [...word].every((char) => general.stopwords.has(char));

/** A word without the particles at its ends (的提现 → 提现). */
function trimEnds(general: WordReading, word: string): string {
  let core = word;
  while (core.length > 1 && general.trim.has(core[0]!)) core = core.slice(1);
  while (core.length > 1 && general.trim.has(core.at(-1)!)) core = core.slice(0, -1);
  return core;
}

/** A number (a range's two ends: "2–3"), then up to two words: what it counts. */
const NUMBER_AND_UNIT = /(\d[\d,.]*)(?:\s*[–-]\s*(\d[\d,.]*))?\s*((?:[a-z]+ ?){1,2})/g;

/**
 * Each number of a text with the stems of the words right after it, what it counts: "2–3
 * business days" → 2 and 3 → business, dai; "after 2 weeks" → 2 → week.
 */
export function numberUnitsOf(text: string, stop: ReadonlySet<string>): Map<string, Set<string>> {
  const units = new Map<string, Set<string>>();
  for (const found of fold(text).matchAll(NUMBER_AND_UNIT)) {
    const after = stemsOf(found[3]!, stop);
    for (const number of [found[1], found[2]].flatMap((end) => end?.split(/[.,]/) ?? []).filter(Boolean)) {
      const set = units.get(number) ?? new Set<string>();
      for (const stem of after) set.add(stem);
      units.set(number, set);
    }
  }
  return units;
}

/** Whether a number of a passage counts one of the things a question names. */
export const countsNamed = (numberUnits: Map<string, Set<string>>, named: ReadonlySet<string>) =>
  [...numberUnits.values()].some((units) => [...units].some((unit) => named.has(unit)));
