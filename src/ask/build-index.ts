/**
 * Builds the `?ask=` index from the content pages: every passage of every page and locale, with
 * its sentences (the engine reads them into concepts when it loads the index), and the
 * vocabulary it reads them with (concepts, labels, stopwords), which thus stays out of the
 * site's worker. Runs at build time (src/pages/ask-index.json.ts) and in tests (src/ask/content.ts).
 */
import { askVocabulary } from './glossary.ts';
import { pageChunks, type SourcePage } from './source.ts';
import type { AskChunk, AskIndexData } from './types.ts';
import {
  commonHanCharacters,
  commonHanWords,
  commonStems,
  englishWordsSieve,
  soundGroups,
} from './language/resources.ts';
import { loadEngineIndex } from './engine/engine-index.ts';
import { MIN_STEM_TYPO, mayBeTypo } from './engine/question-words.ts';
import { withinSlipReach } from './typo.ts';
import { chineseBridge } from './language/bridge.ts';
import { englishBridge } from './language/bridge-en.ts';
import { latinWords, stemsOf, stopSet } from './engine/general-words.ts';
import { RARE_FROM_RANK } from './engine/general-pick.ts';

/** The bridge from the Chinese words no zh page has to the en pages' words (./language/bridge.ts). */
function bridgeOf(pages: SourcePage[], chunks: AskChunk[], asking: string[]): Record<string, string> {
  const chinese = new Set(pages.filter((page) => page.data.locale === 'zh').map((page) => page.path));
  const textOf = (chunk: AskChunk) => [chunk.section, ...(chunk.columns ?? []), ...chunk.sentences].join('\n');
  const chineseText = [
    ...pages.filter((page) => chinese.has(page.path)).map((page) => page.data.title),
    ...chunks.filter((chunk) => chinese.has(chunk.page)).map(textOf),
  ].join('\n');
  const stop = stopSet(asking);
  const english = chunks.filter((chunk) => !chinese.has(chunk.page)).flatMap((chunk) => latinWords(textOf(chunk)));
  return chineseBridge(chineseText, new Set(english.filter((word) => !stop.has(word))), stop);
}

/** The bridge from the rare English words no en page has to the zh pages' words (./language/bridge-en.ts). */
function englishBridgeOf(pages: SourcePage[], chunks: AskChunk[], asking: string[]): Record<string, string> {
  const chinese = new Set(pages.filter((page) => page.data.locale === 'zh').map((page) => page.path));
  const textOf = (chunk: AskChunk) => [chunk.section, ...(chunk.columns ?? []), ...chunk.sentences].join('\n');
  const stop = stopSet(asking);
  const chineseText = chunks
    .filter((chunk) => chinese.has(chunk.page))
    .map(textOf)
    .join('\n');
  const english = chunks.filter((chunk) => !chinese.has(chunk.page)).map(textOf);
  const titles = pages.filter((page) => !chinese.has(page.path)).map((page) => page.data.title);
  const pageStems = new Set([...english, ...titles].flatMap((text) => stemsOf(text, stop)));
  const rank = new Map(commonStems().map((stem, at) => [stem, at]));
  return englishBridge(chineseText, pageStems, stop, (stem) => (rank.get(stem) ?? Infinity) >= RARE_FROM_RANK);
}

export function buildAskIndex(pages: SourcePage[]): AskIndexData {
  const sorted = [...pages].sort((a, b) => a.path.localeCompare(b.path));
  const chunks = sorted.flatMap(pageChunks);
  const vocabulary = askVocabulary();
  const data: AskIndexData = {
    version: 2,
    pages: sorted.map((page) => ({
      path: page.path,
      title: page.data.title,
      description: page.data.description,
      locale: page.data.locale,
      questions: page.data.questions ?? {},
    })),
    chunks,
    vocabulary: {
      ...vocabulary,
      common: commonStems(),
      commonHan: commonHanWords(),
      commonHanChars: commonHanCharacters(),
      bridge: bridgeOf(sorted, chunks, vocabulary.asking ?? []),
      englishBridge: englishBridgeOf(sorted, chunks, vocabulary.asking ?? []),
      // The sounds of the dictionary's Chinese words and of the pages' own.
      sounds: soundGroups([
        ...vocabulary.concepts.flatMap((concept) => concept.zh),
        ...chunks.flatMap((chunk) => chunk.sentences),
      ]),
    },
  };
  data.vocabulary.english = nearEnglish(data);
  return data;
}

/**
 * The English words (SUBTLEX's, used once per million words or more) the typo reader would bend
 * into a page word (long → log, time → tile) if it did not know them, and whose stem is not among
 * the common stems the index ships already: only these need shipping for it to leave them alone.
 */
function nearEnglish(data: AskIndexData): string[] {
  const index = loadEngineIndex(data);
  const sieve = englishWordsSieve();
  const near = [
    ...withinSlipReach(sieve, index.knownWords.keys()),
    ...withinSlipReach(sieve, index.inflectedForms.keys(), MIN_STEM_TYPO),
  ];
  return [...new Set(near)].filter((word) => mayBeTypo(index, word)).sort();
}
