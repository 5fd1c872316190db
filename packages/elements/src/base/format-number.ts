import { type Locale, toNepaliDigits } from '@nayabato/core';

/**
 * Writes a number for people to read: grouped (Nepal groups in lakhs: 1,00,000), in Devanagari digits in
 * Nepali.
 *
 * @param value - the number
 * @param locale - `en` or `ne`
 * @param options - passed to `Intl.NumberFormat` (e.g. `{ style: 'percent' }`)
 * @example
 * ```ts
 * formatNumber(125000, 'ne'); // '१,२५,०००'
 * formatNumber(125000, 'en'); // '125,000'
 * ```
 */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  if (locale === 'en') return new Intl.NumberFormat('en', options).format(value);
  return toNepaliDigits(new Intl.NumberFormat('en-IN', options).format(value));
}
