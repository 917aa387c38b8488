/** Sizes of the ask index and of the site's service worker (with what it loads by importScripts). */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AskIndexData } from '../../../src/ask/types.ts';
import {
  ASK_INDEX_URL,
  SERVICE_WORKER_URL,
  TRANSLATED_LOCALES as LOCALES,
  type TranslatedLocale as Locale,
} from '../../../src/contract/index.ts';
import { BenchError, DIST, ROOT } from '../../lib/config.ts';
import { kb, table } from '../../lib/format.ts';
import { sizesOf, sumSizes, type Sizes } from '../../lib/sizes.ts';

export interface AskSizes {
  index: Sizes & { file: string; chunks: number; pages: number };
  /** Gzip bytes of what one language's asker needs (languageIndex), per language. */
  perLanguage: Record<Locale, number>;
  /** The site's worker as shipped (ask engine + handler), then MSW's worker it loads with importScripts. */
  serviceWorker: Sizes & { file: string; imports: (Sizes & { file: string })[]; total: Sizes };
}

/** The index a language's asker needs: its pages and passages, and the shared vocabulary. */
export function languageIndex(index: AskIndexData, locale: Locale): AskIndexData {
  const pages = new Set(index.pages.filter((page) => page.locale === locale).map((page) => page.path));
  return {
    ...index,
    pages: index.pages.filter((page) => pages.has(page.path)),
    chunks: index.chunks.filter((chunk) => pages.has(chunk.page)),
  };
}

function askFileSizes(url: string): Sizes & { file: string } {
  const file = join(DIST, url.slice(1));
  if (!existsSync(file)) throw new BenchError(`dist${url} is missing: does the build emit it?`);
  return { file: relative(ROOT, file), ...sizesOf(readFileSync(file)) };
}

export function measureAskSizes(): AskSizes {
  const index = askFileSizes(ASK_INDEX_URL);
  const data = JSON.parse(readFileSync(join(ROOT, index.file), 'utf8')) as AskIndexData;
  const worker = askFileSizes(SERVICE_WORKER_URL);
  const source = readFileSync(join(ROOT, worker.file), 'utf8');
  const imported = [...source.matchAll(/importScripts\(\s*["'`]([^"'`]+)["'`]/g)]
    .map((match) => match[1]!)
    .filter((url) => url.startsWith('/'));
  const imports = [...new Set(imported)].map(askFileSizes);
  return {
    index: { ...index, chunks: data.chunks.length, pages: data.pages.length },
    perLanguage: Object.fromEntries(
      LOCALES.map((locale) => [locale, gzipSync(JSON.stringify(languageIndex(data, locale))).length]),
    ) as Record<Locale, number>,
    serviceWorker: { ...worker, imports, total: sumSizes([worker, ...imports]) },
  };
}

export function reportAskSizes({ index, perLanguage, serviceWorker }: AskSizes): string[] {
  const row = (name: string, size: Sizes) => [name, String(size.raw), kb(size.raw), kb(size.gzip), kb(size.brotli)];
  return [
    table(
      ['file', 'bytes', 'raw', 'gzip', 'brotli'],
      [
        row(`${index.file} (${index.pages} pages, ${index.chunks} passages)`, index),
        ...Object.entries(perLanguage).map(([locale, gzip]) => [
          `  ${locale}: what its asker needs`,
          '',
          '',
          kb(gzip),
          '',
        ]),
        row(`${serviceWorker.file} (site worker: ask engine + handler)`, serviceWorker),
        ...serviceWorker.imports.map((file) => row(`  + ${file.file} (importScripts)`, file)),
        row('  worker total', serviceWorker.total),
      ],
      [1, 2, 3, 4],
    ),
  ];
}
