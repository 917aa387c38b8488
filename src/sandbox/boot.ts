/**
 * The only script every guide page loads up front (about 1 KB gzip): it waits until a
 * sandbox widget is near the viewport, or gets focus, then loads the sandbox, once: the first
 * of the two signals stops both, so the page keeps no "loading" flag of its own.
 */
const SELECTOR = 'impact-sandbox, impact-try-request, impact-sandbox-controls, impact-integration, impact-request-log';

const embeds = document.querySelectorAll(SELECTOR);
if (embeds.length > 0) {
  document.documentElement.dataset.sandbox = 'waiting';
  const load = () => {
    observer.disconnect();
    document.removeEventListener('focusin', onFocus);
    void import('./app.ts').then(({ startSandbox }) => startSandbox());
  };
  const onFocus = (event: FocusEvent) => {
    if ((event.target as Element | null)?.closest?.(SELECTOR)) load();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) load();
    },
    // Start a little before the widget arrives so it is ready when seen.
    { rootMargin: '600px 0px' },
  );
  embeds.forEach((embed) => observer.observe(embed));
  document.addEventListener('focusin', onFocus);
}
