/**
 * Brotli and gzip copies of the built text files (`page.html.br`, `page.html.gz`, …), written
 * once at the end of `astro build` at the highest settings, so `npm start` sends them as they
 * are (static-files.ts picks one by Accept-Encoding) and spends no CPU on compression per request.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Pages, chunks, workers, styles, markdown, llms*.txt, the ask index, the manifest. */
const PRECOMPRESSED = /\.(html|js|mjs|css|json|md|txt|svg|xml|webmanifest|map)$/i;
/** Smaller files are not worth a second and third copy. */
const PRECOMPRESS_MIN_BYTES = 512;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function* textFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (entry.isFile() && PRECOMPRESSED.test(entry.name)) yield path;
  }
}

export interface PrecompressReport {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Writes `.br` and `.gz` beside every text file of `dir` that they make smaller. */
async function precompressDir(dir: string): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for await (const path of textFiles(dir)) {
    const body = await readFile(path);
    if (body.length < PRECOMPRESS_MIN_BYTES) continue;
    const [br, gz] = await Promise.all([
      brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      gzipAsync(body, { level: 9 }),
    ]);
    report.files += 1;
    report.bytes += body.length;
    // A copy that is no smaller would only cost a lookup: the file goes out as it is.
    if (br.length < body.length) {
      await writeFile(`${path}.br`, br);
      report.brotliBytes += br.length;
    }
    if (gz.length < body.length) {
      await writeFile(`${path}.gz`, gz);
      report.gzipBytes += gz.length;
    }
  }
  return report;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The Astro integration: last in the list, so it sees every file the others wrote (the workers). */
export function precompress() {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: { info(message: string): void } }) => {
        const report = await precompressDir(fileURLToPath(dir));
        logger.info(
          `${report.files} files, ${kb(report.bytes)}: ${kb(report.brotliBytes)} as Brotli, ${kb(report.gzipBytes)} as gzip`,
        );
      },
    },
  };
}
