/**
 * The in-page side of `?ask=`: the same endpoint a plain HTTP client uses, asked for JSON. The
 * site's service worker answers it (offline too); where no worker can run (not a secure
 * context), `npm start`'s server does.
 */
import type { AskReply } from './types.ts';
import { controllingWorker } from '../site-worker.ts';

export class AskUnavailableError extends Error {}

/** How long a question waits for the worker to control the page before it asks the server. */
const CONTROL_TIMEOUT_MS = 5000;

/**
 * Where a page's questions go: its own HTML path with `?ask=`, asked for JSON. Not `<page>.md`,
 * which exists only for content pages: the full sandbox page has no `.md`, yet its box answers.
 */
function askPageUrl(pagePath: string): string {
  return pagePath.replace(/\.md$/, '').replace(/(.)\/$/, '$1');
}

/** The HTML address a reply's `<page>.md#anchor` link stands for. */
export function htmlUrl(replyUrl: string): string {
  const url = new URL(replyUrl, location.href);
  url.pathname = url.pathname.replace(/\.md$/, '');
  return url.pathname + url.hash;
}

export async function askQuestion(
  question: string,
  options: { page?: string; signal?: AbortSignal } = {},
): Promise<AskReply> {
  // The worker claims open pages when it activates; wait for that, but not forever.
  await Promise.race([controllingWorker(), new Promise((resolve) => setTimeout(resolve, CONTROL_TIMEOUT_MS))]);
  const url = new URL(askPageUrl(options.page ?? location.pathname), location.origin);
  url.searchParams.set('ask', question);
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new AskUnavailableError('network');
  }
  const isJson = response.headers.get('Content-Type')?.includes('application/json');
  if (!isJson) throw new AskUnavailableError(`status ${response.status}`);
  const body = (await response.json()) as AskReply | { error: string };
  if ('error' in body) throw new AskUnavailableError(body.error);
  return body;
}
