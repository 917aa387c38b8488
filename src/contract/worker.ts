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
  | { type: 'claim' };

export type WorkerAnswer = { ok: true; result: string } | { ok: false; message: string };
