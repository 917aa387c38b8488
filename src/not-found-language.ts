/**
 * The static 404's language. A static host answers every missing address with the one `/404.html`,
 * so that page carries every language's version and picks, in the browser, the one the address
 * suggests, by the rule `npm start` picks its 404 with on the server (localeOfMissingPage in
 * src/site.ts; tests/unit/not-found-language.test.ts runs both over the same addresses):
 *
 * - CHOOSE, inline in <head>: before anything is drawn, another language's address sets the page's
 *   lang, dir, title and description and `data-not-found-locale`, which hides the default version
 *   (NotFound.astro's style), so the wrong language never shows;
 * - STAMP, inline after the versions: puts that language's version (a `<template>`, inert until
 *   then) in place of the default one, before the page's module scripts run, so the page has one
 *   version, one h1 and no id twice when they do.
 *
 * Inline scripts need their hash in the CSP: NotFound.astro adds both.
 */
import { DEFAULT_LOCALE, LOCALE_RECORDS, type Locale } from './contract/index.ts';

export interface NotFoundVersion {
  code: Locale;
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
}

/** What the address rule reads of each locale: where the site puts its segment, and its translated slugs. */
const MARKERS = LOCALE_RECORDS.map((record) => ({
  code: record.code,
  segment: record.segment,
  slugs: Object.values(record.slugs),
}));

/** The <head> script: chooses the version for `location.pathname` (ES5, like the worker's registration). */
export function chooseVersionScript(versions: readonly NotFoundVersion[]): string {
  const data = JSON.stringify({ markers: MARKERS, versions, fallback: DEFAULT_LOCALE }).replace(/</g, '\\u003c');
  return [
    '(function(){',
    `var d=${data},p=location.pathname,s=p.split("/").filter(Boolean),w=p.toLowerCase().split("/").filter(Boolean),c=d.fallback,i,m;`,
    // The locale's segment where the site puts it (after the space: /partner/zh/…).
    'for(i=0;i<d.markers.length;i++){m=d.markers[i];if(m.segment!==null&&m.segment===s[1]){c=m.code;break}}',
    // Else its segment or a translated slug anywhere (/zh/partner/…, a zh slug without its segment).
    'if(c===d.fallback)for(i=0;i<d.markers.length;i++){m=d.markers[i];',
    'if((m.segment!==null&&w.indexOf(m.segment)>=0)||m.slugs.some(function(x){return w.indexOf(x)>=0})){c=m.code;break}}',
    'var v=d.versions.filter(function(x){return x.code===c})[0];if(c===d.fallback||!v)return;',
    'var h=document.documentElement,e=document.querySelector(\'meta[name="description"]\');',
    'h.lang=v.lang;h.dir=v.dir;document.title=v.title;if(e)e.content=v.description;',
    'h.setAttribute("data-not-found-locale",c)})()',
  ].join('');
}

/** The script after the versions: the chosen one in place of the default (which is hidden until then). */
export const STAMP_VERSION_SCRIPT = [
  '(function(){var h=document.documentElement,c=h.getAttribute("data-not-found-locale");if(!c)return;',
  "var t=document.querySelector('template[data-not-found-version=\"'+c+'\"]'),",
  'o=document.querySelector("[data-not-found-default]");',
  'if(t&&o)o.replaceWith(t.content.cloneNode(true));else h.removeAttribute("data-not-found-locale")})()',
].join('');
