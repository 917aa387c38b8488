/**
 * The segmenter of Chinese words the ask's readings share, made at its first use: making one loads
 * ICU's word dictionary (66 ms of the site's worker's 82 ms start in a desktop Chromium, load
 * average 3.5), and the worker, which imports ./text.ts for detectLanguage, never segments.
 */
let words: Intl.Segmenter | undefined;

export function chineseWords(): Intl.Segmenter {
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return words;
}
