/**
 * Loads a chunk only once one of its elements is near the viewport or gets focus: a lazy
 * element's code travels only to readers who come to it. An element inside a closed <details>
 * is not rendered, so it never intersects until the disclosure opens.
 */
export function loadWhenNear(selector: string, load: () => unknown): void {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    document.removeEventListener('focusin', onFocus);
    void load();
  };
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), {
    // A little before it arrives, so it is ready when seen.
    rootMargin: '600px 0px',
  });
  const onFocus = (event: FocusEvent) => {
    if ((event.target as Element | null)?.closest?.(selector)) start();
  };
  elements.forEach((element) => observer.observe(element));
  document.addEventListener('focusin', onFocus);
}
