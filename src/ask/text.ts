/**
 * Words and sentences, the same way for the index and for questions: a text becomes a list of
 * terms, each a concept of the dictionary (built from the vocabulary the index carries, see
 * ./glossary.ts) or a plain word. Chinese words are the
 * dictionary's (longest match; Intl.Segmenter splits 重置 into 重|置) and, between them, the
 * segmenter's; English words are stemmed (stemmer), so reset, resets and resetting are one.
 * Phrases of several words (auth token, API 令牌, 2025 年 4 月) become their concept.
 */
import { stemmer } from 'stemmer';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from '../contract/index.ts';
import { SENTENCE_BOUNDARY } from '../i18n/typography.ts';
import { LANGUAGE_SCRIPTS } from './language/scripts.ts';
import type { FormName } from './language/vocabulary.ts';
import type { AskVocabulary, ConceptEntry } from './types.ts';
import { chineseWords } from './segmenter.ts';

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /(?!\p{Script=Han})[\p{L}\p{N}]/u;

/**
 * The language of the site a text is written in: the one whose words weigh most in it
 * (./language/scripts.ts; a tie goes to the default locale). `fallback` (the page's locale) when
 * it has no letters ("2025"); a text in letters no language of the site uses gets the default.
 */
export function detectLanguage(text: string, fallback: Locale = DEFAULT_LOCALE): Locale {
  let best: TranslatedLocale | undefined;
  let bestWeight = 0;
  for (const language of TRANSLATED_LOCALES) {
    const { words, weight } = LANGUAGE_SCRIPTS[language];
    const found = (text.match(words)?.length ?? 0) * weight;
    if (found > bestWeight || (found > 0 && found === bestWeight && language === DEFAULT_LOCALE)) {
      best = language;
      bestWeight = found;
    }
  }
  return best ?? (/\p{L}/u.test(text) ? DEFAULT_LOCALE : fallback);
}

/** A spelling folded into another before matching (the vocabulary's NORMALIZATIONS, from the index). */
export type Folding = readonly [RegExp, string];

/** NFKC folds full-width forms; the vocabulary's spellings fold into one (读/写 and 读写 are one word). */
export function normalize(text: string, foldings: readonly Folding[]): string {
  return foldings.reduce(
    (folded, [pattern, replacement]) => folded.replace(pattern, replacement),
    text.normalize('NFKC').toLowerCase(),
  );
}

/** A word as written, before the dictionary is applied. */
interface Token {
  surface: string;
  /** The stem of an English word; a Chinese word itself. */
  stem: string;
}

/** A term of a text: a concept (with what covers it and what it implies) or a plain word. */
export interface Term {
  key: string;
  /** The words of the text it stands for, as normalised (for highlighting). */
  surface: string;
  /** The concept's entry; undefined for a plain word. */
  concept?: ConceptEntry;
  /** Characters the segmenter could not make a word of (领|牌): perhaps a slip of the keyboard. */
  unsegmented?: boolean;
}

/** The vocabulary, ready to read words with. */
export interface Dictionary {
  concepts: Map<string, ConceptEntry>;
  stopwords: Set<string>;
  /** English stopwords by their stem too: "located" is "locate". */
  stopStems: Set<string>;
  /** Function characters cut off a glued word's front, and its end. */
  front: Set<string>;
  end: Set<string>;
  /** Chinese words of the dictionary, longest first, matched inside running text. */
  hanWords: string[];
  /** The same words by their first character (each list longest first): a character looks up only its own. */
  hanWordsByFirst: HanWordsByFirst;
  /** Spellings folded before matching, compiled. */
  foldings: Folding[];
  /** The question forms and passage marks, compiled (src/ask/language/vocabulary.ts FORMS). */
  forms: Record<FormName, RegExp>;
  /** The dictionary's one-character Chinese words (改, 写, 人) and stopwords (要, 里). */
  hanSingles: Set<string>;
  /** Phrases by their tokens' stems (or, for exact concepts, surfaces), joined by spaces. */
  byStem: Map<string, string>;
  bySurface: Map<string, string>;
  longestPhrase: number;
}

export const isStopword = (dictionary: Dictionary, surface: string, stem = surface) =>
  dictionary.stopwords.has(surface) || dictionary.stopwords.has(stem) || dictionary.stopStems.has(stem);

type HanWordsByFirst = ReadonlyMap<string, readonly string[]>;

/** Chinese words (longest first) grouped by their first character, the order kept. */
function byFirstCharacter(hanWords: readonly string[]): HanWordsByFirst {
  const groups = new Map<string, string[]>();
  for (const word of hanWords) groups.get(word[0]!)?.push(word) ?? groups.set(word[0]!, [word]);
  return groups;
}

/** The words of a text, the dictionary's Chinese words kept whole. */
function scan(text: string, hanWordsByFirst: HanWordsByFirst): Token[] {
  const tokens: Token[] = [];
  let run = '';
  const flush = () => {
    if (!run) return;
    for (const { segment, isWordLike } of chineseWords().segment(run)) if (isWordLike) tokens.push(token(segment));
    run = '';
  };
  for (let index = 0; index < text.length;) {
    const char = text[index]!;
    const known = HAN.test(char) ? hanWordsByFirst.get(char)?.find((word) => text.startsWith(word, index)) : undefined;
    if (known) {
      flush();
      tokens.push({ surface: known, stem: known });
      index += known.length;
    } else if (HAN.test(char)) {
      run += char;
      index += 1;
    } else {
      flush();
      const match = /^(?:(?!\p{Script=Han})[\p{L}\p{N}])+/u.exec(text.slice(index, index + 40));
      if (match && LATIN_WORD.test(char)) {
        tokens.push(token(match[0]));
        index += match[0].length;
      } else index += 1;
    }
  }
  flush();
  return tokens;
}

const token = (surface: string): Token => ({ surface, stem: HAN.test(surface) ? surface : stemmer(surface) });

/** The dictionary of a vocabulary (the index's): built once per engine. */
export function createDictionary(vocabulary: AskVocabulary): Dictionary {
  const foldings = vocabulary.normalizations.map(([source, flags, replacement]): Folding => [
    new RegExp(source, flags),
    replacement,
  ]);
  const fold = (text: string) => normalize(text, foldings);
  const entries = vocabulary.concepts.map((entry) => ({ ...entry, implies: [...entry.implies] }));
  const concepts = new Map(entries.map((entry) => [entry.key, entry]));
  const allForms = entries.flatMap((entry) =>
    TRANSLATED_LOCALES.flatMap((language) => entry[language]).map((form) => fold(form)),
  );
  const hanWords = [...new Set(allForms.filter((form) => /^\p{Script=Han}+$/u.test(form) && form.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  const hanWordsByFirst = byFirstCharacter(hanWords);
  const byStem = new Map<string, string>();
  const bySurface = new Map<string, string>();
  let longestPhrase = 1;
  for (const entry of entries)
    for (const form of TRANSLATED_LOCALES.flatMap((language) => entry[language])) {
      const tokens = scan(fold(form), hanWordsByFirst);
      if (tokens.length === 0) continue;
      longestPhrase = Math.max(longestPhrase, tokens.length);
      const target = entry.exact ? bySurface : byStem;
      const key = tokens.map((part) => (entry.exact ? part.surface : part.stem)).join(' ');
      // The first concept to claim a phrase keeps it (the list is ordered most specific first where it matters).
      if (!target.has(key)) target.set(key, entry.key);
    }
  const stopwords = new Set(vocabulary.stopwords);
  const dictionary: Dictionary = {
    concepts,
    stopwords,
    stopStems: new Set([...stopwords].filter((word) => /^[a-z]+$/.test(word)).map((word) => stemmer(word))),
    front: new Set(vocabulary.particles),
    end: new Set([...vocabulary.particles, ...vocabulary.positions]),
    hanWords,
    hanWordsByFirst,
    foldings,
    forms: Object.fromEntries(
      Object.entries(vocabulary.forms).map(([name, { source, flags }]) => [name, new RegExp(source, flags)]),
    ) as Record<FormName, RegExp>,
    hanSingles: new Set(
      [...allForms, ...vocabulary.stopwords, ...vocabulary.particles].filter((form) => /^\p{Script=Han}$/u.test(form)),
    ),
    byStem,
    bySurface,
    longestPhrase,
  };
  // A label implies the concepts of its words: Enable Legacy Tokens → enable, legacy, token.
  for (const entry of entries)
    if (entry.label) {
      const parts = matchTerms(scan(fold(entry.en[0]!), hanWordsByFirst), dictionary, entry.key);
      entry.implies = [...new Set(parts.flatMap((part) => (part.concept ? [part.key, ...part.concept.implies] : [])))];
    }
  return dictionary;
}

/**
 * Phrases first (longest wins), then single words; `skip` keeps a label from matching itself.
 * Lone Han characters in a row that the segmenter could not group (调|用) are one unknown word,
 * unless they are all function words (是|啥).
 */
function matchTerms(tokens: Token[], dictionary: Dictionary, skip?: string): Term[] {
  const terms: Term[] = [];
  let lone = '';
  let loneSays = false;
  const flushLone = () => {
    const core = loneSays ? trimFunctionWords(dictionary, lone) : '';
    const key = dictionary.byStem.get(core);
    if (key && key !== skip) terms.push({ key, surface: core, concept: dictionary.concepts.get(key)! });
    else if (core.length > 1 && !dictionary.stopwords.has(core))
      terms.push({ key: core, surface: core, unsegmented: true });
    lone = '';
    loneSays = false;
  };
  for (let position = 0; position < tokens.length;) {
    let matched: { key: string; length: number } | undefined;
    // The windows' keys, one word longer each time; the longest that names a concept wins.
    const longest = Math.min(dictionary.longestPhrase, tokens.length - position);
    const surfaces: string[] = [];
    const stems: string[] = [];
    for (let length = 1; length <= longest; length++) {
      const next = tokens[position + length - 1]!;
      surfaces.push(length === 1 ? next.surface : `${surfaces[length - 2]} ${next.surface}`);
      stems.push(length === 1 ? next.stem : `${stems[length - 2]} ${next.stem}`);
    }
    for (let length = longest; length >= 1 && !matched; length--) {
      const key = dictionary.bySurface.get(surfaces[length - 1]!) ?? dictionary.byStem.get(stems[length - 1]!);
      if (key && key !== skip) matched = { key, length };
    }
    if (matched) {
      flushLone();
      const surface = surfaces[matched.length - 1]!;
      terms.push({ key: matched.key, surface, concept: dictionary.concepts.get(matched.key)! });
      position += matched.length;
      continue;
    }
    const { surface, stem } = tokens[position]!;
    position += 1;
    const stop = isStopword(dictionary, surface, stem);
    if (HAN.test(surface) && surface.length === 1) {
      lone += surface;
      loneSays ||= !stop;
      continue;
    }
    flushLone();
    // A word the segmenter glued to function words (页面在哪, 领牌后会): the function words come off.
    if (HAN.test(surface) && surface.length > 1 && !stop) {
      const core = trimFunctionWords(dictionary, surface);
      if (core !== surface) {
        const key = dictionary.byStem.get(core);
        if (key && key !== skip) terms.push({ key, surface: core, concept: dictionary.concepts.get(key)! });
        else if (core.length > 1 && !dictionary.stopwords.has(core)) terms.push({ key: core, surface: core });
        continue;
      }
    }
    // Stopwords, lone letters and words made only of function characters (我吗) say too little to match on.
    if (
      stop ||
      [...surface].length < 2 ||
      (HAN.test(surface) && [...surface].every((char) => dictionary.stopwords.has(char)))
    )
      continue;
    terms.push({ key: stem, surface });
  }
  flushLone();
  return terms;
}

/** A Chinese word without the function words at its ends (是干嘛的 → ''; 领牌后会 → 领牌; 邮件 stays). */
function trimFunctionWords(dictionary: Dictionary, word: string): string {
  // Longer stopwords come off either end; single characters only if they are particles (or, at the end, position words).
  const cuts = (part: string, singles: ReadonlySet<string>) =>
    part.length > 1 ? dictionary.stopwords.has(part) : singles.has(part);
  const [FRONT, END] = [dictionary.front, dictionary.end];
  let core = word;
  for (let changed = true; changed && core;) {
    changed = false;
    for (let length = Math.min(3, core.length); length >= 1 && !changed; length--) {
      if (cuts(core.slice(0, length), FRONT)) [core, changed] = [core.slice(length), true];
      else if (cuts(core.slice(-length), END)) [core, changed] = [core.slice(0, -length), true];
    }
  }
  return core;
}

/**
 * The terms of a text, in order. `correct` may replace a word the dictionary and the content do
 * not know (a typo) before matching: it gets the word (and where it is among the text's words)
 * and returns its replacement or undefined.
 */
export function terms(
  dictionary: Dictionary,
  text: string,
  correct?: (word: string, at: number, words: readonly string[]) => string | undefined,
): Term[] {
  let tokens = scan(normalize(text, dictionary.foldings), dictionary.hanWordsByFirst);
  const words = tokens.map((part) => part.surface);
  if (correct)
    tokens = tokens.map((part, at) => {
      const replacement = HAN.test(part.surface) ? undefined : correct(part.surface, at, words);
      return replacement ? token(replacement) : part;
    });
  return matchTerms(tokens, dictionary);
}

/** The keys a list of terms holds, with what each concept implies. */
export function keysOf(list: readonly Term[]): Set<string> {
  const keys = new Set<string>();
  for (const term of list) {
    keys.add(term.key);
    for (const part of term.concept?.implies ?? []) keys.add(part);
  }
  return keys;
}

/** Every word a Latin text spells, as written and stemmed (what a typo may be corrected to). */
export function latinWords(text: string, foldings: readonly Folding[]): string[] {
  return [...normalize(text, foldings).matchAll(/[a-z][a-z0-9]+/g)].map((match) => match[0]);
}

/** The dictionary's own Latin words (its concepts' and labels' English forms). */
export function dictionaryWords(dictionary: Dictionary): string[] {
  return [...dictionary.concepts.values()].flatMap((entry) =>
    entry.en.flatMap((form) => latinWords(form, dictionary.foldings)),
  );
}

/** Splits plain text into sentences: after 。！？； and after . ! ? followed by a space or the end. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_BOUNDARY)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}
