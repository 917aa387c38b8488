/** Reading an esbuild metafile: bytes in the output per package, and per package the app imports directly. */
import type { Metafile } from 'esbuild';
import { BenchError } from '../../lib/config.ts';
import { sizesOf, type Sizes } from '../../lib/sizes.ts';

export interface PackageShare {
  name: string;
  bytes: number;
  share: number;
}

export interface BundleFigures extends Sizes {
  packages: PackageShare[];
}

/** The npm package an input belongs to, or "(app) <its folder>". */
function packageOf(input: string): string {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const first = parts[at + 1] ?? '?';
    return first.startsWith('@') ? `${first}/${parts[at + 2] ?? ''}` : first;
  }
  const dir = parts.slice(0, -1).join('/');
  return `(app) ${dir || '.'}`;
}

export function summariseBundle(metafile: Metafile, output: Uint8Array): BundleFigures {
  const [outputInfo] = Object.values(metafile.outputs);
  if (!outputInfo) throw new BenchError('esbuild produced no output');
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(outputInfo.inputs)) {
    const name = packageOf(input);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  const total = output.length;
  const packages = [...byPackage]
    .map(([name, bytes]) => ({ name, bytes, share: bytes / total }))
    .sort((a, b) => b.bytes - a.bytes);
  return { ...sizesOf(output), packages };
}

/** Bytes reachable from each package the app imports directly (shared deps count for each). */
export function bytesByDirectDependency(metafile: Metafile): PackageShare[] {
  const [outputInfo] = Object.values(metafile.outputs);
  if (!outputInfo) return [];
  const inOutput = (input: string) => outputInfo.inputs[input]?.bytesInOutput ?? 0;
  const isApp = (input: string) => !input.includes('node_modules/');
  const roots = new Map<string, Set<string>>();
  for (const [input, info] of Object.entries(metafile.inputs)) {
    if (!isApp(input)) continue;
    for (const imported of info.imports) {
      if (imported.external || isApp(imported.path)) continue;
      const name = packageOf(imported.path);
      if (!roots.has(name)) roots.set(name, new Set());
      roots.get(name)!.add(imported.path);
    }
  }
  const total = Object.values(outputInfo.inputs).reduce((sum, { bytesInOutput }) => sum + bytesInOutput, 0);
  return [...roots]
    .map(([name, starts]) => {
      const seen = new Set<string>();
      const queue = [...starts];
      while (queue.length) {
        const input = queue.pop()!;
        if (seen.has(input) || isApp(input)) continue;
        seen.add(input);
        for (const imported of metafile.inputs[input]?.imports ?? []) if (!imported.external) queue.push(imported.path);
      }
      const bytes = [...seen].reduce((sum, input) => sum + inOutput(input), 0);
      return { name, bytes, share: bytes / total };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
