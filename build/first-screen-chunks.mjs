/**
 * The sandbox's first-screen JS in two chunks instead of six. Rolldown's automatic split gives
 * every set of dynamic imports that shares a module its own chunk, so the sandbox (src/sandbox/
 * app.ts) came as app + client-store + contract + site-worker + load-console-tools + impact-menu-
 * button: on HTTP/1.1's 6 connections per host those requests (and their modulepreload links)
 * queued the site worker's own script behind them. This plugin reads the module graph once it is
 * built and makes two code-splitting groups of the sandbox's static imports:
 * - `sandbox`: what only the sandbox loads (app.ts, its widgets, its store);
 * - `sandbox-shared`: what a page can also load without the sandbox, through a lazy element of its
 *   own (Lit, the contract, the menu button: the page actions and the ask box use them).
 * What the page's entry scripts import stays with them, and everything loaded later (support
 * panels, console tools, each language's labels) keeps Rolldown's split, so no page and no phase
 * loads code it did not load before, except that a lazy page element gets all of `sandbox-shared`.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const projectPath = (/** @type {string} */ id) => relative(ROOT, id).split(sep).join('/');

/**
 * @typedef {{ importedIds: readonly string[], dynamicallyImportedIds: readonly string[], isEntry: boolean }} ModuleNode
 * @param {Iterable<string>} ids every module of the build
 * @param {(id: string) => ModuleNode | null} info
 * @param {string} sandbox the sandbox's module id
 * @returns {{ sandbox: Set<string>, shared: Set<string> }}
 */
export function splitSandbox(ids, info, sandbox) {
  /** @type {(starts: string[], follow: (node: ModuleNode) => readonly string[], stop?: string) => Set<string>} */
  const reach = (starts, follow, stop) => {
    const seen = new Set();
    const queue = [...starts];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (seen.has(id) || id === stop) continue;
      seen.add(id);
      const node = info(id);
      if (node) queue.push(...follow(node));
    }
    return seen;
  };
  const staticImports = (/** @type {ModuleNode} */ node) => node.importedIds;
  const allImports = (/** @type {ModuleNode} */ node) => [...node.importedIds, ...node.dynamicallyImportedIds];
  const entries = [...ids].filter((id) => info(id)?.isEntry && id !== sandbox);
  const withEntries = reach(entries, staticImports);
  // What a page can load without ever loading the sandbox.
  const withoutSandbox = reach(entries, allImports, sandbox);
  const sandboxModules = reach([sandbox], staticImports);
  const only = new Set();
  const shared = new Set();
  for (const id of sandboxModules) {
    if (!withoutSandbox.has(id)) only.add(id);
    else if (!withEntries.has(id)) shared.add(id);
  }
  return { sandbox: only, shared };
}

/**
 * @param {string} sandboxSource the sandbox's module, relative to the project
 * @returns {{ plugin: import('vite').Plugin, codeSplitting: import('rolldown').CodeSplittingOptions }}
 */
export function firstScreenChunks(sandboxSource) {
  let groups = { sandbox: new Set(), shared: new Set() };
  return {
    plugin: {
      name: 'first-screen-chunks',
      apply: 'build',
      applyToEnvironment: (environment) => environment.name === 'client',
      // Rolldown's condition for groups that leave dependencies out. The page's scripts export
      // nothing, so 'exports-only' (Astro's) already let chunks import from them.
      options: (options) => ({ ...options, preserveEntrySignatures: 'allow-extension' }),
      // Chunks are made after the build phase, so the groups' tests see the whole graph.
      buildEnd() {
        const ids = [...this.getModuleIds()];
        const sandbox = ids.find((id) => projectPath(id) === sandboxSource);
        if (!sandbox) return; // a build without the sandbox (the server's): Rolldown's split
        groups = splitSandbox(ids, (id) => this.getModuleInfo(id), sandbox);
      },
    },
    codeSplitting: {
      // The groups hold exactly these modules: their dependencies outside them (the entry scripts'
      // own, e.g. Vite's preload helper) stay where they are, or every page would load the sandbox.
      includeDependenciesRecursively: false,
      groups: [
        { name: 'sandbox-shared', test: (id) => groups.shared.has(id) },
        { name: 'sandbox', test: (id) => groups.sandbox.has(id) },
      ],
    },
  };
}
