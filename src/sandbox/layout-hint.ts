/**
 * What a returning reader's first paint needs before the sandbox answers: whether the sandbox has
 * legacy tokens (the try-request panel is then its whole form, ~630 px, not a two-line note). The
 * page notes it here whenever it sees the sandbox; the inline script in <head>
 * (build/register-worker.mjs) turns it into `data-legacy-tokens` on <html>, and the
 * panel's room before it draws follows that (src/components/TryRequest.astro). A layout hint
 * only: the sandbox's state stays with its one writer, the worker.
 */
import { LAYOUT_HINT_KEY, LAYOUT_HINT_LEGACY_TOKENS, type SandboxView } from '../contract/index.ts';

export function noteLayout(view: SandboxView): void {
  try {
    if (view.credentials) localStorage.setItem(LAYOUT_HINT_KEY, LAYOUT_HINT_LEGACY_TOKENS);
    else localStorage.removeItem(LAYOUT_HINT_KEY);
  } catch {
    // Storage blocked or full: the next first paint keeps the short room, as for a new reader.
  }
}
