import { playwright } from '@vitest/browser-playwright';
import { msw } from 'msw/vite';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BROWSER_ALIASES } from './build/browser-aliases.mjs';
import { chromiumLaunchOptions } from './tests/chromium.ts';

/**
 * Unit test files that change nothing outside their own modules: no MSW server (it patches the
 * process's fetch and http), no stubs, no environment, no servers or child processes. They share
 * one module cache (`isolate: false`): the ask engine, its index and the i18n tables load once
 * per worker instead of once per file, half these files' CPU. Any file that does one of those
 * things, or imports the MSW harness, runs isolated as before; the test is on the file's text, so
 * a new file is sorted without anyone listing it.
 */
const TOUCHES_THE_PROCESS = /msw|harness|createServer|listen\(|spawn|exec|vi\.|process\.env|globalThis/;
/**
 * Files whose one change to the process is the MSW harness's server (tests/unit/harness.ts): it
 * is installed in the file's beforeAll and taken out in its afterAll, and a worker runs its files
 * one after another, so these too share a module cache (the handlers and MSW load once per
 * worker: 33 → 15 CPU-s for the isolated files). Anything more (stubs, mocks, servers, child
 * processes, environment) still runs isolated.
 */
const ONLY_THE_HARNESS = (text: string) =>
  /from '\.\/harness\.ts'/.test(text) && !/createServer\(|listen\(|spawn|exec|vi\.|process\.env|globalThis/.test(text);
const UNIT_FILES = readdirSync('tests/unit').filter((name) => name.endsWith('.test.ts'));
const SHARED_MODULE_FILES = UNIT_FILES.filter((name) => {
  const text = readFileSync(`tests/unit/${name}`, 'utf8');
  return !TOUCHES_THE_PROCESS.test(text) || ONLY_THE_HARNESS(text);
}).map((name) => `tests/unit/${name}`);

const unitOptions = {
  environment: 'node',
  // npm test runs these beside astro check and the e2e tests: on a busy 2-core machine the
  // property tests (fast-check, 100 runs each) took 5.5–10.7 s, past Vitest's 5 s default,
  // and the elements manifest's analysis (a beforeAll) over 10 s, the hooks' default.
  testTimeout: 30_000,
  hookTimeout: 30_000,
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: SHARED_MODULE_FILES,
          ...unitOptions,
        },
      },
      {
        test: {
          name: 'unit-shared',
          include: SHARED_MODULE_FILES,
          isolate: false,
          ...unitOptions,
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
          // Beside the e2e tests on a busy machine, an element's axe test took over the 15 s default.
          testTimeout: 30_000,
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
