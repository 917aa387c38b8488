/**
 * Words and sentences, the same way for the index (at build time) and for questions (at ask
 * time): Intl.Segmenter finds Chinese words, the glossary keeps product terms whole.
 */
import type { Locale } from '../sandbox/strings.ts';
import { ZH_TERMS } from './glossary.ts';

const HAN = /\p{Script=Han}/u;

/** zh for Chinese text, en for Latin letters; `fallback` (the page's locale) when there are none ("2025"). */
export function detectLanguage(text: string, fallback: Locale = 'en'): Locale {
  if (HAN.test(text)) return 'zh';
  return /\p{L}/u.test(text) ? 'en' : fallback;
}

/** NFKC folds full-width forms; 读/写 and 读写 are the same word. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/读\s*\/\s*写/g, '读写')
    .replace(/改变|变更/g, '更改');
}

/** Words that carry no meaning for retrieval: question words, particles, pronouns. */
const STOPWORDS = new Set([
  // zh
  '的', '了', '是', '在', '我', '我们', '您', '你', '它', '吗', '呢', '吧', '啊', '和', '与', '或', '及', '把', '被', '让', '给', '对', '从', '到', '就', '也', '都', '还', '又', '要', '会', '能', '可以', '可能', '应该', '需要', '如何', '怎么', '怎样', '怎么样', '什么', '为什么', '哪里', '哪儿', '哪个', '哪些', '是否', '有', '没有', '这', '那', '这个', '那个', '一个', '个', '之', '后', '前', '中', '上', '下', '里', '时', '请', '问', '以', '将', '并', '该', '如果', '使用', '选择', '进行', '一下', '么', '发生', '意思', '意味着', '含义', '指', '叫做', '办', '东西', '情况下', '哪种', '哪一种', '什么样', '怎么办', '应当', '必须', '找到', '找', '查到', '看到', '看见', '看', '位置', '入口', '之后', '以后', '然后', '还', '仍然', '仍', '吗', '会不会', '能不能', '是不是', '时候',
  // en
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', 'this', 'that', 'these', 'those', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'and', 'or', 'if', 'then', 'so', 'how', 'what', 'why', 'when', 'which', 'who', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'there', 'here', 'about', 'into', 'after', 'before', 'up', 'out', 'get', 'use', 'using', 'need', 'want', 'have', 'has', 'happen', 'happens', 'one', 'some', 'any', 'all', 'please', 'tell', 'explain', 'way', 'select', 'choose', 'click', 'go', 'only', 'just', 'i', 'm', 's', 'not', 'where', 'find', 'locate', 'see', 'still', 'keep', 'again', 'now', 'yet', 'also',
]);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
  return words;
}

const NORMALIZED_TERMS = [...new Set(ZH_TERMS.map(normalize))].sort((a, b) => b.length - a.length);

/** A word of a text: a glossary term keeps its own shorter words as parts (启用旧版令牌 → 启用, 旧版令牌, …). */
export interface Word {
  term: string;
  parts: string[];
}

/** The meaningful words of a text, in order, stopwords dropped: what a question asks about. */
export function words(text: string): Word[] {
  return matchWords(normalize(text), NORMALIZED_TERMS).filter((word) => !STOPWORDS.has(word.term));
}

/**
 * Retrieval terms of a text: each word followed by its parts, so 旧版令牌 in a question also
 * finds 启用旧版令牌 in a passage. The index and the questions are tokenized alike.
 */
export function tokenize(text: string): string[] {
  return words(text).flatMap((word) => [word.term, ...word.parts]);
}

function matchWords(source: string, glossaryTerms: readonly string[]): Word[] {
  const found: Word[] = [];
  let run = '';
  const flush = () => {
    // A lone Han character outside the glossary (哪, 种, 最) says too little to match on.
    if (run) for (const word of segmentWords(run)) if (word.length > 1 || !HAN.test(word)) found.push({ term: word, parts: [] });
    run = '';
  };
  for (let index = 0; index < source.length; ) {
    const term = HAN.test(source[index]!) ? glossaryTerms.find((candidate) => source.startsWith(candidate, index)) : undefined;
    if (term) {
      flush();
      const whole = term.replace(/[^\p{L}\p{N}]/gu, '');
      const shorter = glossaryTerms.filter((candidate) => candidate.length < term.length);
      const parts = new Set(
        matchWords(term, shorter)
          .flatMap((word) => [word.term, ...word.parts])
          .filter((part) => part.length > 1 && part !== whole && !STOPWORDS.has(part)),
      );
      found.push({ term: whole, parts: [...parts] });
      index += term.length;
    } else {
      run += source[index];
      index += 1;
    }
  }
  flush();
  return found;
}

/** Splits plain text into sentences: after 。！？； and after . ! ? followed by a space or the end. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；])|(?<=[.!?])(?=\s|$)/u)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}
