/** Lets a Lit element redraw whenever one of the support modules' stores (an EventTarget) changes. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WatchController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly target: EventTarget;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost, target: EventTarget) {
    this.host = host;
    this.target = target;
    host.addController(this);
  }

  hostConnected(): void {
    this.target.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.target.removeEventListener('change', this.onChange);
  }
}
