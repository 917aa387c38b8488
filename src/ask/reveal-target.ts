/**
 * Opens the closed `<details>` a fragment points into and scrolls to the target (answers link
 * to sections such as the menu reference, which the page shows collapsed). Used on load, on
 * `hashchange`, and by the ask box for links into the page it is on.
 */
export function revealTarget(hash: string): void {
  const target = fragmentTarget(hash);
  const details = target?.closest('details');
  if (target && details && !details.open) {
    details.open = true;
    target.scrollIntoView();
    keepInViewWhileThePageSettles(target);
  }
}

/** The element a `#fragment` names, or null. */
function fragmentTarget(hash: string): HTMLElement | null {
  if (!hash || hash === '#') return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape names no element; look it up as written.
  }
  return document.getElementById(id);
}

/** Long enough for a slow phone to start the sandbox after the jump; the reader's own scroll ends it sooner. */
const SETTLE_LIMIT_MS = 10_000;
const READER_TAKES_OVER = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * A scroll made by script ends the browser's own fragment anchoring, and the jump itself starts
 * the sandbox, whose widgets above the target then draw and grow: without this the target ends
 * below the fold. It follows the target until the reader scrolls, types or clicks.
 */
function keepInViewWhileThePageSettles(target: HTMLElement): void {
  const resized = new ResizeObserver(() => target.scrollIntoView());
  const stop = () => {
    resized.disconnect();
    clearTimeout(timer);
    for (const type of READER_TAKES_OVER) removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, SETTLE_LIMIT_MS);
  for (const type of READER_TAKES_OVER) addEventListener(type, stop, { capture: true, passive: true });
  resized.observe(document.documentElement);
}
