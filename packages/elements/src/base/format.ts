import { formatIsoDateAsBs, type Locale, toNepaliDigits } from '@nayabato/core';

/**
 * Which calendar dates are shown in: Bikram Sambat (the default in Nepal), Gregorian (AD), or both
 * (`BS (AD)`).
 *
 * @example
 * ```ts
 * const calendar: CalendarChoice = 'ad';
 * ```
 */
export type CalendarChoice = 'bs' | 'ad' | 'both';

function formatAd(isoDate: string, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale === 'ne' ? 'ne-NP' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
  return locale === 'ne' ? toNepaliDigits(text) : text;
}

/**
 * Writes a stored date (ISO 8601, `YYYY-MM-DD` or a full timestamp, whose date part is used) in Bikram
 * Sambat through core's calendar, in AD, or in both; with Nepali month names and digits in Nepali.
 *
 * @param isoDate - an ISO 8601 date or timestamp
 * @param locale - `en` or `ne`
 * @param calendar - `bs` (default), `ad` or `both`
 * @throws core's `InvalidAdDateError` or `CalendarRangeError` when the date is malformed or out of range
 * @example
 * ```ts
 * formatDate('2025-04-14', 'ne'); // '१ बैशाख २०८२'
 * formatDate('2025-04-14', 'en', 'both'); // '1 Baisakh 2082 (14 April 2025)'
 * ```
 */
export function formatDate(isoDate: string, locale: Locale, calendar: CalendarChoice = 'bs'): string {
  const date = isoDate.slice(0, 10);
  if (calendar === 'ad') return formatAd(date, locale);
  const bs = formatIsoDateAsBs(date, locale);
  return calendar === 'both' ? `${bs} (${formatAd(date, locale)})` : bs;
}
