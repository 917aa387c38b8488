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
