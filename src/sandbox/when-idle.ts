/**
 * Runs `callback` at the page's next idle moment, or after `timeout` ms at the latest. Where the
 * browser has no idle callbacks (Safari), after a tenth of that.
 */
export function whenIdle(callback: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout });
  else setTimeout(callback, timeout / 10);
}
