/** Sizes of the ask index and of the site's service worker (with what it loads by importScripts). */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AskIndexData } from '../../../src/ask/types.ts';
import { ASK_INDEX_URL, SERVICE_WORKER_URL } from '../../../src/contract/index.ts';
import { BenchError, DIST, ROOT } from '../../lib/config.ts';
import { kb, table } from '../../lib/format.ts';
import { sizesOf, sumSizes, type Sizes } from '../../lib/sizes.ts';

export interface AskSizes {
  index: Sizes & { file: string; chunks: number; pages: number };
  /** The site's worker as shipped (ask engine + handler), then MSW's worker it loads with importScripts. */
  serviceWorker: Sizes & { file: string; imports: (Sizes & { file: string })[]; total: Sizes };
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
    serviceWorker: { ...worker, imports, total: sumSizes([worker, ...imports]) },
  };
}

export function reportAskSizes({ index, serviceWorker }: AskSizes): string[] {
  const row = (name: string, size: Sizes) => [name, String(size.raw), kb(size.raw), kb(size.gzip), kb(size.brotli)];
  return [
    table(
      ['file', 'bytes', 'raw', 'gzip', 'brotli'],
      [
        row(`${index.file} (${index.pages} pages, ${index.chunks} passages)`, index),
        row(`${serviceWorker.file} (site worker: ask engine + handler)`, serviceWorker),
        ...serviceWorker.imports.map((file) => row(`  + ${file.file} (importScripts)`, file)),
        row('  worker total', serviceWorker.total),
      ],
      [1, 2, 3, 4],
    ),
  ];
}
