/**
 * What the as-served loads record inside the page (installed before the page's own scripts), and
 * the layout-shift arithmetic done on it in Node.
 *
 * "First widget usable": the first `impact-sandbox` on the page (the guide's step-1 widget) is
 * upgraded (`:defined`), shows its screen (`[data-ready]`, the readiness the widgets expose and
 * the timing section has always waited for), and the control it marks for the reader (or its
 * first control) is not disabled. The sample then clicks that control to prove the moment was real.
 */

export interface Shift {
  /** ms since navigation start. */
  time: number;
  value: number;
  /** The elements that moved, as tag#id.class. */
  sources: string[];
}

export interface Probe {
  shifts: Shift[];
  widgetUsableAt: number | null;
}

/** The control a widget marks for the reader ("here"), else its first control: the one a reader uses first. */
export const MARKED_CONTROL = '.highlighted';
export const ANY_CONTROL = 'button, [role="button"], select, input, a[href]';

/** Runs in the page before its scripts (serialised by Playwright: self-contained). */
export function installProbe({ marked, any }: { marked: string; any: string }): void {
  if (window !== window.top) return;
  const probe: Probe = { shifts: [], widgetUsableAt: null };
  (window as unknown as { __benchProbe: Probe }).__benchProbe = probe;

  const describe = (node: Node | null | undefined) => {
    if (!(node instanceof Element)) return node ? node.nodeName.toLowerCase() : '(removed)';
    return `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList[0] ? `.${node.classList[0]}` : ''}`;
  };
  type LayoutShift = PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources?: { node?: Node | null }[];
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[])
      if (!entry.hadRecentInput)
        probe.shifts.push({
          time: entry.startTime,
          value: entry.value,
          sources: (entry.sources ?? []).map((source) => describe(source.node)),
        });
  }).observe({ type: 'layout-shift', buffered: true });

  const disabled = (element: Element) =>
    element.matches(':disabled, [aria-disabled="true"]') ||
    Boolean(element.shadowRoot?.querySelector('button:disabled, [aria-disabled="true"]'));
  const usable = () => {
    const widget = document.querySelector('impact-sandbox');
    const root = widget?.shadowRoot;
    if (!widget || !root || !widget.matches(':defined') || !root.querySelector('[data-ready]')) return false;
    const control = root.querySelector(marked) ?? root.querySelector(any);
    return Boolean(control) && !disabled(control!);
  };
  let watched: ShadowRoot | null = null;
  const watch = (root: ShadowRoot) => {
    watched = root;
    new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true });
  };
  const check = () => {
    if (probe.widgetUsableAt !== null) return;
    if (usable()) {
      probe.widgetUsableAt = performance.now();
      clearInterval(poll);
      return;
    }
    // Mutations inside the widget say the moment exactly; the poll finds the widget's shadow root.
    const root = document.querySelector('impact-sandbox')?.shadowRoot ?? null;
    if (root && root !== watched) watch(root);
  };
  // The first widget's shadow root is watched from its creation: found by the poll only, it was
  // watched in time when the widget drew a frame or more after its upgrade, but not when it drew
  // in the same task, whose moment then came from the next poll (as late as the main thread was
  // busy after it), so the two orders were not measured alike.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    if (this === document.querySelector('impact-sandbox')) watch(root);
    return root;
  };
  const poll = setInterval(check, 25);
}

/**
 * Cumulative Layout Shift as the web-vitals library defines it: shifts less than 1 s apart form a
 * session (at most 5 s long); CLS is the largest session's sum.
 */
export function cumulativeLayoutShift(shifts: Shift[]): number {
  let largest = 0;
  let session = 0;
  let sessionStart = -Infinity;
  let previous = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.time - b.time)) {
    if (shift.time - previous >= 1000 || shift.time - sessionStart >= 5000) {
      session = 0;
      sessionStart = shift.time;
    }
    session += shift.value;
    previous = shift.time;
    largest = Math.max(largest, session);
  }
  return largest;
}
