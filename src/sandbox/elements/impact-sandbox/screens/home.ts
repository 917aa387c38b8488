/** The app's home screen: where every embed without a `screen` starts. */
import { html } from 'lit';
import type { SandboxScreenHost } from './host.ts';

export function renderHome({ sandboxLabels: t }: SandboxScreenHost) {
  return html`
    <h2 tabindex="-1" data-screen-heading>${t.home}</h2>
    <p>${t.homeIntro}</p>
  `;
}
