/**
 * Punctuation of both scripts, for code that splits, joins or compares text: where a sentence
 * ends, what a question's closing marks are, and where Chinese text needs no space when two
 * pieces of text are joined.
 */

/** After 。！？； a sentence ends; after . ! ? only when a space or the end follows. */
export const SENTENCE_BOUNDARY = /(?<=[。！？；])|(?<=[.!?])(?=\s|$)/u;

/** Spaces and question or sentence marks, ignored when two questions are compared. */
export const QUESTION_PUNCTUATION = /[\s?？。.!！]/g;

/** Text ending in a full-width mark, after which Chinese writes no space (…。API). */
const FULL_WIDTH_END = /[，。！？；：、）」』]$/u;
/** Text ending in Chinese or its punctuation… */
const CJK_END = /(\p{Script=Han}|[，。！？；：、）」』])$/u;
/** …meeting text that starts so. */
const CJK_START = /^(\p{Script=Han}|[，。！？；：、（「『])/u;

/**
 * Pieces of text (a passage's sentences, soft-wrapped lines) as one line: a space between them as
 * English writes it, none where Chinese writes none (a space after 。 shows as a gap).
 */
export function joinText(pieces: readonly string[]): string {
  return pieces.reduce((text, piece) => {
    if (!text) return piece;
    const tight = FULL_WIDTH_END.test(text) || (CJK_END.test(text) && CJK_START.test(piece));
    return tight ? text + piece : `${text} ${piece}`;
  }, '');
}
