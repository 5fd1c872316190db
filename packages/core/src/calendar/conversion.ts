import {
  BS_MONTH_TABLE,
  BS_PROVISIONAL_FROM_YEAR,
  BS_TABLE_EPOCH_AD,
  BS_TABLE_FIRST_YEAR,
} from './bs-month-table.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { dayNumberFromIsoDate, isoDateFromDayNumber } from './gregorian.js';
import { InvalidAdDateError } from './invalid-ad-date-error.js';
import { InvalidBsDateError } from './invalid-bs-date-error.js';

/**
 * A date in the Bikram Sambat calendar. `month` is 1 (Baisakh) to 12 (Chaitra); `day` is 1 to the month's
 * length (29 to 32). Dates are stored in AD (ISO 8601); BS is for display and entry.
 *
 * @example
 * ```ts
 * const newYear2082: BsDate = { year: 2082, month: 1, day: 1 };
 * ```
 */
export interface BsDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The range the conversion supports, in both calendars (inclusive), and the first BS year whose month
 * lengths are projections rather than a published almanac.
 *
 * @example
 * ```ts
 * BS_RANGE.ad.start; // '1943-04-14'
 * ```
 */
export interface BsRange {
  readonly bs: { readonly start: BsDate; readonly end: BsDate };
  readonly ad: { readonly start: string; readonly end: string };
  readonly provisionalFromYear: number;
}

const FIRST_YEAR = BS_TABLE_FIRST_YEAR;
const LAST_YEAR = BS_TABLE_FIRST_YEAR + BS_MONTH_TABLE.length - 1;

/** Day numbers (days since 1970-01-01) of each Baisakh 1 in the table, then of the day after its end. */
const YEAR_STARTS: readonly number[] = (() => {
  let day = dayNumberFromIsoDate(BS_TABLE_EPOCH_AD)!;
  const starts = [day];
  for (const row of BS_MONTH_TABLE) {
    for (const length of row) day += length;
    starts.push(day);
  }
  return Object.freeze(starts);
})();

const FIRST_DAY = YEAR_STARTS[0]!;
const LAST_DAY = YEAR_STARTS[YEAR_STARTS.length - 1]! - 1;

function monthLengths(year: number): readonly number[] | undefined {
  return BS_MONTH_TABLE[year - FIRST_YEAR];
}

/**
 * The supported range: BS 2000-01-01 to the last day of BS 2090, which is 1943-04-14 to 2034-04-13 AD.
 * Dates from `provisionalFromYear` (BS 2084) on use projected month lengths.
 *
 * @example
 * ```ts
 * BS_RANGE.bs.end; // { year: 2090, month: 12, day: 30 }
 * BS_RANGE.ad.end; // '2034-04-13'
 * ```
 */
export const BS_RANGE: BsRange = Object.freeze({
  bs: Object.freeze({
    start: Object.freeze({ year: FIRST_YEAR, month: 1, day: 1 }),
    end: Object.freeze({ year: LAST_YEAR, month: 12, day: monthLengths(LAST_YEAR)![11]! }),
  }),
  ad: Object.freeze({ start: isoDateFromDayNumber(FIRST_DAY), end: isoDateFromDayNumber(LAST_DAY) }),
  provisionalFromYear: BS_PROVISIONAL_FROM_YEAR,
});

function bsText(date: BsDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function rangeError(calendar: 'ad' | 'bs'): CalendarRangeError {
  return new CalendarRangeError(calendar, {
    bsStart: bsText(BS_RANGE.bs.start),
    bsEnd: bsText(BS_RANGE.bs.end),
    adStart: BS_RANGE.ad.start,
    adEnd: BS_RANGE.ad.end,
  });
}

/**
 * The number of days (29 to 32) in a BS month.
 *
 * @param year - the BS year, within {@link BS_RANGE}
 * @param month - 1 (Baisakh) to 12 (Chaitra)
 * @throws {@link InvalidBsDateError} if `year` or `month` is not a whole number or `month` is not 1 to 12
 * @throws {@link CalendarRangeError} if `year` is outside {@link BS_RANGE}
 * @example
 * ```ts
 * daysInBsMonth(2081, 2); // 32 (Jestha 2081)
 * ```
 */
export function daysInBsMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new InvalidBsDateError();
  }
  const lengths = monthLengths(year);
  if (!lengths) throw rangeError('bs');
  return lengths[month - 1]!;
}

/**
 * Whether `value` is a BS date that exists and lies within {@link BS_RANGE}: whole numbers, a month of 1 to
 * 12 and a day no greater than that month's length.
 *
 * @example
 * ```ts
 * isValidBsDate({ year: 2082, month: 1, day: 31 }); // true (Baisakh 2082 has 31 days)
 * isValidBsDate({ year: 2082, month: 1, day: 32 }); // false
 * ```
 */
export function isValidBsDate(value: unknown): value is BsDate {
  if (typeof value !== 'object' || value === null) return false;
  const { year, month, day } = value as Record<string, unknown>;
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') return false;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const lengths = monthLengths(year);
  return lengths !== undefined && day <= lengths[month - 1]!;
}

/** The day number of a BS date, after checking it. */
function dayNumberFromBs(date: BsDate): number {
  const { year, month, day } = date;
  if (!Number.isInteger(day) || day < 1) throw new InvalidBsDateError();
  if (day > daysInBsMonth(year, month)) throw new InvalidBsDateError();
  const lengths = monthLengths(year)!;
  let dayNumber = YEAR_STARTS[year - FIRST_YEAR]! + day - 1;
  for (let m = 0; m < month - 1; m++) dayNumber += lengths[m]!;
  return dayNumber;
}

/** The BS date of a day number within the range. */
function bsFromDayNumber(dayNumber: number): BsDate {
  // Binary search for the last year starting on or before the day.
  let low = 0;
  let high = BS_MONTH_TABLE.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (YEAR_STARTS[mid]! <= dayNumber) low = mid;
    else high = mid - 1;
  }
  const lengths = BS_MONTH_TABLE[low]!;
  let rest = dayNumber - YEAR_STARTS[low]!;
  let month = 0;
  while (rest >= lengths[month]!) {
    rest -= lengths[month]!;
    month++;
  }
  return { year: FIRST_YEAR + low, month: month + 1, day: rest + 1 };
}

/**
 * Converts an AD date, stored as ISO 8601 `YYYY-MM-DD`, to Bikram Sambat. Pure day arithmetic: the result
 * does not depend on the time zone.
 *
 * @param isoDate - an ISO 8601 calendar date within {@link BS_RANGE}
 * @throws {@link InvalidAdDateError} if `isoDate` is not an existing `YYYY-MM-DD` date
 * @throws {@link CalendarRangeError} if it is outside {@link BS_RANGE}
 * @example
 * ```ts
 * adToBs('2025-04-14'); // { year: 2082, month: 1, day: 1 }
 * ```
 */
export function adToBs(isoDate: string): BsDate {
  const dayNumber = typeof isoDate === 'string' ? dayNumberFromIsoDate(isoDate) : undefined;
  if (dayNumber === undefined) throw new InvalidAdDateError();
  if (dayNumber < FIRST_DAY || dayNumber > LAST_DAY) throw rangeError('ad');
  return bsFromDayNumber(dayNumber);
}

/**
 * Converts a Bikram Sambat date to AD, as the ISO 8601 `YYYY-MM-DD` string dates are stored in.
 *
 * @param date - an existing BS date within {@link BS_RANGE}
 * @throws {@link InvalidBsDateError} if the date does not exist (e.g. day 32 of a 31-day month)
 * @throws {@link CalendarRangeError} if its year is outside {@link BS_RANGE}
 * @example
 * ```ts
 * bsToAd({ year: 2082, month: 1, day: 1 }); // '2025-04-14'
 * ```
 */
export function bsToAd(date: BsDate): string {
  return isoDateFromDayNumber(dayNumberFromBs(date));
}

/**
 * The day of the week of a BS date: 0 for Sunday (आइतबार) to 6 for Saturday (शनिबार).
 *
 * @throws {@link InvalidBsDateError} or {@link CalendarRangeError} as {@link bsToAd} does
 * @example
 * ```ts
 * bsDayOfWeek({ year: 2082, month: 1, day: 1 }); // 1 (Monday, 2025-04-14)
 * ```
 */
export function bsDayOfWeek(date: BsDate): number {
  // 1970-01-01 (day 0) was a Thursday.
  return (((dayNumberFromBs(date) + 4) % 7) + 7) % 7;
}
