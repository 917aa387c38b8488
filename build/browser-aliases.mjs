/**
 * Modules the browser bundle replaces with small stand-ins (see each stand-in's header for
 * why it is safe). One list for the site build, the element tests and the bench.
 */
import { fileURLToPath } from 'node:url';

export const BROWSER_ALIASES = {
  'tough-cookie': fileURLToPath(new URL('../src/sandbox/tough-cookie-lite.ts', import.meta.url)),
};
