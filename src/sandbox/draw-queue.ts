/**
 * The heavy widgets draw the ones in view first: a widget out of view (more than NEAR away)
 * waits until it comes near, or until the page is idle after a widget has drawn, one per idle
 * moment. On a slow phone, drawing every app on the guide at once held the first one back by
 * about half a second; the page keeps their room meanwhile (`:not([data-drawn])`). One queue per
 * page, kept in the page's store (client-store.ts).
 */
import { whenIdle } from './when-idle.ts';

/** Like boot.ts's margin: a widget this close to the viewport draws at once. */
const NEAR = '600px 0px';

/** How long a widget out of view waits for an idle moment at most. */
const IDLE_TIMEOUT_MS = 500;

export class DrawQueue {
  /** Widgets waiting to draw, in the order they connected (document order), with what lets them. */
  private readonly waiting = new Map<Element, () => void>();
  private observer: IntersectionObserver | undefined;
  private idleChain: 'not started' | 'scheduled' | 'waiting' = 'not started';

  /** Resolves when `element` may draw: it is near the viewport, or its turn came while the page was idle. */
  whenNear(element: Element): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.set(element, resolve);
      this.observer ??= new IntersectionObserver(
        (entries) => {
          const near = entries.filter((entry) => entry.isIntersecting);
          near.forEach((entry) => this.release(entry.target));
          // Nothing in view to draw first: the rest need not wait for it.
          if (near.length === 0 && this.idleChain === 'not started') this.drawNextWhenIdle();
        },
        { rootMargin: NEAR },
      );
      this.observer.observe(element);
    });
  }

  /** A widget has drawn: the ones out of view follow, one per idle moment. */
  drewOne(): void {
    this.drawNextWhenIdle();
  }

  private release(element: Element): void {
    const draw = this.waiting.get(element);
    if (!draw) return;
    this.waiting.delete(element);
    this.observer?.unobserve(element);
    draw();
  }

  /** The next waiting widget draws in the next idle moment, then the next, each in its own task. */
  private drawNextWhenIdle(): void {
    if (this.idleChain === 'scheduled' || this.waiting.size === 0) return;
    this.idleChain = 'scheduled';
    whenIdle(() => {
      this.idleChain = 'waiting';
      const [next] = this.waiting.keys();
      if (next) this.release(next);
      this.drawNextWhenIdle();
    }, IDLE_TIMEOUT_MS);
  }
}
