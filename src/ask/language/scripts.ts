/**
 * How each language of the site is written, for telling which one a question is in: what counts
 * as one word of it, and what such a word weighs against the others' (a Chinese character about
 * two English words: "API page is under which section in 设置?" is English, "reset 之后 token
 * 还能用吗" Chinese). A locale added to the site is a type error here until its writing is declared.
 */
import type { PerLanguage } from '../types.ts';

export interface LanguageScript {
  /** One word of the language (global, so a text's words can be counted). */
  words: RegExp;
  weight: number;
}

export const LANGUAGE_SCRIPTS: PerLanguage<LanguageScript> = {
  zh: { words: /\p{Script=Han}/gu, weight: 2 },
  en: { words: /[A-Za-z][A-Za-z'-]*/g, weight: 1 },
};
