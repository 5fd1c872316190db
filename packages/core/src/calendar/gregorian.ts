/**
 * Proleptic Gregorian arithmetic on whole days, with no `Date` object: conversions must not depend on the
 * time zone of the machine they run on. Day numbers count from 1970-01-01 (day 0).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @example
 * ```ts
 * isGregorianLeapYear(2024); // true
 * ```
 */
export function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a Gregorian month (1 to 12).
 *
 * @example
 * ```ts
 * daysInGregorianMonth(2024, 2); // 29
 * ```
 */
export function daysInGregorianMonth(year: number, month: number): number {
  if (month === 2) return isGregorianLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number (days since 1970-01-01) of a Gregorian date. Howard Hinnant's `days_from_civil`.
 *
 * @example
 * ```ts
 * dayNumberFromGregorian(1970, 1, 2); // 1
 * ```
 */
export function dayNumberFromGregorian(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The Gregorian date of a day number. Howard Hinnant's `civil_from_days`.
 *
 * @example
 * ```ts
 * gregorianFromDayNumber(0); // { year: 1970, month: 1, day: 1 }
 * ```
 */
export function gregorianFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The day number of an ISO 8601 calendar date `YYYY-MM-DD`, or `undefined` if the text is not one or names a
 * day that does not exist (e.g. `2025-02-29`).
 *
 * @example
 * ```ts
 * dayNumberFromIsoDate('1970-01-31'); // 30
 * dayNumberFromIsoDate('2025-02-29'); // undefined
 * ```
 */
export function dayNumberFromIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInGregorianMonth(year, month)) return undefined;
  return dayNumberFromGregorian(year, month, day);
}

/**
 * The ISO 8601 calendar date `YYYY-MM-DD` of a day number (years 0 to 9999).
 *
 * @example
 * ```ts
 * isoDateFromDayNumber(0); // '1970-01-01'
 * ```
 */
export function isoDateFromDayNumber(dayNumber: number): string {
  const { year, month, day } = gregorianFromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
