/**
 * The one inline script in every page's <head> (src/layouts/Base.astro): it registers the site's
 * service worker while the page is still parsing, so the worker installs alongside the page
 * rather than after the sandbox's chunk, checks for a new version on every load, and notes when a new version of the worker takes over
 * a page loaded under the old one (`data-site-updated`, read by mocks/browser.ts). Inline
 * scripts need their hash in the CSP: astro.config.mjs adds REGISTER_WORKER_HASH.
 */
import { createHash } from 'node:crypto';
import { SERVICE_WORKER_OPTIONS, SERVICE_WORKER_URL } from '../src/contract/routes.ts';
import { LAYOUT_HINT_KEY, LAYOUT_HINT_LEGACY_TOKENS } from '../src/contract/sandbox.ts';

export const REGISTER_WORKER_SCRIPT = [
  // Also the returning reader's layout hint (src/sandbox/layout-hint.ts), read before the first
  // paint so the try-request panel's room fits what it will draw.
  `try{if(localStorage.getItem(${JSON.stringify(LAYOUT_HINT_KEY)})===${JSON.stringify(LAYOUT_HINT_LEGACY_TOKENS)})document.documentElement.dataset.legacyTokens=""}catch(e){}`,
  'if(isSecureContext&&navigator.serviceWorker){',
  'var c=navigator.serviceWorker;',
  'if(c.controller)c.addEventListener("controllerchange",function(){document.documentElement.dataset.siteUpdated=""},{once:true});',
  `c.register(${JSON.stringify(SERVICE_WORKER_URL)},${JSON.stringify(SERVICE_WORKER_OPTIONS)})`,
  // Registering again checks nothing: a page under an installed worker asks for an update check
  // itself (a revalidation, 304 when nothing changed), so a deploy takes over on the next load.
  '.then(function(r){if(c.controller)return r.update()}).catch(function(){})}',
].join('');

export const REGISTER_WORKER_HASH = `sha256-${createHash('sha256').update(REGISTER_WORKER_SCRIPT).digest('base64')}`;
