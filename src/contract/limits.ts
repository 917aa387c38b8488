/** Limits both sides enforce or show. */

/**
 * A question (or a goal) longer than this, in code points, gets a 400 that names the limit. The
 * longest real question seen is about 260 characters; answering one costs time that grows with
 * its length, so the cap keeps a flood of long questions from holding the server.
 */
export const MAX_QUESTION_CHARS = 300;

/** Request bodies for writes are capped; larger ones get a 413. */
export const MAX_BODY_BYTES = 64 * 1024;
export const BODY_TOO_LARGE_MESSAGE = `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`;

/** The partner API's hourly limit for "everything else" (shared/reference/facts.md). */
export const RATE_LIMIT_PER_HOUR = 1000;
