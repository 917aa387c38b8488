/**
 * 4. What is inside the sandbox chunk: an esbuild re-bundle of src/sandbox/app.ts with a
 * metafile, with and without the browser aliases (tough-cookie → its stand-in), next to the real chunks in dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_ALIASES } from '../../build/browser-aliases.mjs';
import { BenchError, progress, ROOT } from '../lib/config.ts';
import { kb, share, table } from '../lib/format.ts';
import { defineMeasurement } from '../lib/measurement.ts';
import { sumSizes, type Sizes } from '../lib/sizes.ts';
import {
  bytesByDirectDependency,
  summariseBundle,
  type BundleFigures,
  type PackageShare,
} from './sandbox-chunk/metafile.ts';
import { shippedJs } from './shipped-js.ts';

export interface ChunkAnalysis {
  method: string;
  withAlias: BundleFigures;
  withoutAlias: BundleFigures;
  /** Bytes reachable from each package the app imports directly (shared deps count for each). */
  viaDirectDependency: PackageShare[];
  /** Packages only present without the alias. */
  removedByAlias: PackageShare[];
}

async function analyseSandboxChunk(): Promise<ChunkAnalysis> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new BenchError("esbuild is not installed (expected node_modules/esbuild from Astro's toolchain)");
  }
  const bundle = async (withAlias: boolean) => {
    const result = await esbuild.build({
      entryPoints: [join(ROOT, 'src/sandbox/app.ts')],
      absWorkingDir: ROOT,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      // What Vite resolves for a production browser build.
      conditions: ['module', 'browser', 'production'],
      define: {
        'process.env.NODE_ENV': '"production"',
        'import.meta.env.DEV': 'false',
        'import.meta.env.PROD': 'true',
      },
      alias: withAlias ? BROWSER_ALIASES : {},
      legalComments: 'none',
      metafile: true,
      write: false,
      outdir: join(ROOT, 'bench', '.esbuild-out'),
      logLevel: 'silent',
    });
    const output = result.outputFiles?.find((file) => file.path.endsWith('.js'));
    const { metafile } = result;
    if (!output || !metafile) throw new BenchError('esbuild produced no JS output or metafile');
    return { figures: summariseBundle(metafile, output.contents), metafile };
  };
  const withAlias = await bundle(true);
  const withoutAlias = await bundle(false);
  const kept = new Set(withAlias.figures.packages.map((item) => item.name));
  return {
    method: `esbuild ${esbuild.version} re-bundle of src/sandbox/app.ts (minify, esm, browser/production conditions); the real build uses Vite ${viteVersion()} without sourcemaps`,
    withAlias: withAlias.figures,
    withoutAlias: withoutAlias.figures,
    viaDirectDependency: bytesByDirectDependency(withAlias.metafile),
    removedByAlias: withoutAlias.figures.packages.filter((item) => !kept.has(item.name)),
  };
}

function viteVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules/vite/package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '?';
  }
}

export const sandboxChunk = defineMeasurement({
  name: 'chunkAnalysis',
  title: 'What is inside the sandbox chunk',
  targets: {},

  /** Optional: a failure is reported in place of the section, not as a bench failure. */
  async run(): Promise<ChunkAnalysis | { error: string }> {
    progress('analysing the sandbox chunk with esbuild');
    try {
      return await analyseSandboxChunk();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      progress(`WARNING: chunk analysis skipped: ${message}`);
      return { error: message };
    }
  },

  report(analysis, { resultOf }) {
    if ('error' in analysis) return [`(skipped: ${analysis.error})`];
    const out = [analysis.method];
    const sizeRow = (name: string, size: Sizes) => [name, kb(size.raw), kb(size.gzip), kb(size.brotli)];
    // The real chunks are the files the JS measurement saw load after the scroll (zh page: its labels only).
    const realChunks = resultOf(shippedJs)?.zh.sandbox.files;
    const { withAlias, withoutAlias } = analysis;
    out.push(
      table(
        ['bundle', 'raw', 'gzip', 'brotli'],
        [
          ...(realChunks ? [sizeRow('real build: sandbox chunks (dist/, zh page)', sumSizes(realChunks))] : []),
          sizeRow('esbuild, with the browser aliases (every locale)', withAlias),
          sizeRow('esbuild, without them (real tough-cookie)', withoutAlias),
          sizeRow('saved by the aliases', {
            raw: withoutAlias.raw - withAlias.raw,
            gzip: withoutAlias.gzip - withAlias.gzip,
            brotli: withoutAlias.brotli - withAlias.brotli,
          }),
        ],
        [1, 2, 3],
      ),
    );
    if (analysis.removedByAlias.length)
      out.push(
        `only without the aliases: ${analysis.removedByAlias.map((item) => `${item.name} ${kb(item.bytes)}`).join(', ')} (minified, before compression)`,
      );
    out.push('', 'Top 12 inputs by minified bytes in the output (with the aliases):');
    out.push(
      table(
        ['#', 'package', 'bytes', 'share'],
        withAlias.packages
          .slice(0, 12)
          .map((item, index) => [String(index + 1), item.name, kb(item.bytes), share(item.share)]),
        [0, 2, 3],
      ),
    );
    out.push('', 'By what the app imports directly (package + everything it pulls in; shared deps counted for each):');
    out.push(
      table(
        ['direct dependency', 'bytes', 'share'],
        analysis.viaDirectDependency.map((item) => [item.name, kb(item.bytes), share(item.share)]),
        [1, 2],
      ),
    );
    return out;
  },
});
