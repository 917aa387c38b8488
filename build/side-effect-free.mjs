/**
 * An esbuild plugin for the site's service worker: the modules it names only define things, so a
 * bundle keeps what it uses of them and drops the rest. Without it the worker carried the ask
 * engine's reply texts (src/i18n/ask-reply.ts, built with function calls esbuild must assume have
 * effects) though only the ask chunk uses them: about 2 KB gz.
 */
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @param {RegExp} pattern a project-relative path (forward slashes) that only defines things */
export function sideEffectFree(pattern) {
  /** @type {import('esbuild').Plugin} */
  const plugin = {
    name: 'side-effect-free',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === 'side-effect-free') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'side-effect-free',
        });
        if (resolved.errors.length > 0 || !resolved.path.startsWith(ROOT)) return resolved;
        const relative = resolved.path.slice(ROOT.length).replaceAll('\\', '/');
        return pattern.test(relative) ? { ...resolved, sideEffects: false } : resolved;
      });
    },
  };
  return plugin;
}
