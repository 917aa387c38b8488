/**
 * Opens the closed `<details>` a fragment points into and scrolls to the target (answers link
 * to sections such as the menu reference, which the page shows collapsed). Used on load, on
 * `hashchange`, and by the ask box for a link to the hash the page already has (no hashchange).
 */
export function revealTarget(hash: string): void {
  if (!hash || hash === '#') return;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape names no element; look it up as written.
  }
  const target = document.getElementById(id);
  const details = target?.closest('details');
  if (target && details && !details.open) {
    details.open = true;
    target.scrollIntoView();
  }
}
