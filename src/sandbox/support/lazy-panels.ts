/**
 * Loads the support panels (src/sandbox/support-panels.ts: the live integration and the request
 * log) only when they are wanted: one of them is near the viewport or gets focus. In the guide's
 * console they sit in a closed "support tools" disclosure, so a learner's page never loads them;
 * opening it loads them (the integration takes its copy of a token then), and it stays open
 * across reloads once a support agent has opened it. On the full sandbox they are in view at once.
 */
import { loadWhenNear } from './load-when-near.ts';

const PANELS = 'impact-integration, impact-request-log';
const DISCLOSURE = 'details.support-tools';
/** Whether this browser's reader left the guide's support tools open. */
const OPEN_KEY = 'impact-legacy-token-sandbox/support-tools';

export function loadPanelsWhenWanted(load: () => Promise<unknown>): void {
  if (!document.querySelector(PANELS)) return;
  loadWhenNear(PANELS, load);
  const disclosure = document.querySelector<HTMLDetailsElement>(DISCLOSURE);
  if (!disclosure) return;
  if (readOpen()) disclosure.open = true;
  // Opened, they load at once: the console scrolls on its own, so they may be rendered yet out of its view.
  // (A second `import()` of the same chunk is the same promise.)
  if (disclosure.open) void load();
  disclosure.addEventListener('toggle', () => {
    saveOpen(disclosure.open);
    if (disclosure.open) void load();
  });
}

function readOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === 'open';
  } catch {
    return false;
  }
}

function saveOpen(open: boolean): void {
  try {
    localStorage.setItem(OPEN_KEY, open ? 'open' : 'closed');
  } catch {
    // Storage blocked: the disclosure simply starts closed next time.
  }
}
