import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { build as esbuild } from 'esbuild';
import { BROWSER_ALIASES, WORKER_ALIASES } from './build/browser-aliases.mjs';
import { customElementsManifest } from './build/custom-elements-manifest.mjs';
import { firstScreenChunks } from './build/first-screen-chunks.mjs';
import { minifyElementTemplates } from './build/element-templates.mjs';
import { modulePreloads } from './build/module-preloads.mjs';
import { REGISTER_WORKER_HASH } from './build/register-worker.mjs';
import { sideEffectFree } from './build/side-effect-free.mjs';
import { writePseudoContent } from './build/pseudo-content.ts';
import { precompress } from './server/precompress.ts';
import { redirectPagesKeepQuery } from './server/redirect-pages.ts';
import { REDIRECTS } from './src/site.ts';
import { SERVICE_WORKER_ASK_URL, SERVICE_WORKER_URL } from './src/contract/routes.ts';
import { guideLabelCheck } from './src/sandbox/guided/label-check.ts';

// The pseudo-locale's pages when the build has it (PUBLIC_PSEUDO_LOCALE=1), else none.
await writePseudoContent(fileURLToPath(new URL('.', import.meta.url)));

/**
 * Bundles the site's service worker (src/ask/service-worker.ts: the sandbox's handlers) to
 * /sandbox-sw.js: at the site root, because a worker's scope cannot reach above its own folder;
 * and the ask lookups apart, to /sandbox-sw-ask.js, so the worker installs without them. Classic
 * scripts (a worker may not import()). Served on the fly in dev.
 */
/** @returns {import('astro').AstroIntegration} */
function siteServiceWorker() {
  /** @type {Record<string, string>} */
  const bundles = {
    [SERVICE_WORKER_URL]: './src/ask/service-worker.ts',
    [SERVICE_WORKER_ASK_URL]: './src/ask/worker-ask.ts',
  };
  /**
   * Which build of the worker this is, in the pages' code and the worker alike: a hash of the
   * worker's own bundle, so the same source builds the same bytes (no new worker) and a page can
   * tell whether the worker that takes it over was built beside it (mocks/browser.ts).
   */
  let siteBuild = '';
  /** @type {(path: string) => import('esbuild').BuildOptions} */
  const options = (path) => ({
    entryPoints: [fileURLToPath(new URL(bundles[path] ?? '', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    // The worker has no pseudo-locale (src/contract/locale.ts reads import.meta.env where Vite provides it).
    define: {
      'import.meta.env': '{}',
      'import.meta.env.PUBLIC_PSEUDO_LOCALE': '""',
      'import.meta.env.SITE_BUILD': JSON.stringify(siteBuild),
    },
    // The handlers without MSW's runtime, and the page bundle's stand-ins for the rest.
    alias: WORKER_ALIASES,
    // The labels and the ask engine's modules only define things: the worker keeps what it uses.
    plugins: [sideEffectFree(/^src\/(i18n|ask\/engine)\/|^src\/ask\/reply\.ts$/)],
  });
  return {
    name: 'site-service-worker',
    hooks: {
      'astro:config:setup': async ({ updateConfig }) => {
        const unmarked = await esbuild({ ...options(SERVICE_WORKER_URL), minify: true, write: false });
        siteBuild = createHash('sha256')
          .update(unmarked.outputFiles?.[0]?.contents ?? '')
          .digest('hex')
          .slice(0, 16);
        updateConfig({ vite: { define: { 'import.meta.env.SITE_BUILD': JSON.stringify(siteBuild) } } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = request.url?.split('?')[0];
          if (!path || !Object.hasOwn(bundles, path)) return next();
          const result = await esbuild({ ...options(path), write: false });
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(result.outputFiles?.[0]?.text ?? '');
        });
      },
      'astro:build:done': async ({ dir }) => {
        for (const path of Object.keys(bundles))
          await esbuild({ ...options(path), minify: true, outfile: fileURLToPath(new URL(`.${path}`, dir)) });
      },
    },
  };
}

const preloads = modulePreloads();
const sandboxChunks = firstScreenChunks('src/sandbox/app.ts');

export default defineConfig({
  // precompress last: it compresses what the others wrote (the site's worker included).
  integrations: [
    mdx(),
    siteServiceWorker(),
    customElementsManifest(),
    guideLabelCheck(),
    redirectPagesKeepQuery(REDIRECTS),
    preloads.integration,
    precompress(),
  ],
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  redirects: REDIRECTS,
  // The page's CSS inline: a stylesheet would hold up the first paint by a round trip (and the scripts behind it).
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Each page gets a <meta> policy with hashes of its inline scripts and styles, so it holds on
  // any static host too; the server adds frame-ancestors, which only a header can carry.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The worker's registration, inline in <head> (build/register-worker.mjs).
      scriptDirective: { hashes: [/** @type {`sha256-${string}`} */ (REGISTER_WORKER_HASH)] },
    },
  },
  vite: {
    plugins: [minifyElementTemplates(), preloads.plugin, sandboxChunks.plugin],
    // A constant in the bundles, so a build without the pseudo-locale drops its code (src/contract/locale.ts).
    define: { 'import.meta.env.PUBLIC_PSEUDO_LOCALE': JSON.stringify(process.env.PUBLIC_PSEUDO_LOCALE ?? '') },
    resolve: {
      alias: BROWSER_ALIASES,
    },
    // The sandbox's first-screen JS in two chunks (build/first-screen-chunks.mjs); the browser's bundle only.
    environments: {
      client: { build: { rolldownOptions: { output: { codeSplitting: sandboxChunks.codeSplitting } } } },
    },
  },
});
