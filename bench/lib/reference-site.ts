/**
 * The reference the guide is compared with: the same guide prose (its MDX, read from content/ at
 * bench time) rendered by a plain Astro site with a bare layout: no widgets, no sandbox, no
 * scripts, no styles. Built with this project's Astro and @astrojs/mdx in a temporary folder, and
 * served by the same server (server/serve.ts over that folder's dist/).
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import {
  TRANSLATED_LOCALES as LOCALES,
  type TranslatedLocale as Locale,
  type TranslatedLocale,
} from '../../src/contract/locale.ts';
import { GUIDE_PATHS } from '../../src/site.ts';
import { captureOutput, forgetChild, startChild } from './children.ts';
import { BenchError, DIST, ROOT } from './config.ts';
import { tail } from './format.ts';

/** Where each locale's plain page is served in the reference site. */
export const REFERENCE_PATHS = Object.fromEntries(LOCALES.map((locale) => [locale, `/${locale}/`])) as Record<
  TranslatedLocale,
  string
>;

/**
 * The worker floor: the plain page plus the least a sandbox in a service worker needs, an empty
 * worker registered from <head> (install → skipWaiting, activate → claim) and one fetch it
 * answers once it controls the page, which sets data-sandbox="ready" as the guide does. No page
 * whose sandbox lives in a worker can be ready sooner on the same browser and network.
 */
export const FLOOR_PATHS = Object.fromEntries(LOCALES.map((locale) => [locale, `/floor/${locale}/`])) as Record<
  TranslatedLocale,
  string
>;

export interface ReferenceSite {
  root: string;
  dist: string;
  buildMs: number;
  /** Which precompressed copies were made to match dist/ (none when dist/ has none). */
  precompressed: string[];
  remove(): void;
}

/** A bare page layout; `head` goes before the title (the worker floor's registration). */
function layout(head: string): string {
  return `---
const { lang, title } = Astro.props;
---
<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />${head}
    <title>{title}</title>
  </head>
  <body>
    <main>
      <h1>{title}</h1>
      <slot />
    </main>
  </body>
</html>
`;
}

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-reference', private: true, type: 'module' }),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: { cacheDir: './.vite' },
});
`,
  'src/layouts/Bare.astro': layout(''),
  'src/layouts/Floor.astro': layout(`
    <script is:inline>
      if ('serviceWorker' in navigator) {
        const ready = () =>
          fetch('/floor-api').then((response) => {
            if (response.headers.get('x-answered-by') === 'worker') document.documentElement.dataset.sandbox = 'ready';
          });
        if (navigator.serviceWorker.controller) ready();
        else navigator.serviceWorker.addEventListener('controllerchange', ready, { once: true });
        navigator.serviceWorker.register('/floor-sw.js');
      }
    </script>`),
  'public/floor-sw.js': `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).pathname === '/floor-api')
    event.respondWith(new Response('{}', { headers: { 'content-type': 'application/json', 'x-answered-by': 'worker' } }));
});
`,
  // The guide's prose components, bare: a note keeps its text, an icon its name, a widget is gone.
  'src/components/Hint.astro': '<div role="note"><slot /></div>\n',
  'src/components/Icon.astro':
    '---\nconst { label } = Astro.props;\n---\n<span role="img" aria-label={label}></span>\n',
  'src/components/Nothing.astro': '',
};

function page(locale: Locale, layout: 'Bare' | 'Floor', up = '..'): string {
  return `---
import ${layout} from '${up}/layouts/${layout}.astro';
import Hint from '${up}/components/Hint.astro';
import Icon from '${up}/components/Icon.astro';
import Nothing from '${up}/components/Nothing.astro';
import { Content, frontmatter } from '${up}/guide-${locale}.mdx';
---
<${layout} lang="${locale}" title={frontmatter.title}>
  <Content components={{ Hint, Icon, Sandbox: Nothing, TryRequest: Nothing }} />
</${layout}>
`;
}

/** The guide's source file for a locale: content/ mirrors the site's paths. */
function guideSource(locale: Locale): string {
  return join(ROOT, 'content', `${GUIDE_PATHS[locale]}.mdx`);
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

/**
 * If the site's build precompresses its files (`x.html.br`, `x.html.gz`), the reference gets the
 * same for the same kinds of file, so the server can treat both alike.
 */
function mirrorPrecompression(referenceDist: string): string[] {
  const siteFiles = filesUnder(DIST);
  const made: string[] = [];
  for (const [suffix, compress] of [
    ['.br', (data: Buffer) => brotliCompressSync(data)],
    ['.gz', (data: Buffer) => gzipSync(data, { level: 9 })],
  ] as const) {
    const kinds = new Set(
      siteFiles.filter((file) => file.endsWith(suffix)).map((file) => extname(file.slice(0, -suffix.length))),
    );
    if (kinds.size === 0) continue;
    for (const file of filesUnder(referenceDist)) {
      if (!kinds.has(extname(file))) continue;
      writeFileSync(join(referenceDist, file + suffix), compress(readFileSync(join(referenceDist, file))));
    }
    made.push(`${suffix} for ${[...kinds].join(' ')}`);
  }
  return made;
}

export async function buildReferenceSite(): Promise<ReferenceSite> {
  const root = mkdtempSync(join(tmpdir(), 'bench-reference-'));
  const nodeModules = join(root, 'node_modules');
  const remove = () => {
    // The link first, so nothing can follow it into the project's node_modules.
    if (existsSync(nodeModules)) unlinkSync(nodeModules);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    symlinkSync(join(ROOT, 'node_modules'), nodeModules, 'dir');
    for (const [path, text] of Object.entries(FILES)) write(root, path, text);
    for (const locale of LOCALES) {
      write(root, `src/guide-${locale}.mdx`, readFileSync(guideSource(locale), 'utf8'));
      write(root, `src/pages/${locale}.astro`, page(locale, 'Bare'));
      write(root, `src/pages/floor/${locale}.astro`, page(locale, 'Floor', '../..'));
    }
    const started = performance.now();
    const child = startChild('npx', ['astro', 'build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const output = captureOutput(child);
    const code = await new Promise<number | null>((done, fail) => {
      child.once('error', fail);
      child.once('close', done);
    });
    forgetChild(child);
    if (code !== 0) throw new BenchError(`the reference site's astro build failed (exit ${code}):\n${tail(output())}`);
    const dist = join(root, 'dist');
    for (const locale of LOCALES)
      if (![REFERENCE_PATHS, FLOOR_PATHS].every((paths) => existsSync(join(dist, paths[locale], 'index.html'))))
        throw new BenchError(`the reference build has no page for ${locale}`);
    return { root, dist, buildMs: performance.now() - started, precompressed: mirrorPrecompression(dist), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
