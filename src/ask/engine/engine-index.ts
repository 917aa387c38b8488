/**
 * The index as the engine uses it, built once from `/ask-index.json`: every passage's sentences
 * as terms (concepts and words), the keys each sentence and passage holds, the passages of each
 * language, the words a typo may be corrected to, and how rare each key is in each language.
 */
import { stemmer } from 'stemmer';
import type { Locale } from '../../contract/index.ts';
import {
  createDictionary,
  dictionaryWords,
  isStopword,
  keysOf,
  latinWords,
  terms,
  type Dictionary,
  type Term,
} from '../text.ts';
import type { AskChunk, AskIndexData, AskPage } from '../types.ts';

/** The concept of a link (../language/concepts.ts): a passage that links somewhere says it. */
const LINK_KEY = 'link';

/** English endings a stem takes (rotat: rotating, rotated, rotation). */
const INFLECTIONS = ['ing', 'ed', 'es', 'ion', 'ions'];

/** No word weighs less than this, so a word every passage has still counts. */
const MIN_WORD_WEIGHT = 1;

export interface EngineIndex {
  /** The vocabulary the index carries, ready to read words with. */
  dictionary: Dictionary;
  chunkList: AskChunk[];
  chunks: Map<string, AskChunk>;
  pageList: AskPage[];
  pages: Map<string, AskPage>;
  /** The passages of each language's pages. */
  byLocale: Map<Locale, AskChunk[]>;
  sentenceTerms: Map<string, Term[][]>;
  sentenceKeys: Map<string, Set<string>[]>;
  /** A passage's keys: its sentences' and its section name's. */
  chunkKeys: Map<string, Set<string>>;
  /** A passage's keys beyond its sentences: its section's name, and the link it gives. */
  sectionKeys: Map<string, Set<string>>;
  /** What a passage's sentences say, together. */
  saidKeys: Map<string, Set<string>>;
  /** Cache of keysOfText. */
  textKeys: Map<string, Set<string>>;
  /** The page title's keys: what every passage of the page is about (旧版 on the guide), as context. */
  contextKeys: Map<string, Set<string>>;
  /** The places and things a passage names (its labels and things, not what they imply): what a step lends the passages it leads to. */
  placeKeys: Map<string, Set<string>>;
  /** Latin words a typo may be corrected to: 2 for the dictionary's own, 1 for the content's and the stopwords. */
  knownWords: Map<string, number>;
  /** English words one slip from a known word (bread, near break) and the common English stems (long): real words, no typos. */
  english: Set<string>;
  englishStems: Set<string>;
  /**
   * Two words the pages say one after the other (a function word between them at most), as
   * `<stem> <stem>` ("read only", "reset … token"): what a real word may be a slip in ("reed only").
   */
  pagePairs: Set<string>;
  /** The words of asking (src/ask/language/asking.ts, with the `stopword` package's lists): what the general reading skips. */
  askingWords: Set<string>;
  /** The stems of the known words, each with a word that has it (the dictionary's first). */
  knownStems: Map<string, string>;
  /** The dictionary's stems with an ending (rotat + ing), each with its word: what a mistyped inflected word is read as (rotaing). */
  inflections: Map<string, string>;
  /** The same forms as typo candidates (all of one preference). */
  inflectedForms: Map<string, number>;
  /** Cache: `<locale> <key list>` → how many of that language's passages cover it. */
  documentFrequencies: Map<string, number>;
  /** A sentence that points back to the one before it ("Once you select this button, …"). */
  pointsBack: RegExp;
  /** Each Chinese character's sounds (positions in the vocabulary's `sounds`); empty for an index built without them. */
  sounds: Map<string, number[]>;
}

export function loadEngineIndex(data: AskIndexData): EngineIndex {
  const dictionary = createDictionary(data.vocabulary);
  const sentenceTerms = new Map(
    data.chunks.map((chunk) => [chunk.id, chunk.sentences.map((text) => terms(dictionary, text))]),
  );
  const sentenceKeys = new Map([...sentenceTerms].map(([id, list]) => [id, list.map(keysOf)]));
  // A real section's name (菜单参考 names the menu rows), not the page title standing in for one;
  // and, for a passage that links somewhere, the link itself.
  const sectionKeys = new Map(
    data.chunks.map((chunk) => {
      const keys = chunk.anchor ? keysOf(terms(dictionary, chunk.section)) : new Set<string>();
      if (/\]\(/.test(chunk.markdown)) keys.add(LINK_KEY);
      return [chunk.id, keys];
    }),
  );
  const saidKeys = new Map([...sentenceKeys].map(([id, list]) => [id, new Set(list.flatMap((set) => [...set]))]));
  const chunkKeys = new Map(
    data.chunks.map((chunk) => [
      chunk.id,
      new Set([...sentenceKeys.get(chunk.id)!.flatMap((set) => [...set]), ...sectionKeys.get(chunk.id)!]),
    ]),
  );
  const placeKeys = new Map(
    [...sentenceTerms].map(([id, list]) => [
      id,
      new Set(
        list
          .flat()
          .flatMap((term) => (term.concept && (term.concept.label || term.concept.kind === 'thing') ? [term.key] : [])),
      ),
    ]),
  );
  const pages = new Map(data.pages.map((page) => [page.path, page]));
  const titleKeys = new Map(data.pages.map((page) => [page.path, keysOf(terms(dictionary, page.title))]));
  // A page another page sends its readers to is read with that page's subject too: the guide
  // links to "keep your access tokens secure", so its practices are about legacy tokens as well
  // (the qualities the guide's title names; not its things, which would make every page about them).
  for (const chunk of data.chunks)
    for (const [, target] of chunk.markdown.matchAll(/\]\((\/[^)#]*)\)/g)) {
      const keys = titleKeys.get(target!.replace(/\/$/, ''));
      if (!keys || target === chunk.page) continue;
      for (const key of titleKeys.get(chunk.page)!) if (dictionary.concepts.get(key)?.kind === 'trait') keys.add(key);
    }
  const contextKeys = new Map(data.chunks.map((chunk) => [chunk.id, titleKeys.get(chunk.page)!]));
  const byLocale = new Map<Locale, AskChunk[]>();
  for (const chunk of data.chunks) {
    const locale = pages.get(chunk.page)!.locale;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), chunk]);
  }
  const knownWords = new Map<string, number>();
  // knownStems (below): a word whose stem is known is no typo (dot for dots).
  for (const word of dictionary.stopwords) if (/^[a-z]+$/.test(word)) knownWords.set(word, 1);
  for (const chunk of data.chunks)
    for (const word of latinWords(chunk.sentences.join(' '), dictionary.foldings)) knownWords.set(word, 1);
  for (const word of dictionaryWords(dictionary)) knownWords.set(word, 2);
  const pagePairs = new Set<string>();
  for (const chunk of data.chunks)
    for (const sentence of chunk.sentences)
      for (const pair of wordPairs(dictionary, latinWords(sentence, dictionary.foldings))) pagePairs.add(pair);
  const knownStems = new Map<string, string>();
  const inflections = new Map<string, string>();
  for (const [word, preference] of [...knownWords].sort((a, b) => b[1] - a[1])) {
    const stem = stemmer(word);
    if (knownStems.has(stem)) continue;
    knownStems.set(stem, word);
    if (preference === 2) for (const ending of INFLECTIONS) inflections.set(`${stem}${ending}`, word);
  }
  return {
    dictionary,
    chunkList: data.chunks,
    chunks: new Map(data.chunks.map((chunk) => [chunk.id, chunk])),
    pageList: data.pages,
    pages,
    byLocale,
    sentenceTerms,
    sentenceKeys,
    chunkKeys,
    sectionKeys,
    saidKeys,
    textKeys: new Map(),
    placeKeys,
    contextKeys,
    knownWords,
    english: new Set(data.vocabulary.english ?? []),
    englishStems: new Set(data.vocabulary.common ?? []),
    pagePairs,
    askingWords: new Set((data.vocabulary.asking ?? []).filter((word) => !/[ ~]/.test(word))),
    knownStems,
    inflections,
    inflectedForms: new Map([...inflections.keys()].map((form) => [form, 1])),
    documentFrequencies: new Map(),
    // An index from an older build has no such pattern: then no sentence points back.
    pointsBack: new RegExp(data.vocabulary.pointsBack ?? '(?!)', 'i'),
    sounds: soundMap(data.vocabulary.sounds ?? []),
  };
}

/** The function words between two words that still make them a pair ("reset the token"). */
const PAIR_GAP = 1;

/** Each word's neighbours in `words` (a function word between them at most), as `<stem> <stem>` in reading order. */
export function wordPairs(dictionary: Dictionary, words: readonly string[]): string[] {
  const pairs: string[] = [];
  const stems = words.map((word) => stemmer(word));
  const content = words.map((word, at) => !isStopword(dictionary, word, stems[at]));
  for (let at = 0; at < words.length; at++) {
    if (!content[at]) continue;
    for (let next = at + 1; next < words.length && next <= at + 1 + PAIR_GAP; next++)
      if (content[next]) {
        pairs.push(`${stems[at]} ${stems[next]}`);
        break;
      }
  }
  return pairs;
}

function soundMap(groups: readonly string[]): Map<string, number[]> {
  const sounds = new Map<string, number[]>();
  groups.forEach((group, sound) => {
    for (const char of group) sounds.set(char, [...(sounds.get(char) ?? []), sound]);
  });
  return sounds;
}

/**
 * Whether two characters may be one typed for the other on a pinyin keyboard: they share a
 * sound. An index built without the sounds answers yes (any character may be a slip).
 */
export function soundAlike(index: EngineIndex, a: string, b: string): boolean {
  if (index.sounds.size === 0) return true;
  const theirs = index.sounds.get(b) ?? [];
  return (index.sounds.get(a) ?? []).some((sound) => theirs.includes(sound));
}

export const sentenceKeysOf = (index: EngineIndex, chunk: AskChunk) => index.sentenceKeys.get(chunk.id)!;
export const chunkKeysOf = (index: EngineIndex, chunk: AskChunk) => index.chunkKeys.get(chunk.id)!;
/** What a passage's own sentences say (its section's name aside). */
export const sentenceUnion = (index: EngineIndex, chunk: AskChunk): ReadonlySet<string> =>
  index.saidKeys.get(chunk.id)!;

/** The keys of a text outside the content (a suggested question), read once. */
export function keysOfText(index: EngineIndex, text: string): ReadonlySet<string> {
  let keys = index.textKeys.get(text);
  if (!keys) index.textKeys.set(text, (keys = keysOf(terms(index.dictionary, text))));
  return keys;
}
export const sectionKeysOf = (index: EngineIndex, chunk: AskChunk) => index.sectionKeys.get(chunk.id)!;

/** The passages a question in this language is answered from: its own pages, or every page when it has none. */
export function chunksFor(index: EngineIndex, language: Locale): AskChunk[] {
  return index.byLocale.get(language) ?? index.chunkList;
}

/** How many of the language's passages have a sentence that covers a word (cached by `id`). */
export function documentFrequency(
  index: EngineIndex,
  language: Locale,
  covers: (keys: ReadonlySet<string>) => boolean,
  id: string,
): number {
  const cacheKey = `${language} ${id}`;
  let count = index.documentFrequencies.get(cacheKey);
  if (count === undefined) {
    count = chunksFor(index, language).filter((chunk) => sentenceKeysOf(index, chunk).some(covers)).length;
    index.documentFrequencies.set(cacheKey, count);
  }
  return count;
}

/** How rare a word is among the language's passages (the rarer, the more it says): log(1 + N / (df + ½)), at least 1. */
export function rarity(index: EngineIndex, language: Locale, count: number): number {
  return Math.max(MIN_WORD_WEIGHT, Math.log(1 + chunksFor(index, language).length / (count + 0.5)));
}

/** Each page's share of words (terms of its sentences) that are concepts of the hand-written lists. */
export function conceptCover(index: EngineIndex): Map<string, number> {
  const tally = new Map<string, { all: number; concepts: number }>();
  for (const chunk of index.chunkList) {
    const page = tally.get(chunk.page) ?? { all: 0, concepts: 0 };
    tally.set(chunk.page, page);
    for (const terms of index.sentenceTerms.get(chunk.id) ?? [])
      for (const term of terms) {
        page.all += 1;
        if (term.concept) page.concepts += 1;
      }
  }
  return new Map([...tally].map(([page, { all, concepts }]) => [page, all ? concepts / all : 0]));
}
