import { playwright } from '@vitest/browser-playwright';
import { msw } from 'msw/vite';
import { defineConfig } from 'vitest/config';
import { BROWSER_ALIASES } from './build/browser-aliases.mjs';
import { chromiumLaunchOptions } from './tests/chromium.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // npm test runs these beside astro check and the e2e tests: on a busy 2-core machine the
          // property tests (fast-check, 100 runs each) took 5.5–10.7 s, past Vitest's 5 s default,
          // and the elements manifest's analysis (a beforeAll) over 10 s, the hooks' default.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [msw({ mode: 'worker-only' })],
        resolve: {
          alias: BROWSER_ALIASES,
        },
        test: {
          name: 'elements',
          include: ['src/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
              // The copy buttons write to the clipboard; tests read it back.
              contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
