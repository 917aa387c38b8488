/** Dates in the reader's zone: date, then time, then the zone (never the zone between them). */
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from '../../src/i18n/format.ts';

const AT = '2026-12-06T05:35:00.000Z';

describe('formatDateTime', () => {
  it('zh: date, time, then the zone', () => {
    expect(formatDateTime(AT, 'zh', 'Asia/Shanghai')).toBe('2026年12月6日 13:35:00 GMT+8');
    expect(formatDateTime(AT, 'zh', 'UTC')).toBe('2026年12月6日 05:35:00 UTC');
  });

  it('en: date, time, then the zone', () => {
    expect(formatDateTime(AT, 'en', 'America/New_York')).toBe('Dec 6, 2026, 12:35:00 AM EST');
  });

  it('a time of day alone names no zone (a log whose rows share one)', () => {
    expect(formatTime(AT, 'zh', 'Asia/Shanghai')).toBe('13:35:00');
  });
});
