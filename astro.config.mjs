import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { msw } from 'msw/vite';
import { REDIRECTS } from './src/site.ts';

export default defineConfig({
  integrations: [mdx()],
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  redirects: REDIRECTS,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    // Emits and serves mockServiceWorker.js; the app starts the worker itself (mocks/browser.ts).
    plugins: [msw({ mode: 'worker-only' })],
    resolve: {
      alias: { tldts: fileURLToPath(new URL('./src/sandbox/tldts-lite.ts', import.meta.url)) },
    },
  },
});
