/**
 * Loads the support panels (src/sandbox/support-panels.ts) only when they are wanted: one of
 * them is near the viewport or gets focus, or the sandbox has legacy tokens (the integration
 * takes its copy of a token then, before any reset it should break on). A page without them
 * never loads the chunk.
 */
import { sandboxStore } from '../client-store.ts';

const PANELS = 'impact-integration, impact-request-log';

export function loadPanelsWhenWanted(load: () => Promise<unknown>): void {
  const panels = document.querySelectorAll(PANELS);
  if (panels.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    sandboxStore.removeEventListener('change', onChange);
    void load();
  };
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), {
    rootMargin: '600px 0px',
  });
  panels.forEach((panel) => observer.observe(panel));
  const onChange = () => sandboxStore.view?.credentials && start();
  sandboxStore.addEventListener('change', onChange);
  onChange();
  document.addEventListener('focusin', (event) => {
    if ((event.target as Element | null)?.closest?.(PANELS)) start();
  });
}
