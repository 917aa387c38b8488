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

/** What the address rule reads of a locale: where the site puts its segment, and its translated slugs. */
interface LocaleMarker {
  code: string;
  segment: string | null;
  slugs: readonly string[];
}

const MARKERS: readonly LocaleMarker[] = LOCALE_RECORDS.map((record) => ({
  code: record.code,
  segment: record.segment,
  slugs: Object.values(record.slugs),
}));

/**
 * The language a missing address suggests: the locale's segment where the site puts it (after the
 * space: /partner/zh/…), else its segment or a translated slug anywhere (/zh/partner/…, a zh slug
 * without its segment), else the fallback. One rule for both runtimes: the server calls it
 * (localeOfMissingPage) and the static 404 inlines its source, so it uses nothing but its
 * arguments, in ES5.
 */
export function localeSuggestedBy(path: string, markers: readonly LocaleMarker[], fallback: string): string {
  var placed = path.split('/').filter(Boolean)[1];
  var words = path.toLowerCase().split('/').filter(Boolean);
  var i;
  for (i = 0; i < markers.length; i++)
    if (markers[i]!.segment !== null && markers[i]!.segment === placed) return markers[i]!.code;
  for (i = 0; i < markers.length; i++) {
    var marker = markers[i]!;
    if (
      (marker.segment !== null && words.indexOf(marker.segment) >= 0) ||
      marker.slugs.some(function (slug) {
        return words.indexOf(slug) >= 0;
      })
    )
      return marker.code;
  }
  return fallback;
}

/** The language a missing address suggests, by the site's locales (`localeSuggestedBy`). */
export function localeOfMissingPage(path: string): Locale {
  return localeSuggestedBy(path, MARKERS, DEFAULT_LOCALE) as Locale;
}

/** The <head> script: chooses the version for `location.pathname` (ES5, like the worker's registration). */
export function chooseVersionScript(versions: readonly NotFoundVersion[]): string {
  const data = JSON.stringify({ markers: MARKERS, versions, fallback: DEFAULT_LOCALE }).replace(/</g, '\\u003c');
  return [
    '(function(){',
    `var d=${data},c=(${String(localeSuggestedBy)})(location.pathname,d.markers,d.fallback);`,
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
