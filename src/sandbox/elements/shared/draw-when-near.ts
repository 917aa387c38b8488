/**
 * The heavy widgets draw the ones in view first: a widget out of view (more than NEAR away)
 * waits until it comes near, or until the page is idle after a widget has drawn, one per idle
 * moment. On a slow phone, drawing every app on the guide at once held the first one back by
 * about half a second; the page keeps their room meanwhile (`:not([data-drawn])`).
 */

/** Like boot.ts's margin: a widget this close to the viewport draws at once. */
const NEAR = '600px 0px';

/** Widgets waiting to draw, in the order they connected (document order), with what lets them. */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;
let idleChain: 'not started' | 'scheduled' | 'waiting' = 'not started';

function release(element: Element): void {
  const draw = waiting.get(element);
  if (!draw) return;
  waiting.delete(element);
  observer?.unobserve(element);
  draw();
}

const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 500 })
    : setTimeout(callback, 50);

/** The next waiting widget draws in the next idle moment, then the next, each in its own task. */
function drawNextWhenIdle(): void {
  if (idleChain === 'scheduled' || waiting.size === 0) return;
  idleChain = 'scheduled';
  whenIdle(() => {
    idleChain = 'waiting';
    const [next] = waiting.keys();
    if (next) release(next);
    drawNextWhenIdle();
  });
}

/** Resolves when `element` may draw: it is near the viewport, or its turn came while the page was idle. */
export function whenNear(element: Element): Promise<void> {
  return new Promise((resolve) => {
    waiting.set(element, resolve);
    observer ??= new IntersectionObserver(
      (entries) => {
        const near = entries.filter((entry) => entry.isIntersecting);
        near.forEach((entry) => release(entry.target));
        // Nothing in view to draw first: the rest need not wait for it.
        if (near.length === 0 && idleChain === 'not started') drawNextWhenIdle();
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
  });
}

/** A widget has drawn: the ones out of view follow, one per idle moment. */
export function drewOne(): void {
  drawNextWhenIdle();
}
