/**
 * The bilingual concept dictionary of the `?ask=` lookups, put in the index at build time: the
 * concepts of src/ask/language/concepts.ts plus the app's own labels from the widgets' table
 * (src/i18n/sandbox.ts), so 启用旧版令牌 ↔ Enable Legacy Tokens is spelled in one place, and the
 * stopwords of src/ask/language/vocabulary.ts. A label is a concept of its own that implies the concepts
 * of its words (Enable Legacy Tokens → enable, legacy, token, found when the engine reads the
 * dictionary); a label that names an existing concept (Auth Token) adds its words to it.
 */
import { CONCEPTS } from './language/concepts.ts';
import { SANDBOX_MESSAGES } from '../i18n/sandbox.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../contract/index.ts';
import { FORMS, NORMALIZATIONS, PARTICLES, POSITIONS, STOPWORDS, wordList } from './language/vocabulary.ts';
import { askingWords, COUNT_ASKED, FIRST_ASKED, NEXT_ASKED, NUMBER_ASKED, POINTS_BACK } from './language/asking.ts';
import type { AskVocabulary, ConceptEntry, PerLanguage } from './types.ts';

/** A value for each of the site's languages. */
const perLanguage = <T>(value: (language: TranslatedLocale) => T): PerLanguage<T> =>
  Object.fromEntries(TRANSLATED_LOCALES.map((language) => [language, value(language)])) as PerLanguage<T>;

/** The labels of the simulated app that the guide names. */
const PRODUCT_LABEL_KEYS = [
  'userProfile',
  'settings',
  'technical',
  'api',
  'enableLegacyTokens',
  'createAccessToken',
  'legacyAccountTokens',
  'more',
  'resetReadWrite',
  'resetReadOnly',
  'overview',
  'apiCredentials',
  'apiVersion',
  'upgradeApiVersion',
  'accountSid',
  'authToken',
  'readWrite',
  'readOnly',
] as const satisfies readonly (keyof (typeof SANDBOX_MESSAGES)['zh'])[];

type LabelKey = (typeof PRODUCT_LABEL_KEYS)[number];

/** Labels that name a concept of the list: their words join it. */
const LABEL_CONCEPTS: Partial<Record<LabelKey, string>> = {
  api: 'api',
  accountSid: 'account-sid',
  authToken: 'auth-token',
  readWrite: 'read-write',
  readOnly: 'read-only',
};

/** The concepts with the labels merged in (their parts resolved later, by the tokenizer). */
function conceptEntries(): ConceptEntry[] {
  const entries = new Map<string, ConceptEntry>();
  for (const concept of CONCEPTS)
    entries.set(concept.key, {
      key: concept.key,
      kind: concept.kind,
      covers: [concept.key, ...(concept.coveredBy ?? [])],
      ...(concept.alternatives ? { alternatives: [...concept.alternatives] } : {}),
      implies: [...(concept.implies ?? [])],
      exact: concept.exact ?? false,
      label: false,
      ...perLanguage((language) => [...concept[language]]),
    });
  for (const label of PRODUCT_LABEL_KEYS) {
    const existing = LABEL_CONCEPTS[label] ? entries.get(LABEL_CONCEPTS[label]) : undefined;
    if (existing) for (const language of TRANSLATED_LOCALES) existing[language].push(SANDBOX_MESSAGES[language][label]);
    else
      entries.set(label, {
        key: label,
        kind: 'thing',
        covers: [label],
        implies: [],
        exact: false,
        label: true,
        ...perLanguage((language) => [SANDBOX_MESSAGES[language][label]]),
      });
  }
  return [...entries.values()];
}

/** The language data the index carries for the engine. */
export function askVocabulary(): AskVocabulary {
  return {
    concepts: conceptEntries(),
    stopwords: TRANSLATED_LOCALES.flatMap((language) => wordList(STOPWORDS[language])),
    particles: wordList(PARTICLES),
    positions: wordList(POSITIONS),
    normalizations: NORMALIZATIONS.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement]),
    forms: Object.fromEntries(
      Object.entries(FORMS).map(([name, form]) => [name, { source: form.source, flags: form.flags }]),
    ) as AskVocabulary['forms'],
    asking: askingWords(),
    numberAsked: NUMBER_ASKED.source,
    countAsked: COUNT_ASKED.source,
    stepAsked: { next: NEXT_ASKED.source, first: FIRST_ASKED.source },
    pointsBack: POINTS_BACK.source,
  };
}
