/**
 * General retrieval: how a question is answered from any page, with no concept list. Words come
 * from the passages themselves (English stems, Chinese words matched inside the running text),
 * each weighted by how specific it is among the language's passages; a translated page's
 * passages lend each other their words (the zh and en pages are aligned passage by passage), so
 * "ACH 的 routing number" finds the Chinese passage. A question is answered by the passage that
 * holds most of its weight (./general-pick.ts), when that share clears the bar and no word it
 * hinges on is missing from every page. The concept reading (./question.ts) answers first on the
 * pages its lists describe; this answers what it cannot, and decides on every other page.
 */
import type { Locale } from '../../contract/index.ts';
import type { AskChunk } from '../types.ts';
import { GIVES_PLACE, WHERE_ASKED } from '../language/asking.ts';
import { actionAsked, askedUnsaid } from './general-action.ts';
import { LISTED } from './general-asks.ts';
import { GENERAL_CALIBRATION } from './calibration.ts';
import type { Answer } from './choose.ts';
import { answerFromPassage } from './general-answer.ts';
import type { EngineIndex } from './engine-index.ts';
import type { GeneralIndex, Passage } from './general-index.ts';
import { match, saidAround, saysAsAsked } from './general-match.ts';
import { pickPassage, type GeneralPick } from './general-pick.ts';
import { contentWords, countsNamed, fold } from './general-words.ts';

export { GENERAL_CALIBRATION } from './calibration.ts';

/** What an English word no page has counts against the unknown share when only a clause that tells says it. */
const TOLD_UNKNOWN = 0.5;
export { loadGeneralIndex, type GeneralIndex, type Passage } from './general-index.ts';

/** What the general reading found for a question, its rules aside: the passage, its answer, and the facts the rules weigh. */
export interface GeneralReading {
  pick: GeneralPick;
  /** The answer built from the passage (the steps for a how-to, both sides for a comparison). */
  answer: Answer;
  /** Share of the question's weight the passage holds (with its section and page title as context). */
  coverage: number;
  /** Share of the question's content words no page has (a Chinese word of the pages' characters or an everyday one counts half, a common English word too unless the pages know two of the question's words at most; an English word only a telling clause says, half again). */
  unknownShare: number;
  /** Words no page has that the question hinges on (`Word.rare`: rare English, a plain Chinese word ending a clause that asks). */
  rare: number;
  /** The question hinges on a rare word no page has (one is a detail when the passage says the rest). */
  hinges: boolean;
  /** How many of the question's words are on the pages and said by the passage (a glossary synonym is not). */
  said: number;
  /** Every word of the question is on the pages and said by the passage. */
  saysAll: boolean;
  /** The passage says every word of the question the pages have, and every other word is everyday language. */
  saysAllButEveryday: boolean;
  /** The question asks for the step after a step, or the first one, and the passage is a step. */
  stepAsked: boolean;
  /** A comparison naming fewer than two things the pages know. */
  comparisonShort: boolean;
  /** A short question names a word the pages say in other passages but neither this passage nor its section does (not for a comparison, whose sides are apart). */
  namedElsewhere: boolean;
  /** The share of the passage's page's words the concept lists know. */
  conceptCover: number;
  /**
   * The passage leaves unsaid what the question asks for: an action (the word after "how do I",
   * 怎么) no page says or only passages outside this one's section say, that action with what it is
   * done to, or the kind or place asked ("what fields", 列表在哪里).
   */
  askedUnsaid: boolean;
}

/** The general reading of a question: null when it has no content word or no passage can answer its form. */
export function readGeneral(
  index: EngineIndex,
  general: GeneralIndex,
  text: string,
  language: Locale,
  { procedure, comparison, page }: { procedure: boolean; comparison: boolean; page?: string },
): GeneralReading | null {
  // A "why" asks for a reason, whatever number it mentions (晚几天换有什么问题: a few days late).
  const needsNumber = general.numberAsked.test(fold(text)) && !general.forms.REASON?.test(fold(text));
  // "How many X", "the max": only a number that counts a thing the question names ("4–30 characters").
  const counted = general.countAsked.test(fold(text))
    ? new Set(contentWords(general, text, language).map((word) => word.key))
    : undefined;
  const countsAsked = (chunk: AskChunk) =>
    !counted || countsNamed(general.passageOf.get(chunk.id)!.numberUnits, counted);
  // "How long", "how much", "when", "多久": only a passage that gives a number answers.
  // "How many kinds", 几种: a list's member answers by the list it stands in, with or without a number.
  const kindsAsked = !!general.forms.KINDS?.test(fold(text));
  const answers = (chunk: AskChunk) =>
    !needsNumber ||
    (/\d/.test(chunk.sentences.join(' ')) && countsAsked(chunk)) ||
    (kindsAsked && LISTED.has(chunk.kind));
  const pick = pickPassage(general, text, language, answers, GENERAL_CALIBRATION, page);
  if (!pick) return null;
  const chunk = pick.passage;
  const pagePassages = general.byLocale
    .get(index.pages.get(chunk.page)!.locale)!
    .filter((p) => p.chunk.page === chunk.page);
  const passage = pagePassages.find((p) => p.chunk === chunk)!;
  const folded = fold(text);
  // A word no page has but likely everyday words counts half (one of the most common English words; an everyday Chinese word or one of the pages' characters),
  // except a common English word in a question the pages know two words of at most: there it is half of what is asked ("can I get my old token back").
  const few = pick.words.filter((word) => word.known).length <= GENERAL_CALIBRATION.maxKnownForCommonWhole;
  // An English word no page has said only in a clause that tells ("been clicking around the dashboard for 10 min") is the
  // asker's story, not what is asked: it counts half. Not a Chinese one: there the purpose comes after the question
  // ("怎么把跟踪链接生成二维码？印在传单上用") and holds what a near-miss hinges on (measured: two dev near-misses answered).
  const unknown = pick.words.reduce(
    (sum, word) =>
      sum +
      (word.known
        ? 0
        : (word.familiar && (word.han || !few) ? 0.5 : 1) * (word.telling && !word.han ? TOLD_UNKNOWN : 1)),
    0,
  );
  const said = pick.words.filter((word) => saysAsAsked(word, passage)).length;
  const place = !!general.forms.PLACE?.test(folded);
  // "Where …" answered by a passage that gives no place is answered by the best of its page that
  // gives one and says a word of the question; the verdict stays the chosen passage's.
  const placed = WHERE_ASKED.test(folded) ? placeGiven(pick, passage, pagePassages) : passage;
  return {
    pick,
    answer: answerFromPassage(index, general, { ...pick, passage: placed.chunk }, placed, pagePassages, {
      procedure,
      comparison,
      place,
      needsNumber,
    }),
    coverage: pick.coverage,
    unknownShare: unknown / pick.words.length,
    rare: pick.words.filter((word) => word.rare).length,
    hinges: hingesOnUnknown(text, pick, passage),
    said,
    saysAll: said === pick.words.length,
    saysAllButEveryday: pick.words.every((word) => saysAsAsked(word, passage) || (!word.known && word.familiar)),
    stepAsked: chunk.step !== undefined && (general.nextAsked.test(folded) || general.firstAsked.test(folded)),
    comparisonShort: comparison && pick.words.filter((word) => word.known).length < 2,
    namedElsewhere:
      !comparison && namedElsewhere(pick, passage, general.byLocale.get(index.pages.get(chunk.page)!.locale)!),
    conceptCover: general.conceptCover.get(chunk.page) ?? 0,
    askedUnsaid: askedUnsaid(text, pick.words, passage, general.stopwords, general.glossary),
  };
}

/** Whether a passage gives a place: a path or a named part of the screen (`GIVES_PLACE`). */
const givesPlace = (passage: Passage) => passage.chunk.sentences.some((sentence) => GIVES_PLACE.test(sentence));

/**
 * The passage that answers "where": the chosen one when it gives a place, else the best-ranked
 * passage of its page that gives one and says a word of the question the pages have; else the chosen one.
 */
function placeGiven(pick: GeneralPick, chosen: Passage, pagePassages: readonly Passage[]): Passage {
  if (givesPlace(chosen)) return chosen;
  const ofPage = new Map(pagePassages.map((passage) => [passage.chunk, passage]));
  for (const { passage: chunk } of pick.ranked()) {
    const passage = ofPage.get(chunk);
    if (passage && givesPlace(passage) && pick.words.some((word) => saysAsAsked(word, passage))) return passage;
  }
  return chosen;
}

/** Whether the general reading's rules let it answer (the hand-set bars, calibrated on the dev sets). */
export function generalRulesPass(
  reading: GeneralReading,
  {
    conceptRefused = false,
    plainForm = false,
    conceptSaid = false,
  }: { conceptRefused?: boolean; plainForm?: boolean; conceptSaid?: boolean },
): boolean {
  if (reading.coverage < GENERAL_CALIBRATION.minCoverage) return false;
  // The concept reading knew most of the question and refused it: its word stands on the pages its
  // lists describe, unless the question asks for the step after a step (or the first), which it does
  // not read, or asks plainly and the passage says every one of its words. An everyday word no page
  // has may be left unsaid ("我啥也没改过啊"), when the passage says every concept the concept
  // reading read: then no concept the pages lack (过期, "see") is what the question hinges on.
  if (
    conceptRefused &&
    !reading.stepAsked &&
    !(plainForm && (reading.saysAll || (conceptSaid && reading.saysAllButEveryday))) &&
    reading.conceptCover >= GENERAL_CALIBRATION.conceptPageCover
  )
    return false;
  // A comparison names two things or more; "what is the difference between versions" asks what no one passage says.
  if (reading.comparisonShort) return false;
  if (reading.unknownShare > GENERAL_CALIBRATION.maxUnknownShare) return false;
  if (reading.namedElsewhere) return false;
  if (reading.askedUnsaid) return false;
  return !reading.hinges;
}

/** The answer from the general reading, or null when it does not clear the bar. */
export function generalAnswer(
  index: EngineIndex,
  general: GeneralIndex,
  text: string,
  language: Locale,
  options: {
    procedure: boolean;
    comparison: boolean;
    page?: string;
    conceptRefused?: boolean;
    /** The question asks nothing of its form the general reading cannot check (steps, a count, a time, a person, a consequence, a comparison). */
    plainForm?: boolean;
  },
): Answer | null {
  const reading = readGeneral(index, general, text, language, options);
  return reading && generalRulesPass(reading, options) ? reading.answer : null;
}

/**
 * Whether a rare word no page has is what the question hinges on (the pages do not say it):
 * unless it is the only one and the passage says every other word, three at least, or the page
 * word right after it, which it says what kind of ("micro deposit"); then it is a detail ("… to a
 * spreadsheet"). Not when a page word right before it says what kind of it is asked ("the tracking
 * cookie": the pages have tracking, not its cookie).
 */
function hingesOnUnknown(text: string, pick: GeneralPick, passage: Passage): boolean {
  const rare = pick.words.filter((word) => word.rare).length;
  const known = pick.words.filter((word) => word.known);
  // A rare word right after a page word is the thing that word says what kind of ("tracking cookie"):
  // what is asked about, never a detail; not after the action asked ("send ppl": ppl is what is sent).
  const rareWord = pick.words.find((word) => word.rare);
  const kindOfIt =
    rareWord?.modifiedBy !== undefined &&
    rareWord.modifiedBy !== actionAsked(text, pick.words)?.asked &&
    pick.words.some((word) => word.known && !word.han && word.asked === rareWord.modifiedBy);
  const detail =
    !kindOfIt &&
    rare === 1 &&
    known.length >= GENERAL_CALIBRATION.minWordsAroundRare &&
    known.every((word) => match(word, passage) > 0);
  // A rare word before a page word the passage says is what kind of that thing ("micro deposit", "amazon store").
  const head = rareWord?.head && pick.words.find((word) => word.known && word.asked === rareWord.head);
  const modifier = rare === 1 && !!head && match(head, passage) > 0;
  return rare > 0 && !detail && !modifier;
}

/**
 * Whether a short question names a word the pages say in other passages (two at least) but
 * neither the passage nor its section nor its headings do: the pages speak of it elsewhere, so
 * this passage is about something else ("How do I reset the Account SID?" answered by where the
 * SID is shown, the reset said only by other passages). A word no page has is the rare-word
 * rule's; a word said once may be a chance use ("your bank may charge a fee"). Not when the
 * passage says a word of what the question tells, as specific as that word: it speaks of the
 * asker's own case.
 */
function namedElsewhere(pick: GeneralPick, passage: Passage, passages: readonly Passage[]): boolean {
  const known = pick.words.filter((word) => word.known);
  if (known.length > GENERAL_CALIBRATION.maxWordsNamedElsewhere) return false;
  // The passage says what the asker tells of their own case ("…收不到提现？我的税务信息还在审核中") by a
  // word as specific as the one it leaves unsaid: it is about that case, not something else, and
  // that word is one the asker reasons from (余额早就够了), not what the answer must speak of.
  const told = known.filter((word) => word.telling && saysAsAsked(word, passage));
  return known.some(
    (word) =>
      !word.telling &&
      !told.some((other) => other.weight >= word.weight) &&
      // A word read through its translation (either bridge) is no word the pages say elsewhere: the
      // dictionary's other senses name other things (interval: 定期, "at set intervals").
      !word.bridged &&
      !saidAround(word, passage) &&
      passages.filter((other) => match(word, other) > 0).length >= GENERAL_CALIBRATION.minPassagesNamedElsewhere,
  );
}

/**
 * The general reading's view of a question the concept reading answered on a page its lists do
 * not describe: the passage holding most of the question, and whether the question hinges on a
 * rare word no page has, or on an action the passage and its section do not say (then it is refused).
 */
export function generalView(
  general: GeneralIndex,
  text: string,
  language: Locale,
  page?: string,
): { pick: GeneralPick | null; hingeMissing: boolean } {
  const pick = pickPassage(general, text, language, undefined, GENERAL_CALIBRATION, page);
  const passage = pick && general.byLocale.get(language)?.find((candidate) => candidate.chunk === pick.passage);
  return {
    pick,
    hingeMissing:
      passage !== undefined &&
      passage !== null &&
      (hingesOnUnknown(text, pick!, passage) ||
        askedUnsaid(text, pick!.words, passage, general.stopwords, general.glossary)),
  };
}
