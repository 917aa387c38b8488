/**
 * What the pages and the site's service worker (src/ask/service-worker.ts) say to each other
 * besides HTTP: the hand-over of a state saved by an older version, and change notices.
 */

/** The worker tells every tab of this origin on it after each saved change: `{ revision }`. */
export const SANDBOX_CHANGES_CHANNEL = 'impact-sandbox-changes';

/** Page → worker, with a MessagePort for the answer (`WorkerAnswer`). */
export type WorkerRequest =
  /** The localStorage state of the site's older versions, kept only if the worker has none yet. */
  | { type: 'import-saved-state'; raw: string }
  /** A page loaded past the worker (a hard reload) asks to be controlled. */
  | { type: 'claim' }
  /** Which build the worker is (SITE_BUILD): a page asks a new worker whether it was built beside it. */
  | { type: 'build' };

export type WorkerAnswer = { ok: true; result: string } | { ok: false; message: string };

/**
 * Which build of the site's worker this code was built beside: a hash of the worker's bundle
 * (astro.config.mjs defines it for the pages and the worker alike); empty outside a build.
 */
export const SITE_BUILD: string =
  (typeof import.meta.env === 'object' ? (import.meta.env.SITE_BUILD as string | undefined) : undefined) ?? '';
