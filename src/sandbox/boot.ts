/**
 * The only script every guide page loads up front (about 1 KB gzip): it waits until a
 * sandbox widget is near the viewport, or gets focus, then loads the sandbox.
 */
const SELECTOR = 'impact-sandbox, impact-try-request, impact-sandbox-controls, impact-integration, impact-request-log';

let loading: Promise<void> | null = null;

function load(): Promise<void> {
  loading ??= import('./app.ts').then(({ startSandbox }) => startSandbox());
  return loading;
}

const embeds = document.querySelectorAll(SELECTOR);
if (embeds.length > 0) {
  document.documentElement.dataset.sandbox = 'waiting';
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void load();
      }
    },
    // Start a little before the widget arrives so it is ready when seen.
    { rootMargin: '600px 0px' },
  );
  embeds.forEach((embed) => observer.observe(embed));
  document.addEventListener('focusin', (event) => {
    if ((event.target as Element | null)?.closest?.(SELECTOR)) void load();
  });
}
