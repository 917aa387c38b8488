/** Dates in the locale's own form, in UTC so every reader and test sees the same day. */
const tag = (locale: string) => (locale === 'zh' ? 'zh-CN' : 'en-US');

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';
}
