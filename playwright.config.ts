import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './tests/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4399);
/** The same build behind a plain static server: only the service worker can answer `/api` and `?ask=` there. */
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? 4398);

// The e2e build has the pseudo-locale (npm run test:e2e sets PUBLIC_PSEUDO_LOCALE=1 for the build,
// the tests and the servers, which inherit this environment): tests/e2e/pseudo-locale.spec.ts.
// Lets tests see the network requests the service worker makes itself (tests/e2e/fixtures.ts).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
// Node keeps the bytecode of the modules it compiles (npm test sets this for all its processes):
// the servers the specs start (about 20 in a run) then start on 0.35 CPU-s instead of 0.7, and
// the workers load Playwright from it. A changed file is compiled afresh (the cache checks it).
process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('node_modules/.cache/node-compile-cache', import.meta.url));

/** Specs whose time is mostly spent waiting on a server (see `projects`). */
const SERVER_SPECS = /\/(server-[a-z]+|mcp|ask-http|support-curl-restart)\.spec\.ts$/;

/**
 * lan-sandbox.test is this machine under a name that is no secure context over plain http (no
 * service worker): sandbox-behaviour.spec.ts opens the guide there in a context of the workers'
 * browser instead of launching one of its own.
 */
const launchOptions = {
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, '--host-resolver-rules=MAP lan-sandbox.test 127.0.0.1'],
};

const desktop = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1400, height: 1000 },
  launchOptions,
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    serviceWorkers: 'allow',
    trace: 'off',
    // A reader who asked for less motion: the "here" mark's dot does not pulse. Its pulse (4.2 s
    // after every new mark, also out of view) keeps Chromium drawing frames at 60 fps, ~0.1 CPU-s
    // a second in the renderer and GPU process, which is what the tests' pages cost after their
    // load. guided-steps.spec.ts checks the pulse with and without this preference.
    reducedMotion: 'reduce',
  },
  // The phone specs (*.phone.spec.ts, phone.spec.ts) take the Pixel 7's context options with
  // test.use (PHONE in tests/e2e/phone-device.ts), so they run in the same workers and browsers as
  // the rest instead of a project of their own started after them.
  // The specs that mostly wait on servers they start (a 10 s header timeout, a shutdown's grace, a
  // restart) come first: a project's tests are handed out before the next project's, and in
  // `npm test` the run's first minute or two is shared with Vitest and astro check, which use the
  // cores these specs leave idle. Run last, their waits left a core idle at the end.
  projects: [
    { name: 'servers', use: desktop, testMatch: SERVER_SPECS },
    { name: 'desktop', use: desktop, testIgnore: SERVER_SPECS },
  ],
  // The e2e suite runs against the built site behind the real `npm start` server.
  webServer: [
    {
      command: 'node server/serve.ts',
      url: `http://127.0.0.1:${PORT}/api/sandbox/account`,
      // lan-sandbox.test: a name besides its own that this server answers for (server-hardening.spec.ts).
      env: { PORT: String(PORT), HOST: '127.0.0.1', ALLOWED_HOSTS: 'lan-sandbox.test' },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node server/serve.ts',
      url: `http://127.0.0.1:${STATIC_PORT}/llms.txt`,
      env: { PORT: String(STATIC_PORT), HOST: '127.0.0.1', STATIC_ONLY: '1' },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
