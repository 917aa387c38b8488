/**
 * Where Chinese words begin and end in a text, as the segmenter draws them: a word of a question
 * counts where a text says it as a word, not across two of its words (./general-words.ts,
 * ./general-match.ts).
 */
import { chineseWords } from '../segmenter.ts';

/** Where the segmenter begins a word in a text: 1 at each start, and at the text's end. */
export function wordStartsOf(text: string): Uint8Array {
  const starts = new Uint8Array(text.length + 1);
  for (const { index } of chineseWords().segment(text)) starts[index] = 1;
  starts[text.length] = 1;
  return starts;
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/**
 * Whether a text says a run of Chinese as a word: somewhere the run begins and ends where the
 * segmenter cuts the text (`starts`, from `wordStartsOf`), not only across two of its words
 * (改密码 inside 更改|密码, 短链接 inside 缩短|链接). A cut next to a lone character may be the
 * segmenter's slip, not the text's word (页|面上|传 says 上传): a run across it still counts.
 */
export function saidAsWord(text: string, word: string, starts: Uint8Array): boolean {
  const before = (at: number) => {
    let start = at - 1;
    while (start > 0 && !starts[start]) start -= 1;
    return start;
  };
  const after = (at: number) => {
    let end = at + 1;
    while (end < text.length && !starts[end]) end += 1;
    return end;
  };
  const lone = (from: number, to: number) => to - from === 1 && HAN_CHAR.test(text[from]!);
  // A run's end inside a word the segmenter drew, whose other side is a lone character.
  const endsHere = (at: number, side: 'start' | 'end') => {
    if (starts[at]) return true;
    if (side === 'start') {
      const drawn = before(at);
      return drawn > 0 && lone(before(drawn), drawn);
    }
    const next = after(at);
    return next < text.length && lone(next, after(next));
  };
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (endsHere(at, 'start') && endsHere(at + word.length, 'end')) return true;
  return false;
}

const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/**
 * The pages' Chinese words of two characters or more: those the segmenter draws from a text
 * (`starts`, from `wordStartsOf`), and runs of characters it set apart one by one, cut at the
 * function characters (回|传|已|送|达 says 回传 and 送达: the segmenter's dictionary lacks them).
 */
export function pageWordsOf(text: string, starts: Uint8Array, isFunction: (char: string) => boolean): Set<string> {
  const words = new Set<string>();
  let lone = '';
  const flush = () => {
    if (lone.length >= 2) words.add(lone);
    lone = '';
  };
  for (let start = 0, end = 1; end <= text.length; end++) {
    if (!starts[end]) continue;
    const word = text.slice(start, end);
    start = end;
    if (word.length === 1 && HAN_CHAR.test(word) && !isFunction(word)) lone += word;
    else {
      flush();
      if (HAN_WORD.test(word)) words.add(word);
    }
  }
  flush();
  return words;
}

/** The most segments a re-cut spans (回|传送|达 → 回传|送达). */
const MAX_RECUT = 4;

/**
 * A question's segments re-cut by the pages' words where the segmenter cut across them: a span of
 * segments with a lone character in it (not a function character) whose text the pages' words
 * cover whole, each word at least two characters, in the fewest words (这个|回|传送|达|成功 →
 * 这个|回传|送达|成功 where the pages say 回传 and 送达). A span the pages' words do not cover
 * whole keeps the segmenter's cut, so the asker's own term (中间|行) is not read as a page word
 * inside it. `pageWords` is read only where a span may need it.
 */
export function recutByPageWords(
  segments: readonly string[],
  pageWords: () => ReadonlySet<string>,
  isFunction: (char: string) => boolean,
): string[] {
  const lone = (segment: string) => HAN_CHAR.test(segment) && !isFunction(segment);
  const out: string[] = [];
  for (let at = 0; at < segments.length;) {
    let cover: string[] | undefined;
    for (let end = Math.min(segments.length, at + MAX_RECUT); end >= at + 2 && !cover; end--) {
      const span = segments.slice(at, end);
      if (!span.some(lone) || span.some((segment) => [...segment].some(isFunction))) continue;
      // A lone character is never a page word, so a whole cover always cuts otherwise than the segmenter.
      cover = coverOf(span.join(''), pageWords());
      if (cover) {
        out.push(...cover);
        at = end;
      }
    }
    if (!cover) out.push(segments[at++]!);
  }
  return out;
}

/** The text as the fewest page words of two characters or more, or undefined where none covers it whole. */
function coverOf(text: string, pageWords: ReadonlySet<string>): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 2; end <= text.length; end++)
    for (let start = end - 2; start >= 0; start--) {
      const before = best[start];
      const word = text.slice(start, end);
      if (before && pageWords.has(word) && (!best[end] || before.length + 1 < best[end]!.length))
        best[end] = [...before, word];
    }
  return best[text.length];
}
