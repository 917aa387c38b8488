/**
 * A question as the engine reads it: its language, its words (an English question in the
 * glossary's Chinese, since the pages are Chinese), the goal's extra words, and what kind of
 * answer it asks for. Also how much of it a set of words covers, the test every answer passes.
 */
import type { Locale } from '../../contract/index.ts';
import { ACTION_VERBS, ADVICE, CONSEQUENCE, HOW_TO, PROCEDURE } from '../../i18n/vocabulary.ts';
import { translateToChinese } from '../glossary.ts';
import { detectLanguage, tokenize, words, type Word } from '../text.ts';
import { wordWeight, type EngineIndex } from './engine-index.ts';

export interface Question {
  /** As asked. */
  text: string;
  /** The language the answer is written in. */
  language: Locale;
  /** The question's words, each once: what coverage counts. */
  words: Word[];
  /** The words and their parts: what the search looks for. */
  terms: string[];
  /** The goal's words the question lacks: they rank passages, weakly. */
  goalTerms: string[];
  /** Action verbs the question hinges on (重置, 启用, …): the answering passage must say them too. */
  verbs: string[];
  /** "How/where …": answered by a path of steps (or, unless a procedure, a pointer). */
  howTo: boolean;
  /** "How do I …": only a path of steps answers it. */
  procedure: boolean;
  /** "What happens if …": the defining sentence and what follows it. */
  consequences: boolean;
}

/** `pageLocale` is the asked-on page's language, the fallback when the question's own is unclear. */
export function readQuestion(text: string, goal: string, pageLocale: Locale | undefined): Question {
  const language = detectLanguage(text, pageLocale);
  const asked = uniqueWords(words(language === 'en' ? translateToChinese(text) : text));
  const terms = [...new Set(asked.flatMap((word) => [word.term, ...word.parts]))];
  const goalTerms = [...new Set(tokenize(detectLanguage(goal) === 'en' ? translateToChinese(goal) : goal))].filter(
    (term) => !terms.includes(term),
  );
  return {
    text,
    language,
    words: asked,
    terms,
    goalTerms,
    verbs: asked.map((word) => word.term).filter((term) => ACTION_VERBS.has(term)),
    howTo: HOW_TO.test(text),
    procedure: PROCEDURE.test(text) && !ADVICE.test(text),
    consequences: CONSEQUENCE.test(text),
  };
}

/** Each word once (a question may repeat one). */
function uniqueWords(list: Word[]): Word[] {
  const seen = new Set<string>();
  return list.filter((word) => !seen.has(word.term) && (seen.add(word.term), true));
}

/**
 * The weighted share of the question's words that `covered` holds. Each word counts once: a
 * glossary term is covered by itself or by all of its parts (the parts only help the search).
 */
export function coverage(index: EngineIndex, question: Question, covered: ReadonlySet<string>): number {
  const total = question.words.reduce((sum, word) => sum + wordWeight(index, word.term), 0);
  const held = question.words.reduce(
    (sum, word) =>
      sum +
      (covered.has(word.term) || (word.parts.length > 0 && word.parts.every((part) => covered.has(part)))
        ? wordWeight(index, word.term)
        : 0),
    0,
  );
  return held / total;
}
