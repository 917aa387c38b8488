/**
 * Compose: the reply a client gets, from the chosen answer (the answer as markdown, the passages
 * quoted as excerpts, their sections as sources, follow-up questions, the words to mark), and
 * the replies that answer nothing (a refusal, the usage note).
 */
import type { Locale } from '../../contract/index.ts';
import { ASK_REPLY_MESSAGES } from '../../i18n/ask-reply.ts';
import { joinText, QUESTION_PUNCTUATION } from '../../i18n/typography.ts';
import { PATH_ARROW } from '../language/vocabulary.ts';
import { keysOf, normalize } from '../text.ts';
import type { AskChunk, AskExcerpt, AskReply, AskSource } from '../types.ts';
import type { Answer, Line } from './choose.ts';
import { chunkKeysOf, keysOfText, type EngineIndex } from './engine-index.ts';
import { wordCovered } from './coverage.ts';
import type { Question } from './question.ts';
import { MAX_REFERENT, referentOf } from './referent.ts';
import { labelsOf } from './steps.ts';
import { verdictOf } from '../language/verdict.ts';

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
  answer: Answer,
  { page, origin }: ReplyPlace,
): AskReply {
  for (const line of answer.lines) line.sentences = withWhatItPointsTo(index, line);
  // What the point says points to (the steps, of a steps answer); not what a passage added after it says.
  const referent = referentOf(
    index,
    answer.shape === 'steps' ? answer.lines : answer.lines.slice(0, 1),
    answer.lines,
  ).slice(0, MAX_REFERENT);
  const used = [...new Set([...answer.lines.map((line) => line.chunk), ...answer.path, ...referent])];
  return {
    question: question.text,
    answer: renderAnswer(index, answer, question, origin, referent),
    excerpts: used.map((chunk) => excerpt(index, chunk, origin)),
    sources: sources(index, used, origin),
    followUps: followUps(index, question, page, used),
    answered: true,
    language: question.language,
    terms: highlightTerms(index, question, used),
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

/**
 * A quoted sentence that points back ("Once you select this button, it will disappear") comes
 * with the sentence before it in its passage, so the reader knows what it points to.
 */
function withWhatItPointsTo(index: EngineIndex, { chunk, sentences }: Line): string[] {
  const first = sentences[0];
  const at = first === undefined ? -1 : chunk.sentences.indexOf(first);
  if (at <= 0 || !index.pointsBack.test(first!)) return sentences;
  // Before it, even when the answer quotes it later (the point first, then what it points to, reads backwards).
  const before = chunk.sentences[at - 1]!;
  return [before, ...sentences.filter((sentence) => sentence !== before)];
}

function renderAnswer(
  index: EngineIndex,
  answer: Answer,
  { language, text: asked }: Question,
  origin: string,
  referent: readonly AskChunk[],
): string {
  const page = index.pages.get(answer.lines[0]!.chunk.page)!;
  const text = (line: Line) => joinText(line.sentences.map((sentence) => withLinks(line.chunk, sentence, origin)));
  const blocks: string[] = [];
  if (answer.shape === 'steps') {
    // The steps as a numbered list (a lone step needs no number); what the answering passage adds after it.
    const steps = answer.lines.filter((line) => line.chunk.kind === 'step');
    blocks.push(
      steps.length > 1 ? steps.map((line) => `${line.chunk.step}. ${text(line)}`).join('\n') : steps.map(text).join(''),
    );
    blocks.push(...answer.lines.filter((line) => !steps.includes(line)).map(text));
  } else {
    // A place answer's path follows its first line; another page's word on it comes after.
    blocks.push(...answer.lines.slice(0, answer.shape === 'place' ? 1 : undefined).map(text));
    // Where: the path to the place once, as the app's labels along it.
    const target = answer.lines[0]!.chunk;
    // A step adds the labels its quoted sentence names (技术 → API); a sub-point or menu item, the place it is (API 凭证).
    const quoted = answer.lines[0]!.sentences.join(' ');
    const own = labelsOf(index, target);
    const named = target.kind === 'step' ? own.filter((label) => quoted.includes(label)) : [];
    const labels = [
      ...answer.path.flatMap((chunk) => placesOf(index, chunk)),
      ...(named.length ? named : own.slice(0, 1)),
    ];
    if (answer.shape === 'place' && labels.length > 1)
      blocks.push(ASK_REPLY_MESSAGES[page.locale].path(labels.join(` ${PATH_ARROW} `)));
    if (answer.shape === 'place') blocks.push(...answer.lines.slice(1).map(text));
  }
  // Yes or no first, where the quoted point says it.
  const verdict = answer.lines[0]!.sentences.slice(0, 2)
    .map((sentence) => verdictOf(asked, sentence))
    .find(Boolean);
  if (verdict) blocks.unshift(ASK_REPLY_MESSAGES[language].verdict(verdict.yes, verdict.verb));
  // What the answer points back to, after it (the point first), each passage its own paragraph.
  blocks.push(referent.map((chunk) => text({ chunk, sentences: chunk.sentences })).join('\n\n'));
  const body = blocks.filter(Boolean).join('\n\n');
  // Answered from a page in another language (the site has none in the reader's): say so first.
  return language !== page.locale ? `${ASK_REPLY_MESSAGES[language].fromOtherLanguage(page.title)}\n\n${body}` : body;
}

const MARKDOWN_LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** A quoted sentence with the links its passage gives (集成门户 → https://integrations.impact.com/), as markdown. */
function withLinks(chunk: AskChunk, sentence: string, origin: string): string {
  let linked = sentence;
  for (const [, text, url] of chunk.markdown.matchAll(MARKDOWN_LINK)) {
    const at = linked.indexOf(text!);
    if (at < 0) continue;
    const target = url!.startsWith('/') ? `${origin}${url}` : url!;
    linked = `${linked.slice(0, at)}[${text}](${target})${linked.slice(at + text!.length)}`;
  }
  return linked;
}

/** What a step of a path names: its labels, or when it has none the thing it has you select (the token card). */
function placesOf(index: EngineIndex, step: AskChunk): string[] {
  const labels = labelsOf(index, step);
  if (labels.length) return labels;
  const sentence = step.sentences[0]!;
  const thing = (index.sentenceTerms.get(step.id)![0] ?? []).find(
    (term) => term.concept?.kind === 'thing' && term.concept.implies.length > 0,
  );
  // As the page spells it (the terms are lower-cased).
  const at = thing ? sentence.toLowerCase().indexOf(thing.surface) : -1;
  return at < 0 ? [] : [sentence.slice(at, at + thing!.surface.length)];
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
  const asked = normalize(exclude, index.dictionary.foldings).replace(QUESTION_PUNCTUATION, '');
  const seen = new Set([asked]);
  // Pages may offer the same question (the guide and the page it links to): each is offered once.
  return ordered
    .flatMap((page) => page.questions[language] ?? page.questions.zh ?? [])
    .filter((question) => {
      const key = normalize(question, index.dictionary.foldings).replace(QUESTION_PUNCTUATION, '');
      return !seen.has(key) && Boolean(seen.add(key));
    });
}

/** Follow-ups: suggested questions that share the most words with what was just answered. */
function followUps(index: EngineIndex, question: Question, pagePath: string | undefined, used: AskChunk[]): string[] {
  const { language } = question;
  const answered = new Set(used.flatMap((chunk) => [...chunkKeysOf(index, chunk)]));
  const candidates = suggestions(index, language, pagePath, question.text);
  const overlap = (candidate: string) => {
    const keys = [...keysOfText(index, candidate)];
    return keys.filter((key) => answered.has(key)).length / Math.max(keys.length, 1);
  };
  // Related, but not the same question again: prefer partial overlap, keep the page's order on ties.
  return candidates
    .map((candidate, position) => ({ candidate, position, score: overlap(candidate) }))
    .sort((a, b) => Math.abs(a.score - 0.5) - Math.abs(b.score - 0.5) || a.position - b.position)
    .slice(0, FOLLOW_UPS)
    .map(({ candidate }) => candidate);
}

/** The words to mark in the excerpts: the passages' own words for the question's concepts, longest first. */
function highlightTerms(index: EngineIndex, question: Question, used: AskChunk[]): string[] {
  const marked = new Set<string>();
  for (const chunk of used)
    for (const list of index.sentenceTerms.get(chunk.id)!)
      for (const term of list)
        if (question.words.some((word) => wordCovered(word, keysOf([term])))) marked.add(term.surface);
  return [...marked].sort((a, b) => b.length - a.length);
}
