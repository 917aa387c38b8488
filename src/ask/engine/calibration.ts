/**
 * The engine's numbers that decide whether a question is answered, in one place. They were
 * calibrated on the dev question set (tests/ask/questions.ts) only: `npx vitest run
 * tests/unit/ask-questions.test.ts` prints its score. The held-out set is never used to set them.
 */
export const CALIBRATION = {
  /** Share of the question's weighted words the best passage (with the steps that lead to it) must cover. */
  minCoverage: 0.65,
  /** Share of those words the sentences an answer quotes (with the passage's first sentence) must hold. */
  minSentenceCoverage: 0.5,
  /**
   * What a word weighs that neither the dictionary nor the content knows: it counts (a question
   * about something else is not answered), but less than a word of the subject (at least 1, and
   * a concept the pages never use, about 3.6), so one unknown word among several known ones does
   * not sink a question.
   */
  unknownWordWeight: 1.5,
  /**
   * What an unknown word weighs when it is the question's last word of substance, which is
   * usually what it hinges on ("会通知我吗", "do tokens expire"): a question that hinges on
   * something the pages never say is not answered.
   */
  unknownHeadWeight: 3,
};

export interface GeneralCalibration {
  /** Share of the question's weight the best passage (with its section and page title) must hold. */
  minCoverage: number;
  /** What a word no page has weighs (several of them together weigh √n times this). */
  unknownWeight: number;
  /** The concept reading's share of the question above which its refusal stands. */
  maxConceptShare: number;
  /** The largest share of the question's content words no page has. */
  maxUnknownShare: number;
  /** The share of a page's words the concept lists know above which the concept reading's refusal stands there. */
  conceptPageCover: number;
  /** How many words a passage must say all of for one rare word no page has to be a detail. */
  minWordsAroundRare: number;
  /** How much more a passage of the page asked on ranks (the asker is reading it). */
  askedPageBoost: number;
  /** How many of a question's words the general reading's passage must say for the concept reading's refusal to yield to it on the pages its lists describe. */
  wordsSaidToYield: number;
  /** The same for a question that tells something around what it asks, when the passage says every word of its asking clauses. */
  wordsSaidToYieldTold: number;
  /** The share of the question its passage must hold for the general reading to outrank the concept reading's pick on a page the lists do not describe. */
  outrankCoverage: number;
  /** How much more a passage ranks that gives what the question's form asks for (a path for "where", a reason for "why", a default for "if I don't"). */
  formGivenBoost: number;
  /** The most known words a question may have for a word said only in other passages to refuse it (a longer one names details). */
  maxWordsNamedElsewhere: number;
  /** In how many passages a word must be said for its absence from the passage and its section to refuse a short question. */
  minPassagesNamedElsewhere: number;
  /** The most known words a question may have for a common English word no page has to count whole, not half, against the unknown share. */
  maxKnownForCommonWhole: number;
}

/** Calibrated on the dev sets only (the payments and tracking-links pages, the external sets, today's dev sets). */
export const GENERAL_CALIBRATION: GeneralCalibration = {
  minCoverage: 0.5,
  unknownWeight: 2.2,
  maxConceptShare: 0.5,
  maxUnknownShare: 0.34,
  askedPageBoost: 1.3,
  minWordsAroundRare: 3,
  conceptPageCover: 0.6,
  outrankCoverage: 0.75,
  wordsSaidToYield: 5,
  formGivenBoost: 1.2,
  wordsSaidToYieldTold: 3,
  maxWordsNamedElsewhere: 4,
  minPassagesNamedElsewhere: 2,
  maxKnownForCommonWhole: 2,
};
