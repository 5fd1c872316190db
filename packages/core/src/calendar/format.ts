import { toNepaliDigits } from '../i18n/digits.js';
import type { Locale } from '../i18n/locale.js';
import { adToBs, type BsDate, bsDayOfWeek } from './conversion.js';
import { bsMonthLabels, bsMonthValue, type WeekdayValue, weekdayLabels } from './names.js';

/**
 * How {@link formatBsDate} writes a date: `long` with the month's name (`1 Baisakh 2082`), `numeric` as
 * year-month-day (`2082-01-01`).
 *
 * @example
 * ```ts
 * const style: BsDateStyle = 'numeric';
 * ```
 */
export type BsDateStyle = 'long' | 'numeric';

/**
 * Options of {@link formatBsDate}.
 *
 * @example
 * ```ts
 * const options: FormatBsDateOptions = { style: 'long', weekday: true };
 * ```
 */
export interface FormatBsDateOptions {
  /**
   * `long` writes the month's name, `numeric` writes `YYYY-MM-DD`.
   * @default 'long'
   */
  readonly style?: BsDateStyle;
  /**
   * Whether to put the day of the week first, e.g. `Monday, 1 Baisakh 2082`.
   * @default false
   */
  readonly weekday?: boolean;
}

/**
 * Writes a BS date for people to read, in English or in Nepali with Devanagari digits and Nepali month names.
 *
 * @param date - an existing BS date within {@link BS_RANGE}
 * @param locale - `en` or `ne`
 * @param options - style and weekday, see {@link FormatBsDateOptions}
 * @throws {@link InvalidBsDateError} or {@link CalendarRangeError} if the date does not exist or is out of range
 * @example
 * ```ts
 * const date = { year: 2082, month: 1, day: 1 };
 * formatBsDate(date, 'en'); // '1 Baisakh 2082'
 * formatBsDate(date, 'ne'); // '१ बैशाख २०८२'
 * formatBsDate(date, 'ne', { style: 'numeric' }); // '२०८२-०१-०१'
 * formatBsDate(date, 'en', { weekday: true }); // 'Monday, 1 Baisakh 2082'
 * ```
 */
export function formatBsDate(date: BsDate, locale: Locale, options: FormatBsDateOptions = {}): string {
  // Computing the weekday also checks that the date exists and is in range.
  const weekdayIndex = bsDayOfWeek(date);
  const { year, month, day } = date;
  const text =
    options.style === 'numeric'
      ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      : `${day} ${bsMonthLabels.format(bsMonthValue(month)!, locale)} ${year}`;
  const withWeekday = options.weekday
    ? `${weekdayLabels.format(Object.keys(weekdayLabels.entries)[weekdayIndex] as WeekdayValue, locale)}, ${text}`
    : text;
  return locale === 'ne' ? toNepaliDigits(withWeekday) : withWeekday;
}

/**
 * Writes a stored AD date (ISO 8601) as a Bikram Sambat date: {@link adToBs} then {@link formatBsDate}.
 *
 * @throws {@link InvalidAdDateError} or {@link CalendarRangeError} if the AD date is malformed or out of range
 * @example
 * ```ts
 * formatIsoDateAsBs('2025-04-14', 'ne'); // '१ बैशाख २०८२'
 * ```
 */
export function formatIsoDateAsBs(
  isoDate: string,
  locale: Locale,
  options: FormatBsDateOptions = {},
): string {
  return formatBsDate(adToBs(isoDate), locale, options);
}
