/**
 * Punctuation of both scripts, for code that splits, joins or compares text: where a sentence
 * ends, what a question's closing marks are, and where Chinese text needs no space when two
 * soft-wrapped lines are joined.
 */

/** After 。！？； a sentence ends; after . ! ? only when a space or the end follows. */
export const SENTENCE_BOUNDARY = /(?<=[。！？；])|(?<=[.!?])(?=\s|$)/u;

/** Spaces and question or sentence marks, ignored when two questions are compared. */
export const QUESTION_PUNCTUATION = /[\s?？。.!！]/g;

/** Text ending in a full-width mark, after which Chinese writes no space. */
export const FULL_WIDTH_END = /[，。！？；：、）」』]$/u;

/** A line ending in Chinese text or its punctuation… */
export const CJK_LINE_END = /\p{Script=Han}|[，。！？；：、）」』]$/u;
/** …or a line starting so: joined to its neighbour with no space. */
export const CJK_LINE_START = /^(\p{Script=Han}|[，。！？；：、（「『])/u;
