/**
 * The page actions menu (src/components/PageActions.astro), loaded by the page's script rather
 * than a script of its own: one entry script fewer for the first load to fetch.
 * Off the critical path: the menu (Lit, shared with the sandbox) loads once the page is idle,
 * and on a page whose sandbox is starting (boot.ts marks it "waiting") once that has started or
 * after 10 s: on a slow phone its 0.1–0.2 s of work came before the first widget's. Until then
 * the plain link to the page's Markdown stands in.
 */
import { whenIdle } from './when-idle.ts';

const load = () => void import('./elements/impact-page-actions/impact-page-actions.ts');
const loadWhenIdle = () => whenIdle(load, 2000);
const root = document.documentElement;
const afterSandboxStart = () => {
  if (root.dataset.sandbox !== 'waiting') return loadWhenIdle();
  const go = () => {
    observer.disconnect();
    clearTimeout(timer);
    loadWhenIdle();
  };
  const observer = new MutationObserver(() => root.dataset.sandbox !== 'waiting' && go());
  observer.observe(root, { attributes: true, attributeFilter: ['data-sandbox'] });
  // A sandbox far down the page starts only when the reader gets near it.
  const timer = setTimeout(go, 10_000);
};
// The page's script is a module script: it runs before DOMContentLoaded, and boot.ts has marked
// the page by then.
if (document.querySelector('impact-page-actions'))
  document.addEventListener('DOMContentLoaded', afterSandboxStart, { once: true });
