/**
 * build/first-screen-chunks.mjs on a small module graph shaped like the site's (a page script
 * that starts the sandbox and two lazy page elements that share its Lit and helpers), bundled by
 * Rolldown as `astro build` does: the sandbox's first screen in two chunks instead of Rolldown's
 * five, every module in exactly one chunk, and no lazy page element loading the sandbox's chunk.
 */
import { join, relative } from 'node:path';
import { rolldown, type OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { firstScreenChunks } from '../../build/first-screen-chunks.mjs';

const ROOT = join(import.meta.dirname, '../..');
const DIR = 'graph';

/** Each module's source: its imports, and a line of its own so that it has a size. */
const GRAPH: Record<string, string> = {
  'page.ts': `import './helper.ts'; import './boot.ts';
    document.addEventListener('focusin', () => import('./ask.ts'));
    requestIdleCallback(() => import('./page-actions.ts'));`,
  'boot.ts': `import { helper } from './helper.ts'; helper(); import('./app.ts').then((app) => app.start());`,
  'helper.ts': `export const helper = () => console.log('helper');`,
  'app.ts': `import { store } from './store.ts'; import { lit } from './lit.ts'; import { menuButton } from './menu-button.ts';
    export const start = () => { store(); lit(); menuButton(); import('./labels.ts'); import('./panels.ts'); };`,
  'store.ts': `import { helper } from './helper.ts'; import { lit } from './lit.ts'; import { workerLink } from './worker-link.ts';
    export const store = () => { helper(); lit(); workerLink(); };`,
  'lit.ts': `export const lit = () => console.log('lit');`,
  'worker-link.ts': `import { lit } from './lit.ts'; export const workerLink = () => lit();`,
  'menu-button.ts': `import { lit } from './lit.ts'; export const menuButton = () => lit();`,
  'labels.ts': `export default 'labels';`,
  'panels.ts': `import { store } from './store.ts'; import { menuButton } from './menu-button.ts'; store(); menuButton();`,
  'ask.ts': `import { lit } from './lit.ts'; import { workerLink } from './worker-link.ts'; lit(); workerLink();`,
  'page-actions.ts': `import { menuButton } from './menu-button.ts'; menuButton();`,
};
const idOf = (name: string) => join(ROOT, DIR, name);
const nameOf = (id: string) => relative(join(ROOT, DIR), id);

async function bundle(grouped: boolean): Promise<OutputChunk[]> {
  const { plugin, codeSplitting } = firstScreenChunks(`${DIR}/app.ts`);
  const graph = {
    name: 'graph',
    resolveId: (source: string) => (source.startsWith('./') ? idOf(source.slice(2)) : source),
    load: (id: string) => GRAPH[nameOf(id)] ?? null,
  };
  const plugins = grouped
    ? [graph, { name: plugin.name, buildEnd: plugin.buildEnd, options: plugin.options }]
    : [graph];
  // The preserveEntrySignatures Astro gives the browser's bundle; the plugin changes it.
  const build = await rolldown({
    input: idOf('page.ts'),
    plugins: plugins as never,
    preserveEntrySignatures: 'exports-only',
  });
  const { output } = await build.generate({ format: 'es', ...(grouped ? { codeSplitting } : {}) });
  await build.close();
  return output.filter((file): file is OutputChunk => file.type === 'chunk');
}

/** The chunks a load of `start` fetches before its code runs: it and its static imports. */
function loads(chunks: OutputChunk[], start: OutputChunk): Set<OutputChunk> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const file of chunk.imports) visit(byFile.get(file)!);
  };
  visit(start);
  return seen;
}

const holding = (chunks: OutputChunk[], name: string) => chunks.find((chunk) => chunk.moduleIds.includes(idOf(name)))!;

/** The chunks of the first screen: the page's script, the sandbox, and what each imports. */
const firstScreen = (chunks: OutputChunk[]) =>
  new Set([...loads(chunks, holding(chunks, 'page.ts')), ...loads(chunks, holding(chunks, 'app.ts'))]);

describe('the sandbox’s first-screen chunks', () => {
  it('come as the page script and two chunks, where Rolldown alone made five', async () => {
    expect(firstScreen(await bundle(false)).size).toBe(5);
    const chunks = await bundle(true);
    expect(firstScreen(chunks).size).toBe(3);
    // What the page script needs stays with it; the sandbox's own modules apart from what it shares.
    expect(holding(chunks, 'helper.ts')).toBe(holding(chunks, 'page.ts'));
    expect(holding(chunks, 'store.ts')).toBe(holding(chunks, 'app.ts'));
    expect(holding(chunks, 'lit.ts')).toBe(holding(chunks, 'menu-button.ts'));
    expect(holding(chunks, 'lit.ts')).not.toBe(holding(chunks, 'app.ts'));
    // The later loads keep their own chunks.
    expect(holding(chunks, 'labels.ts')).not.toBe(holding(chunks, 'app.ts'));
    expect(holding(chunks, 'panels.ts')).not.toBe(holding(chunks, 'app.ts'));
  });

  it('hold every module once', async () => {
    // Rolldown's own runtime module aside.
    const ids = (await bundle(true)).flatMap((chunk) =>
      chunk.moduleIds.filter((id) => !id.startsWith('\0')).map(nameOf),
    );
    expect(ids.toSorted()).toEqual(Object.keys(GRAPH).toSorted());
  });

  it('leave the page and its lazy elements without the sandbox', async () => {
    const chunks = await bundle(true);
    const sandbox = holding(chunks, 'app.ts');
    for (const name of ['page.ts', 'ask.ts', 'page-actions.ts'])
      expect(loads(chunks, holding(chunks, name)).has(sandbox), name).toBe(false);
  });
});
