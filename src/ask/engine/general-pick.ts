/**
 * Which passage holds most of a question, for the general reading (./general.ts): the
 * question's content words, each weighted by how specific it is among the language's passages
 * (a word no page has by how common it is in English or Chinese), judged against every passage
 * with what its section says as context.
 */
import type { Locale } from '../../contract/index.ts';
import { translatePath } from '../../site.ts';
import type { AskChunk } from '../types.ts';
import { GENERAL_CALIBRATION } from './calibration.ts';
import { followsOf, type GeneralIndex, type Passage } from './general-index.ts';
import { inContext, match, saidAside, type Matched, type Word } from './general-match.ts';
import { hanSlipOf, slipOf, slipsFromStopword } from './general-slips.ts';
import { askedWords, countedWords, formWanted, lastAskedHan, notWanted } from './general-asks.ts';
import { toldWeight } from './clauses.ts';
import { stemmer } from 'stemmer';
import { baseWordOf, contentWords, expansionOf, fold, latinWords, numberUnitsOf, stemsOf } from './general-words.ts';
import { SAYS_AFTER, SAYS_BEFORE } from '../language/asking.ts';
import { nominalFamily } from './general-derive.ts';

/** Words whose passage counts are kept per language before the store starts over. */
const MAX_COUNTS = 5000;

/** What a word said by a passage whose heading names it too adds: enough to break a tie. */
const SECTION_BONUS = 0.1;

/** What a word the asker says they do not want weighs in the ranking (not in the coverage), against one asked. */
const NOT_WANTED_SHARE = 0.3;

/** What the word whose number is asked ("how many retries", 重试几次) weighs in the ranking: the number asked is one of it. */
const COUNTED_SHARE = 1.5;

/**
 * What a word a passage says only of another thing weighs in the ranking (not in the coverage): the
 * question's "current password" in "your current Sign-in Email". Measured: 0.65–0.8 the same, 0.5
 * answers a payments-2 question wrong.
 */
const COMPOUND_SHARE = 0.8;

/**
 * What a passage that sends the reader elsewhere for the details ("See *Choose the HTTP method*
 * below.", 请参阅) weighs in the ranking: the passages there say it. Measured: 0.6 the same.
 */
const POINTER_SHARE = 0.8;

/**
 * What a passage saying only the time before a thing weighs in the ranking when the question asks
 * about the time after it, or the reverse. Measured: 0.7–0.95 the same.
 */
const OTHER_TIME_SHARE = 0.85;

/** What a word said only in brackets weighs in the ranking (not in the coverage), against one said plainly. */
const ASIDE_SHARE = 0.8;

/**
 * What a passage saying four Chinese characters of the question in a row across its words' ends
 * (验证之前: 验证 and 之前) weighs in the ranking: it says the question's phrase, not only its words.
 * Measured: 1.1–1.3 the same, 1.35 one more, 1.4 and more answered a question wrong.
 */
const PHRASE_SHARE = 1.2;

/** The runs of four Chinese characters a question says that no one of its words holds: its phrases across word ends. */
function hanPhrases(text: string, words: readonly Word[]): string[] {
  const keys = words.filter((word) => word.han).map((word) => word.asked);
  const phrases: string[] = [];
  for (const [run] of text.matchAll(/\p{Script=Han}{4,}/gu))
    for (let at = 0; at + 4 <= run.length; at++) {
      const gram = run.slice(at, at + 4);
      if (!keys.some((key) => key.includes(gram))) phrases.push(gram);
    }
  return phrases;
}

/**
 * What a word said only in a clause that tells weighs in the ranking (not in the coverage), when
 * the clauses that ask say `ASKED_PLAINLY` words of the pages at least: what is asked is said, the
 * story around it is context ("Why did my new payout method get rejected? I put in my business
 * partner's bank account"). Measured: 0.5–0.7 the same, 0.3 two questions wrong; with no such
 * condition (the eighteenth pass) five sets lose.
 */
const TOLD_SHARE = 0.6;
const ASKED_PLAINLY = 3;

/** What a word read inside a question's word (payout → pay) weighs, against the word itself. */
const DERIVED_SHARE = 0.5;

/** The most common English words (by rank), which a question uses without meaning much by them. */
const COMMON_TOP = 1000;

/** What such a word no page has weighs, against a rare one (the calibration's `unknownWeight`). */
const COMMON_SHARE = 0.15;

/**
 * Whether a Chinese word no page has is everyday language: one of the most used words (好像,
 * 同事), or function characters around the most used characters or words, which the word list's
 * segmenter cut apart (早|就, 几|百, 而|不|是: the list has them as rare words or not at all).
 */
function everydayHan(general: GeneralIndex, word: string): boolean {
  if (general.commonHan.has(word)) return true;
  const isFunction = (char: string) => general.stopwords.has(char);
  if (![...word].some(isFunction)) return false;
  const runs = [...word]
    .map((char) => (isFunction(char) ? ' ' : char))
    .join('')
    .split(' ')
    .filter(Boolean);
  return runs.every((run) => (run.length === 1 ? general.commonHanChars.has(run) : general.commonHan.has(run)));
}

/**
 * The rank from which a word of the frequency list (2,500 stems) is as rare as one it lacks: the
 * least common fifth (cookie, provider, campaign). Measured: from 1,800, an answerable question
 * is refused ("… tracking properly", proper); from 2,000 to 2,200 none.
 */
export const RARE_FROM_RANK = 2000;

/** The better (lower) rank of a word's forms in the frequency list; undefined when it has neither. */
function commonestRank(ranks: ReadonlyMap<string, number>, ...forms: string[]): number | undefined {
  const found = forms.map((form) => ranks.get(form)).filter((rank) => rank !== undefined);
  return found.length ? Math.min(...found) : undefined;
}

export interface GeneralPick {
  passage: AskChunk;
  coverage: number;
  words: Word[];
  /** How far the best passage's score leads the next one's, as a share of the best's (0: a tie). */
  margin: number;
  /** Every passage that can answer, with its score and share of the question, best first (a tie in the pages' order, as picked): the bench's. */
  ranked: () => { passage: AskChunk; score: number; coverage: number }[];
}

/** The passage that holds most of the question, and how much; null when the question has no content word. */
export function pickPassage(
  general: GeneralIndex,
  text: string,
  language: Locale,
  /** Whether a passage can answer the question's form at all (a number for "how long"). */
  answers: (chunk: AskChunk) => boolean = () => true,
  calibration = GENERAL_CALIBRATION,
  /** The page asked on (either language): its passages win a near tie. */
  page?: string,
): GeneralPick | null {
  const asked = page ? translatePath(page, language) : undefined;
  const passages = general.byLocale.get(language) ?? [...general.byLocale.values()].flat();
  // How many passages hold a word: asked often (a word per question, twice for a shortened one), kept per language.
  const counts = general.counts.get(language) ?? new Map<string, number>();
  general.counts.set(language, counts);
  const count = (word: Matched) => {
    const key = `${word.bridged ? 'b' : word.han ? 'h' : 'l'}${word.key}${word.unit ? ` ${word.unit}` : ''}`;
    let found = counts.get(key);
    if (found === undefined) {
      found = passages.filter((passage) => match(word, passage) > 0 || inContext(word, passage)).length;
      if (counts.size > MAX_COUNTS) counts.clear();
      counts.set(key, found);
    }
    return found;
  };
  const vocabulary = general.stemsByLocale.get(language) ?? new Set();
  // A shortened word no page has reads as the page word it shortens (acct → account).
  // A comparative or a compound of a page word reads as that word (cheaper → cheap, payout → pay).
  const isPageStem = (stem: string) => vocabulary.has(stem);
  const isWord = (stem: string) => general.commonRank.has(stem) || isPageStem(stem);
  const isParticle = (part: string) => general.stopwords.has(part);
  // The words of the form that asks how many or for a number ("min and max", "the maximum number of",
  // 最少, 上限) ask; they are not what is asked (a passage must give a number anyway, see readGeneral).
  const formless = text.replace(general.countAskedAll, ' ').replace(general.numberAskedAll, ' ');
  // A word the glossary puts in a concept with a page word reads as that word (click → select; its first listed first).
  const synonymOf = (word: Matched) =>
    general.glossary.get(word.key)?.find((other) => count({ ...word, key: other }) > 0);
  // Each word keeps the key it was asked by (payout, before it is read as pay): the clauses that ask hold that one.
  const raw = contentWords(general, formless, language)
    .map((asked): (Matched & { share?: number; glossed?: boolean; asked: string; pieces?: string[] }) | undefined => {
      const word = { ...asked, asked: asked.key };
      if (count(word) > 0) return word;
      // A slip of a pinyin keyboard: the page word one character off, of the same sound (令排 → 令牌);
      // else a common word the pages say in other words, found through the English twin (追踪 → track).
      if (word.han) {
        const slip = hanSlipOf(general, word.key, language);
        if (slip) return { ...word, key: slip };
        const synonym = synonymOf(word);
        return synonym ? { ...word, key: synonym, glossed: true } : { ...word, bridged: general.bridge.get(word.key) };
      }
      const expanded = expansionOf(word.key, vocabulary);
      if (expanded) return { ...word, key: expanded };
      // A noun of a page verb, or the verb of a page noun, the stemmer leaves apart (conversion → convert).
      const family = nominalFamily(word.key, isPageStem);
      if (family) return { ...word, key: family };
      // A word read inside another says less than the word itself: it weighs half.
      const base = baseWordOf(word.key, isWord, isPageStem, isParticle);
      if (base) return { ...word, key: base, share: DERIVED_SHARE };
      const synonym = synonymOf(word);
      if (synonym) return { ...word, key: synonym, glossed: true };
      // A slip of the keys: a word English rarely uses, one edit from a page word (withdrawl → withdraw).
      const slip = general.commonRank.has(word.key) ? undefined : slipOf(word.key, vocabulary);
      if (slip) return { ...word, key: slip };
      // A rare word the en pages do not say, which their zh twins say by a word it translates (log: 登录).
      const across = general.englishBridge.get(word.key);
      if (across) return { ...word, bridged: across };
      // A slip of a word that says nothing (wher, shoud) is no word at all.
      return general.commonRank.has(word.key) || !slipsFromStopword(word.key, general.stopwords) ? word : undefined;
    })
    .filter((word) => word !== undefined);
  if (raw.length === 0) return null;
  // What each number of the question counts: the first word after it ("after 2 weeks").
  const units = /\d/.test(text) ? numberUnitsOf(text, general.stopwords) : new Map<string, Set<string>>();
  const words: Word[] = raw.map((word) => {
    const unit = /^\d+$/.test(word.key) ? units.get(word.key)?.values().next().value : undefined;
    const counted = unit === undefined ? word : { ...word, unit };
    const found = count(counted);
    let weight = found > 0 ? Math.log(1 + passages.length / found) * (word.share ?? 1) : 0;
    // A word merged from the segmenter's pieces weighs no more than its pieces together, as English weighs
    // the words of a term ("new email"): 新|邮箱 is rarer than 邮箱, not a rarer thing to ask about.
    if (found > 0 && word.key === word.asked && word.pieces) {
      const held = word.pieces.map((piece) => count({ key: piece, han: true }));
      if (held.every((holding) => holding > 0))
        weight = Math.min(
          weight,
          held.reduce((sum, holding) => sum + Math.log(1 + passages.length / holding), 0),
        );
    }
    return { ...counted, known: found > 0, rare: false, weight, bridged: found > 0 ? word.bridged : undefined };
  });
  // A word no page has: a common one says little ("land", "tiny", 好像); a rare one is likely what the question is about.
  const unknownHan = words.filter((word) => !word.known && word.han);
  const corpus = general.corpus.get(language) ?? '';
  const everyday = new Set(unknownHan.filter((word) => everydayHan(general, word.key)));
  // Rare ones together weigh as √n of them: many mean a chatty question, not many subjects.
  const rareHan = unknownHan.length - everyday.size;
  for (const word of unknownHan) {
    word.familiar = everyday.has(word) || [...word.key].every((char) => corpus.includes(char));
  }
  // A plain Chinese word no page has (not everyday itself, but of the most used characters: 收费,
  // 名称) ending a clause that asks is what the question hinges on, as a rare English word is; a
  // word of rarer characters is more often the asker's own name for a page's thing (佣金, 封顶).
  const plain = (word: Word) => !word.familiar && [...word.key].every((char) => general.commonHanChars.has(char));
  const hinge = unknownHan.some(plain) ? lastAskedHan(general, formless, language) : undefined;
  for (const word of unknownHan) {
    word.rare = plain(word) && !!hinge?.has(word.key);
    word.weight = calibration.unknownWeight * (everyday.has(word) ? COMMON_SHARE : 1 / Math.sqrt(rareHan));
  }
  // A relative clause begins at a pronoun right after a word of substance ("the links I've made"): a
  // word of the pages or of everyday English (not a slip: "shoud i") and no stopword (not "can I",
  // "when I"), and a verb after the pronoun that is no stopword either (not "… I can").
  const relative = (before: string, after: string) => {
    const [word, verb] = [fold(before), fold(after)];
    return !isParticle(word) && isWord(stemmer(word)) && !isParticle(verb) && !isParticle(stemmer(verb));
  };
  const clauses = askedWords(general, text, language, relative);
  const askedInClauses = clauses?.asked;
  // The word right after each English word, and right before it, when nothing stands between them ("micro deposit").
  const next = new Map<string, string>();
  const before = new Map<string, string>();
  for (const latin of text.split(/\p{Script=Han}+/u).map(latinWords))
    latin.forEach((surface, at) => {
      const after = latin[at + 1];
      if (after && !general.stopwords.has(after)) next.set(stemmer(surface), stemmer(after));
      const prior = latin[at - 1];
      if (prior && !general.stopwords.has(prior)) before.set(stemmer(surface), stemmer(prior));
    });
  // A word the asker says twice is what the question is about, in clauses that tell too ("I run a coupon site - if … a different coupon code").
  const stems = stemsOf(text, general.stopwords);
  const saidTwice = (word: Word) => stems.indexOf(word.asked) !== stems.lastIndexOf(word.asked);
  for (const word of words.filter((word) => !word.known && !word.han)) {
    word.head = next.get(word.asked);
    word.modifiedBy = before.get(word.asked);
    // A word read as the word it is made of (exactly as exact) is as common as the more common of the two.
    const rank = commonestRank(general.commonRank, word.key, word.asked);
    // A rare word said only once, in a clause that tells ("made a typo lol"), is no word the question hinges on;
    // one of a relative clause is (it says which thing is asked about: "the fee on withdrawals I send to Payoneer").
    // A number no page says that counts nothing ("my 1099", not "after 2 weeks") names a thing: rare as a word is.
    const named = /^\d+$/.test(word.key) && !units.get(word.key)?.size;
    word.rare =
      (rank === undefined || rank >= RARE_FROM_RANK) &&
      (!/\d/.test(word.key) || named) &&
      (!askedInClauses || askedInClauses.has(word.asked) || clauses!.relative.has(word.asked) || saidTwice(word));
    word.weight = calibration.unknownWeight * (rank === undefined ? 1 : rank < COMMON_TOP ? COMMON_SHARE : 0.4);
    word.familiar = rank !== undefined && rank < COMMON_TOP;
  }
  // A word said only in a clause that tells is context: a passage that lacks it loses only part of its weight.
  for (const word of words) word.telling = askedInClauses !== undefined && !askedInClauses.has(word.asked);
  const gives = formWanted(general, text, words);
  const unwanted = notWanted(general, text, language);
  const counted = countedWords(general, text, words);
  // The word the question says right after each of its English words ("business partner"): a passage saying the word only before
  // another word the question does not say ("2 business days") says it of another thing.
  const heads = followsOf(text, general.stopwords);
  const questionStems = new Set(stems);
  const otherThing = (word: Word, passage: Passage) => {
    if (word.han || word.bridged || word.unit !== undefined) return false;
    const head = heads.get(word.asked);
    if (!head || [...head].every((next) => next === '')) return false;
    const after = passage.follows.get(word.key);
    return !!after && [...after].every((next) => next !== '' && !questionStems.has(next));
  };
  const askedPlainly = words.filter((word) => word.known && !word.telling).length >= ASKED_PLAINLY;
  // Whether the question asks about the time after a thing or before it (one of the two).
  const asksAfter = SAYS_AFTER.test(text);
  const direction = asksAfter !== SAYS_BEFORE.test(text) ? (asksAfter ? 'after' : 'before') : undefined;
  // The forms of asking left out (什么时候): a run across one is no phrase of what is asked.
  const phrases = hanPhrases(formless, words);
  let best: { passage: Passage; score: number; coverage: number } | undefined;
  let second = 0;
  const scored: { passage: AskChunk; score: number; coverage: number }[] = [];
  for (const passage of passages) {
    if (!answers(passage.chunk)) continue;
    let score = 0;
    let held = 0;
    let total = 0;
    // A word read through its gloss counts only in a passage that says another word of the question itself.
    const corroborated = words.some((other) => other.known && !other.bridged && match(other, passage) > 0);
    for (const word of words) {
      const said = word.bridged && !corroborated ? 0 : match(word, passage);
      // The section's title, the page's, or another passage of the section says it: context, half a word.
      const near =
        !said && !word.bridged && passage.section.some((other) => other !== passage && match(word, other) > 0);
      const context = near || inContext(word, passage) ? 0.5 : 0;
      // Said in a section about it too (its heading names it): a near tie goes to it.
      const headed = said > 0 && inContext(word, passage) ? SECTION_BONUS : 0;
      const stress =
        (unwanted.has(word.asked) ? NOT_WANTED_SHARE : counted.has(word.asked) ? COUNTED_SHARE : 1) *
        (word.telling && askedPlainly ? TOLD_SHARE : 1);
      // Said only in brackets, an aside ("a postback (also called an S2S notification)"), or of another thing: it says less.
      const aside = !said ? 1 : saidAside(word, passage) ? ASIDE_SHARE : otherThing(word, passage) ? COMPOUND_SHARE : 1;
      score += word.weight * stress * (Math.max(said * aside, context * 0.6) + headed);
      const share = Math.max(said, context);
      held += word.weight * share;
      total += word.weight * (word.telling ? toldWeight(share) : 1);
    }
    if (phrases.some((phrase) => passage.text.includes(phrase))) score *= PHRASE_SHARE;
    if (passage.pointsElsewhere) score *= POINTER_SHARE;
    // Asked what follows a thing ("验证完成以后"), a passage saying only what comes before it ("完成验证之前") says another time.
    if (direction && passage.time.size === 1 && !passage.time.has(direction)) score *= OTHER_TIME_SHARE;
    if (passage.chunk.page === asked) score *= calibration.askedPageBoost;
    if (gives?.(passage)) score *= calibration.formGivenBoost;
    scored.push({ passage: passage.chunk, score, coverage: held / total });
    if (!best || score > best.score) {
      second = best?.score ?? 0;
      best = { passage, score, coverage: held / total };
    } else if (score > second) second = score;
  }
  const margin = best && best.score > 0 ? 1 - second / best.score : 0;
  // A stable sort: a tie keeps the pages' order, as the pick does.
  const ranked = () => [...scored].sort((a, b) => b.score - a.score);
  return best ? { passage: best.passage.chunk, coverage: best.coverage, words, margin, ranked } : null;
}
