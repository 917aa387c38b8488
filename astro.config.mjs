import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { msw } from 'msw/vite';

const ZH_GUIDE =
  '/partner/zh/nin-xiang-liao-jie-shen-me/account-management/account-settings/api-tokens/manage-legacy-api-tokens-as-a-partner';

export default defineConfig({
  integrations: [mdx()],
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
  redirects: {
    '/': ZH_GUIDE,
    '/partner/zh': ZH_GUIDE,
  },
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
