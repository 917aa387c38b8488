/**
 * Marks the app `data-in-view` while any of it is on screen, so the "here" mark's dot pulses
 * when the reader can see it (highlight.styles.ts): a pulse that ran out of view would be over
 * by the time they scroll to it, and Chromium draws every frame of a running animation, seen or
 * not (one dot pulsing out of view: ~130 ms of renderer and GPU CPU per 3 s).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class InViewController implements ReactiveController {
  private observer: IntersectionObserver | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) this.host.toggleAttribute('data-in-view', entry.isIntersecting);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
