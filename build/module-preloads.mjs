/**
 * `<link rel="modulepreload">` in each page's <head> for the JS its first screen needs, so the
 * browser fetches it while the HTML is still arriving instead of in a chain (the page's script at
 * the end of <body>, then the chunks it imports, then the sandbox chunk once boot has run, then
 * its imports, then the labels). Astro emits only the entry script's own tag, so a Vite plugin
 * notes the client chunks' imports as they are written and the integration adds the links to the
 * built pages: every entry script's static imports and, on a page with a sandbox widget (the
 * guide's first one is near the top, so boot loads the sandbox at once anyway), the sandbox chunk
 * (src/sandbox/app.ts), its imports and the page's language's labels (src/i18n/<locale>/widgets.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SANDBOX_CHUNK = 'src/sandbox/app.ts';
const labelsChunk = (/** @type {string} */ locale) => `src/i18n/${locale}/widgets.ts`;
/** The embeds boot.ts loads the sandbox for (its SELECTOR), with the language they are drawn in. */
const EMBED = /<impact-(?:sandbox|try-request|sandbox-controls|integration|request-log)\b[^>]*?\slocale="([a-z-]+)"/;
const ENTRY_SCRIPT = /<script type="module" src="\/(_astro\/[^"]+\.js)"><\/script>/g;

/** @typedef {{ imports: string[] }} ChunkInfo */

/** @returns {{ plugin: import('vite').Plugin, integration: import('astro').AstroIntegration }} */
export function modulePreloads() {
  /** @type {Map<string, ChunkInfo>} output file → its static imports */
  const chunks = new Map();
  /** @type {Map<string, string>} source module (relative to the project) → the chunk that holds it */
  const bySource = new Map();

  /** @type {(file: string, into: Set<string>) => Set<string>} the file and every chunk it imports statically */
  const withImports = (file, into) => {
    if (into.has(file)) return into;
    into.add(file);
    for (const imported of chunks.get(file)?.imports ?? []) withImports(imported, into);
    return into;
  };

  /** @type {(html: string) => string} */
  const addLinks = (html) => {
    const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1] ?? '');
    const wanted = new Set();
    for (const entry of entries) withImports(entry, wanted);
    const embed = EMBED.exec(html);
    const sandbox = bySource.get(SANDBOX_CHUNK);
    if (embed && sandbox) {
      withImports(sandbox, wanted);
      const labels = bySource.get(labelsChunk(embed[1] ?? ''));
      if (labels) wanted.add(labels);
    }
    // The entry scripts have their own tags already.
    for (const entry of entries) wanted.delete(entry);
    if (wanted.size === 0) return html;
    const links = [...wanted].map((file) => `<link rel="modulepreload" href="/${file}">`).join('');
    return html.replace('</head>', `${links}</head>`);
  };

  return {
    plugin: {
      name: 'module-preloads',
      apply: 'build',
      generateBundle(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk' || !output.fileName.startsWith('_astro/')) continue;
          chunks.set(output.fileName, { imports: output.imports });
          // Every module, not only the facade: the sandbox shares its chunk (build/first-screen-chunks.mjs).
          for (const id of output.moduleIds) bySource.set(relative(ROOT, id).split(sep).join('/'), output.fileName);
        }
      },
    },
    integration: {
      name: 'module-preloads',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const root = fileURLToPath(dir);
          let pages = 0;
          for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
            if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
            const path = join(entry.parentPath, entry.name);
            const html = await readFile(path, 'utf8');
            const linked = addLinks(html);
            if (linked === html) continue;
            await writeFile(path, linked);
            pages++;
          }
          logger.info(`modulepreload links in ${pages} page(s)`);
        },
      },
    },
  };
}
