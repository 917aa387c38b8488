/**
 * The general reading's passages, loaded once with the index: each passage's words (English
 * stems, its text for Chinese words, its neighbouring words joined, its numbers with what they
 * count), the aligned passage of the translated page, its section, and the language data the
 * reading weighs words with. ./general.ts answers with them.
 */
import { stemmer } from 'stemmer';
import type { Locale } from '../../contract/index.ts';
import { translatePath } from '../../site.ts';
import type { FormName } from '../language/vocabulary.ts';
import { ASIDE, POINTS_ELSEWHERE, SAYS_AFTER, SAYS_BEFORE, SAYS_PERSON } from '../language/asking.ts';
import type { AskChunk, AskVocabulary } from '../types.ts';
import { conceptCover, type EngineIndex } from './engine-index.ts';
import {
  bridgeByWord,
  fold,
  HAN,
  joinedPairs,
  latinWords,
  numberUnitsOf,
  stemsOf,
  stopSet,
  type WordReading,
} from './general-words.ts';

export interface Passage {
  chunk: AskChunk;
  /** English stems of its sentences (a step's: and its section's heading, the task it does). */
  stems: Set<string>;
  /** Its neighbouring words written as one (subid). */
  joined: Set<string>;
  /** Its text, lower-cased, for Chinese words (matched as substrings: no segmentation to disagree with). */
  text: string;
  /** The aligned passage of the other language's page: its stems and text. */
  alignedStems: Set<string>;
  /** The passages of its section (itself too): what they say is context. */
  section: Passage[];
  /** The page title and section name (context: they count, but the passage must say the rest). */
  context: string;
  contextStems: Set<string>;
  /** Each of its numbers with what it counts (the words right after it). */
  numberUnits: Map<string, Set<string>>;
  /** Its stems and text outside brackets: a word said only in brackets ("a postback (also called an S2S notification)") is an aside. */
  plainStems: Set<string>;
  plainText: string;
  /** Each English stem it says with the stems said right after it ('' where no word of substance follows): the compounds it says the word in. */
  follows: Map<string, Set<string>>;
  /** It sends the reader elsewhere for the details ("See *Choose the HTTP method* below.", 请参阅). */
  pointsElsewhere: boolean;
  /** The times it says a thing happens at, against another thing: after it ("once you verify", 完成验证后), before it (until, 之前). */
  time: Set<'after' | 'before'>;
  /** It gives advice (请, "make sure"): it may answer "what should I do". */
  advises: boolean;
  /** It, or its aligned twin, names a person (管理员, 技术联系人, 授权的人员): it may answer "who". */
  namesPerson: boolean;
  /** The passage in the same place of the page's translation, when the two are cut alike. */
  twin?: Passage;
  /** Where the segmenter begins a word in its text (read at the first Chinese word looked up in it). */
  wordStarts?: Uint8Array;
}

/** A pattern that matches nothing. */
const NEVER = '(?!)';

export interface GeneralIndex extends WordReading {
  byLocale: Map<Locale, Passage[]>;
  /** Characters that sound alike (the vocabulary's `sounds`) and each character's sounds in it. */
  sounds: { groups: readonly string[]; of: ReadonlyMap<string, number[]> };
  /** Each language's Chinese words of two to four characters as the pages run (filled at the first slip looked up). */
  hanGrams: Map<Locale, Set<string>>;
  /** Each page's share of words the concept reading knows (today's pages most, a new page few). */
  conceptCover: Map<string, number>;
  /** How many passages hold a word, per language (filled as questions come). */
  counts: Map<Locale, Map<string, number>>;
  /** Every English stem each language's passages use, or their aligned twins (an English word of a Chinese question is read against the English page). */
  stemsByLocale: Map<Locale, Set<string>>;
  /** Rare English stems no en page has → the zh pages' words their CC-CEDICT gloss says them by (log → 登录): read in a passage's zh twin. */
  englishBridge: Map<string, string[]>;
  /** Common English stems by rank (0 = most common). */
  commonRank: Map<string, number>;
  /** The most used Chinese words (two characters or more) and characters: everyday language. */
  commonHan: Set<string>;
  commonHanChars: Set<string>;
  /** Forms that ask for a number or a time, and those that ask how many of a thing. */
  numberAsked: RegExp;
  numberAskedAll: RegExp;
  countAsked: RegExp;
  countAskedAll: RegExp;
  /** The glossary's other single words of a word's acts, by the word's key (an English stem or a Chinese word), in its own script. */
  glossary: Map<string, string[]>;
  /** Each passage by its chunk's id. */
  passageOf: Map<string, Passage>;
  /** Forms that ask for the step after the one named, or for the first step. */
  nextAsked: RegExp;
  firstAsked: RegExp;
  /** Where a question's clauses break, a greeting before it, a side clause, and a sign that a clause asks (the vocabulary's forms). */
  clauses: Pick<
    Record<FormName, RegExp>,
    'CLAUSE_BREAK' | 'GREETING' | 'SIDE_CLAUSE' | 'RELATIVE_CLAUSE' | 'TELLING' | 'QUESTION_CUE'
  >;
  /** The vocabulary's forms that ask for a place, steps, a reason or a list's members: a passage that gives one ranks higher. */
  forms: Partial<Pick<Record<FormName, RegExp>, 'PLACE' | 'REASON' | 'PROCEDURE' | 'WHO' | 'ADVICE' | 'KINDS'>>;
}

/** The vocabulary's forms that say what a question asks for (a place, steps, advice, a reason, a comparison …), not what about. */
const FORM_NAMES = [
  'PLACE',
  'PROCEDURE',
  'ADVICE',
  'REASON',
  'CONSEQUENCE',
  'COMPARISON',
  'QUANTITY',
  'DEFINITION',
  'DURATION',
  'CRITERION',
  'FUNCTION',
] as const satisfies readonly FormName[];

export function loadGeneralIndex(index: EngineIndex, vocabulary: AskVocabulary): GeneralIndex {
  // An index built before the general reading (one a worker kept offline) has none of its data: it reads nothing.
  // Chinese words of asking are one list for both readings: the concept reading's stopwords too (到底, 里面, 说明, 那边).
  const asking = [...(vocabulary.asking ?? []), ...vocabulary.stopwords.filter((word) => HAN.test(word))];
  const words = asking.filter((word) => !word.includes(' ') && !word.startsWith('~'));
  const trim = new Set(asking.filter((word) => word.startsWith('~')).map((word) => word.slice(1)));
  const stop = stopSet(asking);
  const phrases = asking.filter((word) => word.includes(' ')).sort((a, b) => b.length - a.length);
  const byPage = new Map<string, AskChunk[]>();
  for (const chunk of index.chunkList) byPage.set(chunk.page, [...(byPage.get(chunk.page) ?? []), chunk]);
  const aboutThePage = index.dictionary.forms.ABOUT_THE_PAGE;
  const adviceMark = index.dictionary.forms.ADVICE_MARK;
  const make = (chunk: AskChunk): Passage => {
    const title = index.pages.get(chunk.page)!.title;
    const context = `${title} ${chunk.section}`;
    // A table row says what its cells are: its column names are its words ("Currencies: USD, EUR").
    // A step does the task its section's heading names ("Back up your files" → "Select Start"): the heading's words are its own.
    const task = (chunk.kind === 'step' || chunk.kind === 'substep') && chunk.anchor ? [chunk.section] : [];
    // A sentence about the page itself ("This article explains where to find …") names what other passages say: not its own words.
    const told = chunk.sentences.filter((sentence) => !aboutThePage?.test(sentence));
    const own = [...(chunk.columns ?? []), ...task, ...told].join(' ');
    const plain = own.replace(ASIDE, ' ');
    const said = chunk.sentences.join(' ');
    return {
      chunk,
      stems: new Set(stemsOf(own, stop)),
      joined: new Set(joinedPairs(own)),
      text: fold(own),
      alignedStems: new Set(),
      section: [],
      context: fold(context),
      contextStems: new Set(stemsOf(context, stop)),
      numberUnits: numberUnitsOf(own, stop),
      plainStems: new Set(stemsOf(plain, stop)),
      plainText: fold(plain),
      namesPerson: SAYS_PERSON.test(own),
      advises: !!adviceMark?.test(own),
      time: new Set([
        ...(SAYS_AFTER.test(said) ? (['after'] as const) : []),
        ...(SAYS_BEFORE.test(said) ? (['before'] as const) : []),
      ]),
      pointsElsewhere: chunk.sentences.some((sentence) => POINTS_ELSEWHERE.test(sentence.trim())),
      follows: followsOf(own, stop),
    };
  };
  const passages = new Map(index.chunkList.map((chunk) => [chunk.id, make(chunk)]));
  // Translated pages cut into as many passages align one to one (the parity test keeps them so).
  for (const [path, chunks] of byPage) {
    const locale = index.pages.get(path)!.locale;
    for (const other of index.pageList) {
      if (other.locale === locale || translatePath(path, other.locale) !== other.path) continue;
      const theirs = byPage.get(other.path) ?? [];
      if (theirs.length !== chunks.length) continue;
      chunks.forEach((chunk, position) => {
        const mine = passages.get(chunk.id)!;
        const aligned = passages.get(theirs[position]!.id)!;
        mine.twin ??= aligned;
        for (const stem of aligned.stems) mine.alignedStems.add(stem);
        if (SAYS_PERSON.test(aligned.text)) mine.namesPerson = true;
      });
    }
  }
  const sections = new Map<string, Passage[]>();
  for (const passage of passages.values()) {
    const key = `${passage.chunk.page}#${passage.chunk.section}`;
    const section = sections.get(key) ?? [];
    sections.set(key, section);
    section.push(passage);
    passage.section = section;
  }
  const byLocale = new Map<Locale, Passage[]>();
  for (const chunk of index.chunkList) {
    const locale = index.pages.get(chunk.page)!.locale;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), passages.get(chunk.id)!]);
  }
  const corpus = new Map(
    [...byLocale].map(([locale, list]) => [
      locale,
      list.map((passage) => `${passage.context}\n${passage.text}`).join('\n'),
    ]),
  );
  const han = words.filter((word) => HAN.test(word) && word.length > 1).sort((a, b) => b.length - a.length);
  // The forms of asking (compare, recommend, consequence …), each matched against one whole word.
  const forms = FORM_NAMES.flatMap((name) => {
    const form = index.dictionary.forms[name];
    return form ? [new RegExp(`^(?:${form.source})$`, form.flags.replace('g', ''))] : [];
  });
  const stemsByLocale = new Map(
    [...byLocale].map(([locale, list]) => [
      locale,
      new Set(list.flatMap((passage) => [...passage.stems, ...passage.alignedStems])),
    ]),
  );
  return {
    byLocale,
    stemsByLocale,
    counts: new Map(),
    conceptCover: conceptCover(index),
    stopwords: stop,
    phrases,
    trim,
    corpus,
    wordStarts: new Map(),
    pageWords: new Map(),
    askingHan: new RegExp(han.join('|'), 'g'),
    bridge: bridgeByWord(vocabulary.bridge),
    englishBridge: new Map(
      Object.entries(vocabulary.englishBridge ?? {}).map(([stem, words]) => [stem, words.split(' ')]),
    ),
    commonRank: new Map((vocabulary.common ?? []).map((stem, rank) => [stem, rank])),
    commonHan: new Set(vocabulary.commonHan ?? []),
    commonHanChars: new Set(vocabulary.commonHanChars ?? ''),
    numberAsked: new RegExp(vocabulary.numberAsked ?? NEVER, 'i'),
    numberAskedAll: new RegExp(vocabulary.numberAsked ?? NEVER, 'gi'),
    countAsked: new RegExp(vocabulary.countAsked ?? NEVER, 'i'),
    countAskedAll: new RegExp(vocabulary.countAsked ?? NEVER, 'gi'),
    passageOf: passages,
    glossary: glossaryOf(index, stop),
    nextAsked: new RegExp(vocabulary.stepAsked?.next ?? NEVER, 'i'),
    firstAsked: new RegExp(vocabulary.stepAsked?.first ?? NEVER, 'i'),
    clauses: {
      CLAUSE_BREAK: index.dictionary.forms.CLAUSE_BREAK,
      GREETING: index.dictionary.forms.GREETING,
      // An index built before side clauses were read has none.
      SIDE_CLAUSE: index.dictionary.forms.SIDE_CLAUSE ?? new RegExp(NEVER),
      RELATIVE_CLAUSE: index.dictionary.forms.RELATIVE_CLAUSE ?? new RegExp(NEVER),
      TELLING: index.dictionary.forms.TELLING ?? new RegExp(NEVER),
      QUESTION_CUE: index.dictionary.forms.QUESTION_CUE,
    },
    forms: {
      PLACE: index.dictionary.forms.PLACE,
      REASON: index.dictionary.forms.REASON,
      PROCEDURE: index.dictionary.forms.PROCEDURE,
      WHO: index.dictionary.forms.WHO,
      ADVICE: index.dictionary.forms.ADVICE,
      KINDS: index.dictionary.forms.KINDS,
    },
    sounds: { groups: vocabulary.sounds ?? [], of: index.sounds },
    hanGrams: new Map(),
    formWord: (word, language) =>
      !HAN.test(word) && !stemsByLocale.get(language)?.has(stemmer(word)) && forms.some((form) => form.test(word)),
  };
}

/** Each English stem of a text with the stems right after it, within a clause ('' where no word of substance follows). */
export function followsOf(text: string, stop: ReadonlySet<string>): Map<string, Set<string>> {
  const follows = new Map<string, Set<string>>();
  const substance = (word: string | undefined) => {
    if (!word || stop.has(word)) return '';
    const stem = stemmer(word);
    return stop.has(stem) ? '' : stem;
  };
  for (const clause of fold(text).split(/[^\p{L}\p{N}\s'’.-]+|\.\s/u)) {
    const words = latinWords(clause);
    words.forEach((word, at) => {
      const stem = substance(word);
      if (!stem) return;
      const set = follows.get(stem) ?? new Set<string>();
      follows.set(stem, set);
      set.add(substance(words[at + 1]));
    });
  }
  return follows;
}

/** Each single word of an act (English by stem) → the act's other single words of the same script, its first word first. */
function glossaryOf(index: EngineIndex, stop: ReadonlySet<string>): Map<string, string[]> {
  const glossary = new Map<string, string[]>();
  for (const entry of index.dictionary.concepts.values()) {
    // Its acts: the language of doing (click, select; alter, change). Its things and traits are grouped
    // for today's pages (a "dashboard" is an integration there; fired, quit and GitHub go with leaked).
    if (entry.label || entry.exact || entry.kind !== 'act') continue;
    for (const words of [entry.en, entry.zh]) {
      const keys = [
        ...new Set(
          words
            .filter((word) => !/\s/.test(word))
            .map((word) => (HAN.test(word) ? word : stemsOf(word, stop)[0]))
            .filter((key): key is string => !!key && (HAN.test(key) ? key.length > 1 : key.length > 2)),
        ),
      ];
      for (const key of keys)
        glossary.set(key, [...(glossary.get(key) ?? []), ...keys.filter((other) => other !== key)]);
      // A verb and its particle ("switch off", "turn on"), by the verb's stem and the particle: the act's single words.
      for (const phrase of words.filter((word) => /^[a-z]+ [a-z]+$/.test(word))) {
        const [verb, particle] = phrase.split(' ') as [string, string];
        glossary.set(`${stemmer(verb)} ${particle}`, keys);
      }
    }
  }
  return glossary;
}
