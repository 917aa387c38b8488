/**
 * Locale-dependent formatting: the language tag of a locale (for `<html lang>` and Intl), and
 * dates and times in the reader's own time zone, in the locale's own form.
 */
import { localeRecord, type Locale } from '../contract/index.ts';
import { pseudoText } from './pseudo.ts';

/** The locale's BCP 47 tag, from its record (src/contract/locale.ts). */
export function languageTag(locale: Locale): string {
  return localeRecord(locale).lang;
}

/** The tag Intl formats with: the pseudo-locale (tests only) formats as its source locale, then in pseudo text. */
function intlTag(locale: Locale): string {
  const { pseudoOf } = localeRecord(locale);
  return pseudoOf ? localeRecord(pseudoOf as Locale).lang : languageTag(locale);
}

// A constant in bundles (astro.config.mjs), so a build without the pseudo-locale drops it; in
// Node (import.meta.env absent) nothing formats for the pseudo-locale.
const PSEUDO_DATES = typeof import.meta.env === 'object' && import.meta.env.PUBLIC_PSEUDO_LOCALE === '1';

const inLocale = (locale: Locale, text: string) =>
  PSEUDO_DATES && localeRecord(locale).pseudoOf ? pseudoText(text) : text;

/** A day, e.g. 2024年3月18日 / March 18, 2024. `timeZone` is for tests; readers get their own. */
export function formatDate(iso: string, locale: Locale, timeZone?: string): string {
  return inLocale(
    locale,
    new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone }).format(new Date(iso)),
  );
}

/**
 * A moment: the date, then the time, then the zone, so that a screenshot shared across zones
 * stays unambiguous. (Intl's zh form puts the zone between date and time: "2026年12月6日 GMT+8
 * 13:35:00"; the zone is therefore formatted on its own and put after the time.)
 */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const date = new Date(iso);
  const moment = new Intl.DateTimeFormat(intlTag(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone,
  }).format(date);
  const zone = new Intl.DateTimeFormat(intlTag(locale), { timeZoneName: 'short', timeZone })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return inLocale(locale, zone ? `${moment} ${zone}` : moment);
}

/** A time of day with seconds, e.g. 10:42:03 — for a log whose rows all fall on a day or two. */
export function formatTime(iso: string, locale: Locale, timeZone?: string): string {
  return inLocale(
    locale,
    new Intl.DateTimeFormat(intlTag(locale), {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone,
    }).format(new Date(iso)),
  );
}
