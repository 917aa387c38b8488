/**
 * What a quoted sentence points back to ("… a new password that meets the requirements above",
 * 满足上述要求的新密码): quoted after the answer, so the reader learns what it says. The pointing
 * words are the text's grammar (../language/asking.ts POINTS_TO_EARLIER); what they point to is
 * the nearest earlier passage, or table or list, whose heading, columns or announcing sentence
 * name the thing the pointer names, or, when it names none, the passage just before. A pointer
 * whose thing its own passage already says before it points within it ("the new Auth Token value
 * … the previous Auth Token value"), and one whose thing nothing earlier names points nowhere the
 * answer can show: nothing is added.
 */
import type { AskChunk } from '../types.ts';
import { ABOVE_PREPOSITION, ANNOUNCES_LIST, NAMED_BEFORE_ABOVE, POINTS_TO_EARLIER } from '../language/asking.ts';
import type { EngineIndex } from './engine-index.ts';
import type { Line } from './choose.ts';
import { fold, HAN, stemsOf } from './general-words.ts';

/**
 * The most passages quoted for what a sentence points to. "Meets the requirements above" cut after
 * four of six rows would tell a reader the rest do not apply: a table of that size is quoted whole.
 */
export const MAX_REFERENT = 6;

/** A pointer in a quoted sentence: what comes before it, the thing it names ('' for none), how far back it may reach. */
interface Pointer {
  lead: string;
  noun: string;
  scope: 'page' | 'section';
  /** Naming nothing, it points to the passage just before ("as described above"); a determiner or "the previous" points to nothing then. */
  bare: boolean;
}

/** What these quoted sentences point back to that the answer (`all` its lines) does not quote: passages of the page, in order (the caller keeps MAX_REFERENT). */
export function referentOf(index: EngineIndex, lines: readonly Line[], all: readonly Line[] = lines): AskChunk[] {
  const quoted = new Set(all.map((line) => line.chunk));
  for (const { chunk, sentences } of lines)
    for (const sentence of sentences) {
      const before = chunk.sentences.slice(0, Math.max(chunk.sentences.indexOf(sentence), 0)).join(' ');
      for (const pointer of pointersIn(sentence)) {
        const names = namer(index, pointer.noun);
        // Its own passage names the thing before it: it points within what is quoted. A determiner's
        // thing its section's heading names is what the section is about (该品牌 under 品牌终止合约后…).
        const context = `${pointer.scope === 'section' && chunk.anchor ? chunk.section : ''} ${before} ${pointer.lead}`;
        if (names && names(context)) continue;
        const found = pointedTo(index, chunk, pointer, names).filter((passage) => !quoted.has(passage));
        if (found.length) return found;
      }
    }
  return [];
}

/** The pointers of a sentence, first first. */
function pointersIn(sentence: string): Pointer[] {
  const pointers: (Pointer & { at: number })[] = [];
  const add = (text: string, at: number, noun: string, scope: Pointer['scope'], bare: boolean) =>
    pointers.push({ at, lead: text.slice(0, at), noun, scope, bare });
  if (HAN.test(sentence)) {
    const { page, section, bare } = POINTS_TO_EARLIER.zh;
    for (const match of sentence.matchAll(page)) add(sentence, match.index, match[1]!, 'page', true);
    for (const match of sentence.matchAll(bare)) add(sentence, match.index, '', 'page', true);
    for (const match of sentence.matchAll(section)) add(sentence, match.index, match[1]!, 'section', false);
  }
  const text = fold(sentence);
  const { above, page, section } = POINTS_TO_EARLIER.en;
  for (const match of text.matchAll(above)) {
    if (ABOVE_PREPOSITION.test(text.slice(match.index + match[0].length))) continue;
    const named = NAMED_BEFORE_ABOVE.exec(text.slice(0, match.index));
    add(text, named?.index ?? match.index, named?.[0] ?? '', 'page', true);
  }
  for (const match of text.matchAll(page)) add(text, match.index, match[1]!, 'page', false);
  for (const match of text.matchAll(section)) add(text, match.index, match[1]!, 'section', false);
  return pointers.sort((a, b) => a.at - b.at);
}

/**
 * Whether a text names the pointer's thing: an English stem of it, or the first two to four
 * characters of the Chinese run after the pointer (要求的新密码 names 要求); null when it names
 * nothing (a function word: "that is", 该怎么).
 */
function namer(index: EngineIndex, noun: string): ((text: string) => boolean) | null {
  if (HAN.test(noun)) {
    if (noun.length < 2) return null;
    const heads = [4, 3, 2].filter((length) => length <= noun.length).map((length) => noun.slice(0, length));
    return (text) => heads.some((head) => text.includes(head));
  }
  const stems = new Set(stemsOf(noun, index.askingWords));
  if (stems.size === 0) return null;
  return (text) => stemsOf(text, index.askingWords).some((stem) => stems.has(stem));
}

/** The passages a pointer points to on its passage's page, nearest first; [] when there are none. */
function pointedTo(
  index: EngineIndex,
  chunk: AskChunk,
  pointer: Pointer,
  names: ((text: string) => boolean) | null,
): AskChunk[] {
  // A determiner naming nothing is the sentence-level pointer's (POINTS_BACK, "These are …"), not this.
  if (!names && !pointer.bare) return [];
  const page = index.chunkList.filter((passage) => passage.page === chunk.page);
  let end = page.indexOf(chunk) - 1;
  while (end >= 0) {
    if (pointer.scope === 'section' && page[end]!.section !== chunk.section) return [];
    const start = groupStart(page, end);
    const group = page.slice(start, end + 1);
    if (!names || names(labelOf(page, start))) return group;
    end = start - 1;
  }
  return [];
}

/** Where the table or list a passage is part of starts (a passage of neither is its own group). */
function groupStart(page: readonly AskChunk[], end: number): number {
  const last = page[end]!;
  if (last.kind !== 'row' && last.kind !== 'item') return end;
  let start = end;
  while (start > 0) {
    const previous = page[start - 1]!;
    if (previous.kind !== last.kind || previous.section !== last.section) break;
    if (last.kind === 'row' && previous.columns?.join() !== last.columns?.join()) break;
    start -= 1;
  }
  return start;
}

/**
 * What names a group of passages: a table's columns, the sentence that announces it ("The
 * requirements:"), and its section's heading when it opens the section.
 */
function labelOf(page: readonly AskChunk[], start: number): string {
  const first = page[start]!;
  const previous = page[start - 1];
  const label = [...(first.columns ?? [])];
  const opens = previous?.section !== first.section;
  // The page title stands in for the heading of the text before any heading: not a heading.
  if (opens && first.anchor) label.push(first.section);
  if (!opens && (first.kind === 'row' || first.kind === 'item')) {
    const intro = previous!.sentences.at(-1) ?? '';
    if (ANNOUNCES_LIST.test(intro)) label.push(intro);
  }
  return label.join(' ');
}
