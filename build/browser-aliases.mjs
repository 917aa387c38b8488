/**
 * Modules the browser bundle replaces with small stand-ins (see each stand-in's header for
 * why it is safe). One list for the site build, the element tests and the bench.
 */
import { fileURLToPath } from 'node:url';

const INACTIVE_INTERCEPTORS = fileURLToPath(new URL('../src/sandbox/interceptors-lite.ts', import.meta.url));

export const BROWSER_ALIASES = {
  'tough-cookie': fileURLToPath(new URL('../src/sandbox/tough-cookie-lite.ts', import.meta.url)),
  '@mswjs/interceptors/WebSocket': INACTIVE_INTERCEPTORS,
  '@mswjs/interceptors/fetch': INACTIVE_INTERCEPTORS,
  '@mswjs/interceptors/XMLHttpRequest': INACTIVE_INTERCEPTORS,
};

/**
 * The site's service worker runs the handler set without MSW's runtime (src/sandbox/msw-direct.ts
 * says what that leaves out); everything else it bundles gets the browser's stand-ins.
 */
export const WORKER_ALIASES = {
  ...BROWSER_ALIASES,
  msw: fileURLToPath(new URL('../src/sandbox/msw-direct.ts', import.meta.url)),
};
