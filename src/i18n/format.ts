/**
 * Locale-dependent formatting: the language tag of a locale (for `<html lang>` and Intl), and
 * dates and times in the reader's own time zone, in the locale's own form.
 */
import type { Locale } from '../contract/index.ts';

export const LANGUAGE_TAGS: Record<Locale, string> = { zh: 'zh-CN', en: 'en-US' };

export function languageTag(locale: Locale): string {
  return LANGUAGE_TAGS[locale];
}

/** A day, e.g. 2024年3月18日 / March 18, 2024. `timeZone` is for tests; readers get their own. */
export function formatDate(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(languageTag(locale), { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** A moment, with the zone named so that a screenshot shared across zones stays unambiguous. */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(languageTag(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** A time of day with seconds, e.g. 10:42:03 — for a log whose rows all fall on a day or two. */
export function formatTime(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(languageTag(locale), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone,
  }).format(new Date(iso));
}
