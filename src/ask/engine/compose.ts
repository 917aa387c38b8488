/**
 * Compose: the reply a client gets, from the chosen lines (the answer as markdown, the passages
 * quoted as excerpts, their sections as sources, follow-up questions, the words to mark), and
 * the replies that answer nothing (a refusal, the usage note).
 */
import type { Locale } from '../../contract/index.ts';
import { ASK_REPLY_MESSAGES } from '../../i18n/ask-reply.ts';
import { QUESTION_PUNCTUATION } from '../../i18n/typography.ts';
import { GLOSSARY, translateToChinese } from '../glossary.ts';
import { normalize, tokenize } from '../text.ts';
import type { AskChunk, AskExcerpt, AskReply, AskSource } from '../types.ts';
import type { Line } from './choose.ts';
import { chunkTermsOf, type EngineIndex } from './engine-index.ts';
import type { Question } from './question.ts';

/** Where the reply is read: the asked-on page (its suggestions come first) and the links' prefix. */
export interface ReplyPlace {
  page: string | undefined;
  /** '' gives site-relative links. */
  origin: string;
}

const FOLLOW_UPS = 3;
/** Suggestions offered with a reply that answers nothing. */
const SUGGESTIONS = 4;

export function answerReply(
  index: EngineIndex,
  question: Question,
  lines: Line[],
  { page, origin }: ReplyPlace,
): AskReply {
  const used = [...new Set(lines.map((line) => line.chunk))];
  const matched = question.terms.filter((term) => used.some((chunk) => chunkTermsOf(index, chunk).has(term)));
  return {
    question: question.text,
    // A how-to answer numbers its steps; a lone line needs no number.
    answer: renderAnswer(index, lines, question.language, question.howTo && lines.length > 1),
    excerpts: used.map((chunk) => excerpt(index, chunk, origin)),
    sources: sources(index, used, origin),
    followUps: followUps(index, question, page, used),
    answered: true,
    language: question.language,
    terms: highlightTerms(matched, used),
  };
}

export function refusal(index: EngineIndex, question: string, language: Locale, page: string | undefined): AskReply {
  return unanswered(index, question, ASK_REPLY_MESSAGES[language].refusal, language, page);
}

/** The reply to an empty question: how to ask, shown on the asked-on page (or the first page). */
export function usage(index: EngineIndex, language: Locale, { page, origin }: ReplyPlace): AskReply {
  const path = page && index.pages.has(page) ? page : index.pageList[0]!.path;
  return unanswered(index, '', ASK_REPLY_MESSAGES[language].usage(`${origin}${path}`), language, page);
}

function unanswered(
  index: EngineIndex,
  question: string,
  answer: string,
  language: Locale,
  page: string | undefined,
): AskReply {
  return {
    question,
    answer,
    excerpts: [],
    sources: [],
    followUps: suggestions(index, language, page, question).slice(0, SUGGESTIONS),
    answered: false,
    language,
    terms: [],
  };
}

function renderAnswer(index: EngineIndex, lines: Line[], language: Locale, numbered: boolean): string {
  const page = index.pages.get(lines[0]!.chunk.page)!;
  let withLabels = false;
  const render = (line: Line) => {
    const text = line.sentences.join(' ');
    const labels = language === 'en' ? englishLabels(text) : [];
    if (labels.length) withLabels = true;
    return labels.length ? `**${labels.join(' · ')}** — ${text}` : text;
  };
  // The steps as a numbered list; what the answering passage adds (a sub-point, a menu item) after it.
  const steps = numbered ? lines.filter((line) => line.chunk.kind === 'step') : [];
  const rest = lines.filter((line) => !steps.includes(line));
  const blocks = [steps.map((line) => `${line.chunk.step}. ${render(line)}`).join('\n'), ...rest.map(render)].filter(
    Boolean,
  );
  const body = blocks.join('\n\n');
  // Answered from a page in another language: say so first (the quotes stay in the page's language).
  return language !== page.locale
    ? `${ASK_REPLY_MESSAGES[language].fromOtherLanguage(page.title, withLabels)}\n\n${body}`
    : body;
}

const GLOSSARY_BY_LENGTH = [...GLOSSARY]
  .filter((entry) => entry.label || /\p{Script=Han}/u.test(entry.zh))
  .sort((a, b) => b.zh.length - a.zh.length);

/** The app's English labels for the Chinese labels a sentence names, in order (longest term wins: API 令牌 is no label). */
function englishLabels(sentence: string): string[] {
  const labels: string[] = [];
  for (let position = 0; position < sentence.length;) {
    const entry = GLOSSARY_BY_LENGTH.find((candidate) => sentence.startsWith(candidate.zh, position));
    if (!entry) {
      position += 1;
      continue;
    }
    if (entry.label && !labels.includes(entry.en)) labels.push(entry.en);
    position += entry.zh.length;
  }
  return labels;
}

const link = (origin: string, page: string, anchor = '') =>
  `${origin}${page}.md${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;

function excerpt(index: EngineIndex, chunk: AskChunk, origin: string): AskExcerpt {
  const page = index.pages.get(chunk.page)!;
  const section =
    chunk.step === undefined ? chunk.section : `${chunk.section} › ${ASK_REPLY_MESSAGES[page.locale].step(chunk.step)}`;
  return { text: chunk.markdown, page: page.title, section, url: link(origin, chunk.page, chunk.anchor) };
}

/** Each section once, in the order the answer uses it. */
function sources(index: EngineIndex, used: AskChunk[], origin: string): AskSource[] {
  const seen = new Map<string, AskSource>();
  for (const chunk of used) {
    const title = index.pages.get(chunk.page)!.title;
    const url = link(origin, chunk.page, chunk.anchor);
    if (!seen.has(url)) seen.set(url, { title: chunk.section === title ? title : `${title} › ${chunk.section}`, url });
  }
  return [...seen.values()];
}

/** The pages' own questions in the reader's language, the asked-on page's first, less the one just asked. */
function suggestions(index: EngineIndex, language: Locale, pagePath: string | undefined, exclude: string): string[] {
  const ordered = [...index.pageList].sort((a, b) => Number(b.path === pagePath) - Number(a.path === pagePath));
  const asked = normalize(exclude).replace(QUESTION_PUNCTUATION, '');
  return ordered
    .flatMap((page) => page.questions[language] ?? page.questions.zh ?? [])
    .filter((question) => normalize(question).replace(QUESTION_PUNCTUATION, '') !== asked);
}

/** Follow-ups: suggested questions that share the most words with what was just answered. */
function followUps(index: EngineIndex, question: Question, pagePath: string | undefined, used: AskChunk[]): string[] {
  const { language } = question;
  const answeredTerms = new Set(used.flatMap((chunk) => tokenize(`${chunk.section} ${chunk.sentences.join(' ')}`)));
  const candidates = suggestions(index, language, pagePath, question.text);
  const overlap = (candidate: string) => {
    const terms = tokenize(language === 'en' ? translateToChinese(candidate) : candidate);
    return terms.filter((term) => answeredTerms.has(term)).length / Math.max(terms.length, 1);
  };
  // Related, but not the same question again: prefer partial overlap, keep the page's order on ties.
  return candidates
    .map((candidate, position) => ({ candidate, position, score: overlap(candidate) }))
    .sort((a, b) => Math.abs(a.score - 0.5) - Math.abs(b.score - 0.5) || a.position - b.position)
    .slice(0, FOLLOW_UPS)
    .map(({ candidate }) => candidate);
}

/** The words to mark in the excerpts: the matched terms as the passages spell them. */
function highlightTerms(terms: string[], used: AskChunk[]): string[] {
  const text = normalize(used.map((chunk) => chunk.markdown).join(' '));
  return terms.filter((term) => text.includes(term) || /^[a-z]/.test(term)).sort((a, b) => b.length - a.length);
}
