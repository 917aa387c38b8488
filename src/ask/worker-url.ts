/**
 * The site's one service worker: MSW's worker (the sandbox backend) plus the `?ask=` lookups,
 * which it answers itself, navigations included. Built from src/ask/service-worker.ts.
 */
export const SERVICE_WORKER_URL = '/sandbox-sw.js';

/** The static index the lookups load on the first question. */
export const ASK_INDEX_URL = '/ask-index.json';

/** Questions longer than this get a 400. */
export const MAX_QUESTION_CHARS = 1000;
