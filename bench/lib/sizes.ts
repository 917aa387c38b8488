/** Byte sizes of shipped files: raw, gzip -9 and brotli q11. */
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

export const KB = 1024;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizesOf(content: Buffer | Uint8Array): Sizes {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  };
}

export function sumSizes(items: Sizes[]): Sizes {
  return items.reduce(
    (total, item) => ({ raw: total.raw + item.raw, gzip: total.gzip + item.gzip, brotli: total.brotli + item.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}
