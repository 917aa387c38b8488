/**
 * Extractive answers over the content index: MiniSearch ranks the passages, a coverage check
 * decides whether the content answers the question at all, and the answer is assembled only
 * from the passages' own sentences (the steps in order for "how", the defining sentence for
 * "what/why"). No network, no language model.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Locale } from '../contract/index.ts';
import { ASK_REPLY_MESSAGES } from '../i18n/ask-reply.ts';
import { QUESTION_PUNCTUATION } from '../i18n/typography.ts';
import { ACTION_VERBS, ADVICE, CONSEQUENCE, HOW_TO, PROCEDURE } from '../i18n/vocabulary.ts';
import { SEARCH_OPTIONS, type SearchDocument } from './build-index.ts';
import { GLOSSARY, translateToChinese } from './glossary.ts';
import { detectLanguage, normalize, tokenize, words, type Word } from './text.ts';
import type { AskChunk, AskExcerpt, AskIndexData, AskPage, AskReply, AskSource } from './types.ts';

export interface AskInput {
  question: string;
  /** What the asker is trying to do: ranks passages, never makes an answer on its own. */
  goal?: string;
  /** The HTML path of the page asked on: its passages rank first. */
  page?: string;
  /** Prefix for the links in the reply (e.g. `http://127.0.0.1:4321`); '' gives site-relative links. */
  origin?: string;
}

/** Share of the question's weighted words the best passage must contain to count as an answer. */
const MIN_COVERAGE = 0.6;
/** Share of those words a what/why answer's one defining sentence (with its section name) must hold. */
const MIN_SENTENCE_COVERAGE = 0.5;
const FOLLOW_UPS = 3;
/** Every word counts for something: a common verb the passage lacks still costs coverage. */
const MIN_WORD_WEIGHT = 1;

export interface AskEngine {
  readonly pages: readonly AskPage[];
  ask(input: AskInput): AskReply;
  /** The reply to an empty question (or the literal `<question>`). */
  usage(input: Pick<AskInput, 'page' | 'origin'> & { language: Locale }): AskReply;
  page(path: string): AskPage | undefined;
}

interface Candidate {
  chunk: AskChunk;
  result: SearchResult;
  coverage: number;
}

export function createAskEngine(data: AskIndexData): AskEngine {
  const search = MiniSearch.loadJSON<SearchDocument>(data.search, SEARCH_OPTIONS);
  const chunks = new Map(data.chunks.map((chunk) => [chunk.id, chunk]));
  const pages = new Map(data.pages.map((page) => [page.path, page]));
  const chunkCount = data.chunks.length;
  const sentenceTerms = new Map(
    data.chunks.map((chunk) => [chunk.id, chunk.sentences.map((sentence) => new Set(tokenize(sentence)))]),
  );
  const sentenceTermsOf = (chunk: AskChunk) => sentenceTerms.get(chunk.id)!;
  /** A real section's name (菜单参考 names the menu rows); not the page title standing in for one. */
  const sectionTerms = (chunk: AskChunk) => (chunk.anchor ? tokenize(chunk.section) : []);
  /** Every word of a passage, its section's name included. */
  const chunkTerms = new Map(
    data.chunks.map((chunk) => [
      chunk.id,
      new Set([...sentenceTermsOf(chunk).flatMap((set) => [...set]), ...sectionTerms(chunk)]),
    ]),
  );

  /** How rare a word is across the passages: words the content never uses weigh most. */
  const weight = (term: string) =>
    Math.max(MIN_WORD_WEIGHT, Math.log(1 + chunkCount / (documentFrequency(term) + 0.5)));
  const frequencies = new Map<string, number>();
  function documentFrequency(term: string): number {
    let count = frequencies.get(term);
    if (count === undefined) {
      count = 0;
      for (const terms of sentenceTerms.values()) if (terms.some((set) => set.has(term))) count += 1;
      frequencies.set(term, count);
    }
    return count;
  }

  const link = (origin: string, page: string, anchor = '') =>
    `${origin}${page}.md${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;

  function excerpt(chunk: AskChunk, origin: string): AskExcerpt {
    const page = pages.get(chunk.page)!;
    const section =
      chunk.step === undefined
        ? chunk.section
        : `${chunk.section} › ${ASK_REPLY_MESSAGES[page.locale].step(chunk.step)}`;
    return { text: chunk.markdown, page: page.title, section, url: link(origin, chunk.page, chunk.anchor) };
  }

  function sources(used: AskChunk[], origin: string): AskSource[] {
    const seen = new Map<string, AskSource>();
    for (const chunk of used) {
      const title = pages.get(chunk.page)!.title;
      const url = link(origin, chunk.page, chunk.anchor);
      if (!seen.has(url))
        seen.set(url, { title: chunk.section === title ? title : `${title} › ${chunk.section}`, url });
    }
    return [...seen.values()];
  }

  function suggestions(language: Locale, pagePath: string | undefined, exclude: string): string[] {
    const ordered = [...data.pages].sort((a, b) => Number(b.path === pagePath) - Number(a.path === pagePath));
    const asked = normalize(exclude).replace(QUESTION_PUNCTUATION, '');
    return ordered
      .flatMap((page) => page.questions[language] ?? page.questions.zh ?? [])
      .filter((question) => normalize(question).replace(QUESTION_PUNCTUATION, '') !== asked);
  }

  /** Follow-ups: suggested questions that share the most words with what was just answered. */
  function followUps(language: Locale, pagePath: string | undefined, question: string, used: AskChunk[]): string[] {
    const answeredTerms = new Set(used.flatMap((chunk) => tokenize(`${chunk.section} ${chunk.sentences.join(' ')}`)));
    const candidates = suggestions(language, pagePath, question);
    const overlap = (candidate: string) => {
      const terms = tokenize(language === 'en' ? translateToChinese(candidate) : candidate);
      return terms.filter((term) => answeredTerms.has(term)).length / Math.max(terms.length, 1);
    };
    // Related, but not the same question again: prefer partial overlap, keep the page's order on ties.
    return candidates
      .map((candidate, index) => ({ candidate, index, score: overlap(candidate) }))
      .sort((a, b) => Math.abs(a.score - 0.5) - Math.abs(b.score - 0.5) || a.index - b.index)
      .slice(0, FOLLOW_UPS)
      .map(({ candidate }) => candidate);
  }

  function refusal(question: string, language: Locale, pagePath: string | undefined): AskReply {
    return {
      question,
      answer: ASK_REPLY_MESSAGES[language].refusal,
      excerpts: [],
      sources: [],
      followUps: suggestions(language, pagePath, question).slice(0, 4),
      answered: false,
      language,
      terms: [],
    };
  }

  /** The best sentence of a passage for these words (the first one on a tie). */
  function bestSentence(chunk: AskChunk, terms: string[]): number {
    const sets = sentenceTerms.get(chunk.id)!;
    let best = 0;
    let bestScore = -1;
    sets.forEach((set, index) => {
      const score = terms.reduce((sum, term) => sum + (set.has(term) ? weight(term) : 0), 0);
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    });
    return best;
  }

  /** The numbered steps of a procedure, 1 … n, on a page. */
  function stepsUpTo(page: string, section: string, last: number): AskChunk[] {
    return data.chunks.filter(
      (chunk) => chunk.page === page && chunk.kind === 'step' && chunk.section === section && chunk.step! <= last,
    );
  }

  /** The step that leads to a passage: its own step, or the step that names its section (菜单参考). */
  function leadingStep(chunk: AskChunk): AskChunk | undefined {
    if (chunk.kind === 'step' || chunk.kind === 'substep') {
      return data.chunks.find(
        (other) =>
          other.page === chunk.page &&
          other.kind === 'step' &&
          other.section === chunk.section &&
          other.step === chunk.step,
      );
    }
    return data.chunks.find(
      (other) =>
        other.page === chunk.page &&
        other.kind === 'step' &&
        other.sentences.some((sentence) => sentence.includes(chunk.section)),
    );
  }

  interface Line {
    chunk: AskChunk;
    sentences: string[];
  }

  /** The steps a how-to answer walks before this passage (none when no step leads to it). */
  function pathTo(chunk: AskChunk): AskChunk[] {
    const lead = leadingStep(chunk);
    return lead ? stepsUpTo(lead.page, lead.section, lead.step!) : [];
  }

  /** How-to: every step up to the one that answers, in order, then what the passage says happens. */
  function howToLines(target: AskChunk, terms: string[]): Line[] | null {
    const lead = leadingStep(target);
    if (!lead) return null;
    const path = stepsUpTo(lead.page, lead.section, lead.step!);
    const lines: Line[] = path.map((step) => ({
      chunk: step,
      // The answering step in full (it says what happens next); the ones before, their first sentence.
      sentences: step === lead ? step.sentences : step.sentences.slice(0, 1),
    }));
    if (target !== lead)
      lines.push({
        chunk: target,
        sentences: target.sentences.slice(target.kind === 'row' ? 0 : bestSentence(target, terms)),
      });
    return lines;
  }

  /**
   * What/why: the defining sentence, and what follows it when the question asks about
   * consequences. Null when no single sentence says enough about the question (a passage that
   * merely shares words with it across sentences is no answer).
   */
  function whatLines(
    chosen: Candidate,
    runnerUp: Candidate | undefined,
    terms: string[],
    consequences: boolean,
    coverage: (covered: ReadonlySet<string>) => number,
  ): Line[] | null {
    const index = bestSentence(chosen.chunk, terms);
    const defining = new Set([...sentenceTermsOf(chosen.chunk)[index]!, ...sectionTerms(chosen.chunk)]);
    if (coverage(defining) < MIN_SENTENCE_COVERAGE) return null;
    // A practice ("**Rotate tokens regularly.** …") is its title and its reasons: quote it whole.
    const from = chosen.chunk.kind === 'item' ? 0 : index;
    const whole = consequences || chosen.chunk.kind === 'item';
    const lines: Line[] = [
      { chunk: chosen.chunk, sentences: whole ? chosen.chunk.sentences.slice(from) : [chosen.chunk.sentences[index]!] },
    ];
    // A second passage only when it is nearly as good and brings words the first lacks.
    if (runnerUp && runnerUp.result.score >= 0.8 * chosen.result.score) {
      const missing = runnerUp.result.queryTerms.filter((term) => !chosen.result.queryTerms.includes(term));
      if (missing.length > 0)
        lines.push({
          chunk: runnerUp.chunk,
          sentences: [runnerUp.chunk.sentences[bestSentence(runnerUp.chunk, terms)]!],
        });
    }
    return lines;
  }

  /**
   * When the passage an answer rests on sends the reader to another section of its page
   * (请参阅 菜单参考), the answer quotes that sentence and brings the section's passages along.
   */
  function addReferencedSections(lines: Line[], focus: Line): void {
    const page = focus.chunk.page;
    const sections = new Set(
      data.chunks
        .filter((chunk) => chunk.page === page && chunk.anchor && chunk.section !== focus.chunk.section)
        .map((chunk) => chunk.section),
    );
    for (const section of sections) {
      if (lines.some((line) => line.chunk.section === section)) continue;
      const reference = focus.chunk.sentences.find((sentence) => sentence.includes(section));
      if (!reference) continue;
      if (!focus.sentences.includes(reference)) focus.sentences.push(reference);
      for (const chunk of data.chunks)
        if (chunk.page === page && chunk.section === section)
          lines.push({ chunk, sentences: chunk.sentences.slice(0, 1) });
    }
  }

  /** The app's English labels for the Chinese labels a sentence names, in order (longest term wins: API 令牌 is no label). */
  function englishLabels(sentence: string): string[] {
    const labels: string[] = [];
    for (let index = 0; index < sentence.length;) {
      const entry = GLOSSARY_BY_LENGTH.find((candidate) => sentence.startsWith(candidate.zh, index));
      if (!entry) {
        index += 1;
        continue;
      }
      if (entry.label && !labels.includes(entry.en)) labels.push(entry.en);
      index += entry.zh.length;
    }
    return labels;
  }

  function renderAnswer(lines: Line[], language: Locale, numbered: boolean): string {
    const page = pages.get(lines[0]!.chunk.page)!;
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
    return language !== page.locale
      ? `${ASK_REPLY_MESSAGES[language].fromOtherLanguage(page.title, withLabels)}\n\n${body}`
      : body;
  }

  function ask({ question, goal = '', page, origin = '' }: AskInput): AskReply {
    const language = detectLanguage(question, page ? pages.get(page)?.locale : undefined);
    const english = (text: string) => detectLanguage(text) === 'en';
    const asked = uniqueWords(words(language === 'en' ? translateToChinese(question) : question));
    if (asked.length === 0) return refusal(question, language, page);
    const terms = [...new Set(asked.flatMap((word) => [word.term, ...word.parts]))];
    const goalTerms = [...new Set(tokenize(english(goal) ? translateToChinese(goal) : goal))].filter(
      (term) => !terms.includes(term),
    );
    const latin = (term: string) => /^[a-z0-9]/.test(term);
    const results = search.search([...terms, ...goalTerms].join(' '), {
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
      combineWith: 'OR',
      boost: { section: 1.5, title: 0.5 },
      fuzzy: (term) => (latin(term) && term.length > 4 ? 0.2 : false),
      prefix: (term) => latin(term) && term.length > 3,
      boostTerm: (term) => (goalTerms.includes(term) ? 0.3 : 1),
      boostDocument: (id) => (page && chunks.get(id as string)?.page === page ? 1.5 : 1),
    });

    // Coverage counts each word of the question once: a glossary term is covered by itself or
    // by all of its parts (the parts only help the search find passages).
    const total = asked.reduce((sum, word) => sum + weight(word.term), 0);
    const coverage = (covered: ReadonlySet<string>) =>
      asked.reduce(
        (sum, word) =>
          sum +
          (covered.has(word.term) || (word.parts.length > 0 && word.parts.every((part) => covered.has(part)))
            ? weight(word.term)
            : 0),
        0,
      ) / total;
    const verbs = asked.map((word) => word.term).filter((term) => ACTION_VERBS.has(term));
    const howTo = HOW_TO.test(question);
    const procedure = PROCEDURE.test(question) && !ADVICE.test(question);
    const topScore = results[0]?.score ?? 0;
    // Near the top by score, the passage that covers most of the question wins: a rare word
    // (存放, 泄露) outweighs a page boost. A how-to answer is judged with the steps leading to it.
    const candidates: Candidate[] = results
      .slice(0, 8)
      .filter((result) => result.score >= 0.4 * topScore)
      .map((result) => {
        const chunk = chunks.get(result.id as string)!;
        const covered = new Set([...chunkTerms.get(chunk.id)!, ...result.queryTerms]);
        if (howTo) for (const step of pathTo(chunk)) for (const term of chunkTerms.get(step.id)!) covered.add(term);
        return { chunk, result, coverage: coverage(covered) };
      })
      .sort((a, b) => b.coverage - a.coverage || b.result.score - a.result.score);

    for (const [rank, chosen] of candidates.entries()) {
      if (chosen.coverage < MIN_COVERAGE) break;
      // "How do I …" wants a path of steps; a passage no step leads to cannot answer it.
      const lines = procedure
        ? howToLines(chosen.chunk, terms)
        : ((howTo ? howToLines(chosen.chunk, terms) : null) ??
          whatLines(chosen, candidates[rank + 1], terms, CONSEQUENCE.test(question), coverage));
      if (!lines) continue;
      // The passage the answer turns on: the one that answers (a menu item, a sub-point, the last step), or the defining passage.
      const focus = howTo ? lines.at(-1)! : lines[0]!;
      if (!verbs.every((verb) => chunkTerms.get(focus.chunk.id)!.has(verb))) continue;
      addReferencedSections(
        lines,
        howTo ? ([...lines].reverse().find((line) => line.chunk.kind === 'step') ?? focus) : focus,
      );
      const used = [...new Set(lines.map((line) => line.chunk))];
      const matched = terms.filter((term) => used.some((chunk) => chunkTerms.get(chunk.id)!.has(term)));
      return {
        question,
        answer: renderAnswer(lines, language, howTo && lines.length > 1),
        excerpts: used.map((chunk) => excerpt(chunk, origin)),
        sources: sources(used, origin),
        followUps: followUps(language, page, question, used),
        answered: true,
        language,
        terms: highlightTerms(matched, used),
      };
    }
    return refusal(question, language, page);
  }

  function usage({ page, origin = '', language }: Pick<AskInput, 'page' | 'origin'> & { language: Locale }): AskReply {
    const path = page && pages.has(page) ? page : data.pages[0]!.path;
    return {
      question: '',
      answer: ASK_REPLY_MESSAGES[language].usage(`${origin}${path}`),
      excerpts: [],
      sources: [],
      followUps: suggestions(language, page, '').slice(0, 4),
      answered: false,
      language,
      terms: [],
    };
  }

  return { pages: data.pages, ask, usage, page: (path) => pages.get(path) };
}

/** Each word once (a question may repeat one). */
function uniqueWords(list: Word[]): Word[] {
  const seen = new Set<string>();
  return list.filter((word) => !seen.has(word.term) && (seen.add(word.term), true));
}

/** The words to mark in the excerpts: the matched terms as the passages spell them. */
function highlightTerms(terms: string[], used: AskChunk[]): string[] {
  const text = normalize(used.map((chunk) => chunk.markdown).join(' '));
  return terms.filter((term) => text.includes(term) || /^[a-z]/.test(term)).sort((a, b) => b.length - a.length);
}

const GLOSSARY_BY_LENGTH = [...GLOSSARY]
  .filter((entry) => entry.label || /\p{Script=Han}/u.test(entry.zh))
  .sort((a, b) => b.zh.length - a.zh.length);
