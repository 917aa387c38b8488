/**
 * The `?ask=` contract: what the build ships (the index), what a lookup returns, and the JSON a
 * client gets with `Accept: application/json`. Shared by the build, the Node server, the service
 * worker, the in-page ask box, tests and the bench.
 */
import type { Locale, TranslatedLocale } from '../contract/index.ts';
import type { FormName } from './language/vocabulary.ts';

/**
 * One field per language the engine reads: the site's translated locales (src/contract/locale.ts),
 * so a locale added there is a type error in every concept until its words are written.
 */
export type PerLanguage<T> = Record<TranslatedLocale, T>;

/** What kind of passage a chunk is: a how-to answer walks `step`s, a what/why answer quotes a sentence. */
export type ChunkKind = 'intro' | 'hint' | 'step' | 'substep' | 'row' | 'item' | 'paragraph';

/** One searchable passage: a paragraph, a step, a sub-point, a table row. */
export interface AskChunk {
  /** Unique across the index: `<page path>#<n>`. */
  id: string;
  /** The page's HTML path, e.g. `/partner/zh/…/manage-legacy-api-tokens-as-a-partner`. */
  page: string;
  kind: ChunkKind;
  /** The section's own name (its heading, or the details summary); the page title before any heading. */
  section: string;
  /** Fragment of the section on the HTML page (no `#`); '' for the top of the page. */
  anchor: string;
  /** 1-based step number for `step`/`substep` chunks. */
  step?: number;
  /** A table row's column names (what its cells are: fee, currencies, time). */
  columns?: string[];
  /** The passage as markdown, as the page writes it (quoted in excerpts). */
  markdown: string;
  /** Its sentences as plain text, in order (answers are built only from these). */
  sentences: string[];
}

export interface AskPage {
  path: string;
  title: string;
  description: string;
  locale: Locale;
  /** Questions this page answers, per locale, offered as suggestions and follow-ups. */
  questions: Partial<Record<Locale, string[]>>;
}

/** One concept of the `?ask=` dictionary (src/ask/language/concepts.ts and the app's labels). */
export interface ConceptEntry extends PerLanguage<string[]> {
  key: string;
  /** thing: what a question is about; act: what it asks to do (the answering passage must say it); trait: the rest. */
  kind: 'thing' | 'act' | 'trait';
  /** This concept and the ones a passage may say instead. */
  covers: string[];
  /** The concepts it implies (its parts); a label's are found when the dictionary is built. */
  implies: string[];
  /** Its English words match as written, not by stem (created ≠ create). */
  exact: boolean;
  /** One of the app's labels. */
  label: boolean;
  /** The concepts it is one of several choices with (read-only for read/write): advice about one may name the other. */
  alternatives?: string[];
}

/** The language data the engine reads words with, shipped in the index (not in the worker's code). */
export interface AskVocabulary {
  concepts: ConceptEntry[];
  /** Words that carry no meaning for retrieval, both languages. */
  stopwords: string[];
  /** Function characters cut off the ends of a glued Chinese word, and those cut off only its end. */
  particles: string[];
  positions: string[];
  /** Spellings folded before matching (src/ask/language/vocabulary.ts NORMALIZATIONS): pattern, flags, replacement. */
  normalizations: [source: string, flags: string, replacement: string][];
  /** The question forms and passage marks (src/ask/language/vocabulary.ts FORMS), as regular expressions' source and flags. */
  forms: Record<FormName, { source: string; flags: string }>;
  /** General stopwords and the words of asking (src/ask/language/asking.ts): what the general reading skips. */
  asking?: string[];
  /** The form of a question that asks for a number or a time (src/ask/language/asking.ts NUMBER_ASKED), as a regular expression's source. */
  numberAsked?: string;
  /** The form that asks how many of a thing (src/ask/language/asking.ts COUNT_ASKED), as a regular expression's source. */
  countAsked?: string;
  /** Forms that ask for the next step or the first one (src/ask/language/asking.ts NEXT_ASKED, FIRST_ASKED), as regular expressions' source. */
  stepAsked?: { next: string; first: string };
  /** A sentence that points back to the one before it (POINTS_BACK), as a regular expression's source. */
  pointsBack?: string;
  /** The stems of the most common English words, most common first (src/ask/language/resources.ts). */
  common?: string[];
  /** The most used Chinese words of two characters or more, most used first (the Leiden Weibo list, src/ask/language/resources.ts). */
  commonHan?: string[];
  /** The most used Chinese characters, most used first (Jun Da's list), as one string. */
  commonHanChars?: string;
  /**
   * English words (SUBTLEX's, src/ask/language/resources.ts) one slip from a page word: a real
   * word, so no typo (long is no slip of log).
   */
  english?: string[];
  /**
   * Common Chinese words no zh page has, by the English pages' stem their CC-CEDICT gloss says
   * (`{ track: '追踪' }`, src/ask/language/bridge.ts): found through a zh passage's en twin.
   */
  bridge?: Record<string, string>;
  /**
   * Rare English words no en page has, by stem, with the zh pages' words whose CC-CEDICT gloss says
   * them (`{ log: '登录' }`, src/ask/language/bridge-en.ts): found through an en passage's zh twin.
   */
  englishBridge?: Record<string, string>;
  /**
   * Chinese characters that sound alike (src/ask/language/resources.ts), one string per sound:
   * the common characters of each sound the dictionary's Chinese words use. A slip of a pinyin
   * keyboard (重制 for 重置) is a character of the same sound.
   */
  sounds?: string[];
}

/** The static asset `/ask-index.json`, built from content/ at build time. */
export interface AskIndexData {
  version: 2;
  pages: AskPage[];
  chunks: AskChunk[];
  vocabulary: AskVocabulary;
}

export interface AskExcerpt {
  /** The passage, as markdown. */
  text: string;
  /** Page title. */
  page: string;
  /** Section name (with the step number when there is one, e.g. `管理访问令牌 › 步骤 3`). */
  section: string;
  /** `<page>.md#anchor` */
  url: string;
}

export interface AskSource {
  /** `Page title › Section` */
  title: string;
  /** `<page>.md#anchor` */
  url: string;
}

/** The JSON reply (`Accept: application/json`); the markdown reply carries the same content. */
export interface AskReply {
  question: string;
  /** Markdown: paragraphs, `1.` lists and `**bold**` only. '' when `answered` is false and there is nothing to say. */
  answer: string;
  excerpts: AskExcerpt[];
  sources: AskSource[];
  /** Questions to ask next, as plain text (the markdown reply links each to `?ask=`). */
  followUps: string[];
  answered: boolean;
  /** Extra: the language the answer is written in. */
  language: Locale;
  /** Extra: the question's words that matched (for highlighting excerpts). */
  terms: string[];
}
