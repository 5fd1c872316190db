import { fromNepaliDigits } from '../i18n/digits.js';
import { CalendarError } from './calendar-error.js';
import { type BsDate, daysInBsMonth } from './conversion.js';
import { InvalidBsDateError } from './invalid-bs-date-error.js';

/** Year, month, day: four-digit year, one- or two-digit month and day, `-`, `/` or `.` between them. */
const BS_DATE_TEXT = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;

/**
 * Reads a BS date typed as year-month-day, in ASCII or Devanagari digits: `2082-01-01`, `२०८२-०१-०१`,
 * `2082/1/1`. Surrounding spaces are ignored. The date must exist and be within {@link BS_RANGE}.
 *
 * @throws {@link InvalidBsDateError} if the text is not such a date or names a day that does not exist
 * @throws {@link CalendarRangeError} if the year is outside {@link BS_RANGE}
 * @example
 * ```ts
 * parseBsDate('२०८२-०१-०१'); // { year: 2082, month: 1, day: 1 }
 * parseBsDate('2082/4/32'); // throws InvalidBsDateError: Shrawan 2082 has 31 days
 * ```
 */
export function parseBsDate(text: string): BsDate {
  const match = typeof text === 'string' ? BS_DATE_TEXT.exec(fromNepaliDigits(text.trim())) : null;
  if (!match) throw new InvalidBsDateError();
  const date = { year: Number(match[1]), month: Number(match[3]), day: Number(match[4]) };
  if (date.day < 1 || date.day > daysInBsMonth(date.year, date.month)) throw new InvalidBsDateError();
  return date;
}

/**
 * Like {@link parseBsDate}, but returns `undefined` instead of throwing, for input fields that are checked
 * as the user types.
 *
 * @example
 * ```ts
 * tryParseBsDate('2082-01-01'); // { year: 2082, month: 1, day: 1 }
 * tryParseBsDate('2082-01-'); // undefined
 * ```
 */
export function tryParseBsDate(text: string): BsDate | undefined {
  try {
    return parseBsDate(text);
  } catch (error) {
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
}
