import { adToBs, bsToAd, tryParseBsDate } from '@nayabato/core';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The Bikram Sambat date of an ISO (AD) date as a date field holds it, `2083-08-20`: what the NGO forms
 * show in a date field for a stored date. A date outside core's BS table is kept as it is, so the form
 * says it is not a BS date instead of dropping it.
 *
 * @example
 * ```ts
 * bsTextOf('2025-04-14'); // '2082-01-01'
 * ```
 */
export function bsTextOf(iso: string): string {
  try {
    const { year, month, day } = adToBs(iso);
    return `${year}-${pad(month)}-${pad(day)}`;
  } catch {
    return iso;
  }
}

/**
 * Today in Bikram Sambat, as a date field holds it (see {@link bsTextOf}).
 *
 * @example
 * ```ts
 * todayBs(); // e.g. '2083-08-21'
 * ```
 */
export const todayBs = (now: Date = new Date()): string => bsTextOf(now.toISOString().slice(0, 10));

/**
 * The ISO (AD) date a typed Bikram Sambat date stands for (year-month-day, Latin or Devanagari digits), or
 * `undefined` when the text is not a BS date: what the forms send, and show beside the field in AD.
 *
 * @example
 * ```ts
 * isoOfBsText('२०८२-०१-०१'); // '2025-04-14'
 * isoOfBsText('2082-13-01'); // undefined
 * ```
 */
export function isoOfBsText(text: string): string | undefined {
  const bs = tryParseBsDate(text.trim());
  return bs ? bsToAd(bs) : undefined;
}
