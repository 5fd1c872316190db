import { toNepaliDigits } from '../i18n/digits.js';
import type { Locale } from '../i18n/locale.js';
import { MoneyError } from './money-error.js';
import { moneyUnitLabels } from './money-labels.js';

/**
 * How {@link formatNpr} writes an amount.
 *
 * @example
 * ```ts
 * const options: FormatNprOptions = { currency: false, style: 'compact' };
 * ```
 */
export interface FormatNprOptions {
  /**
   * Whether to prefix the currency, `Rs` in English and `रु` in Nepali.
   * @default true
   */
  readonly currency?: boolean;
  /**
   * `standard` writes every digit (`12,34,567`); `compact` writes amounts of one lakh or more in lakh or
   * crore with at most one decimal, rounded (`12.3 lakh`). Amounts under one lakh are always standard.
   * @default 'standard'
   */
  readonly style?: 'standard' | 'compact';
}

const LAKH = 100_000;
const CRORE = 10_000_000;

/**
 * Checks that a value is an amount of NPR that can be formatted: a finite, safe integer.
 *
 * @throws {@link MoneyError} `non_finite_amount`, `non_integer_amount` or `unsafe_amount`
 * @example
 * ```ts
 * assertNprAmount(1200); // ok
 * assertNprAmount(12.5); // throws MoneyError (code 'non_integer_amount')
 * ```
 */
export function assertNprAmount(amount: unknown): asserts amount is number {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new MoneyError('non_finite_amount');
  if (!Number.isInteger(amount)) throw new MoneyError('non_integer_amount');
  if (!Number.isSafeInteger(amount)) throw new MoneyError('unsafe_amount');
}

/**
 * Groups a string of digits the South Asian way: the last three digits, then groups of two
 * (`1234567` becomes `12,34,567`).
 *
 * @example
 * ```ts
 * groupLakh('123456789'); // '12,34,56,789'
 * ```
 */
export function groupLakh(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  const pairs: string[] = [];
  for (let end = head.length; end > 0; end -= 2) pairs.unshift(head.slice(Math.max(0, end - 2), end));
  return `${pairs.join(',')},${digits.slice(-3)}`;
}

/** `abs` in lakh or crore, rounded to one decimal; a value that rounds to 100 lakh is written as 1 crore. */
function compact(abs: number): { value: string; unit: 'lakh' | 'crore' } | undefined {
  if (abs < LAKH) return undefined;
  let unit: 'lakh' | 'crore' = abs >= CRORE ? 'crore' : 'lakh';
  let tenths = Math.round(abs / ((unit === 'crore' ? CRORE : LAKH) / 10));
  if (unit === 'lakh' && tenths >= 1000) {
    unit = 'crore';
    tenths = Math.round(abs / (CRORE / 10));
  }
  const whole = groupLakh(String(Math.floor(tenths / 10)));
  const tenth = tenths % 10;
  return { value: tenth === 0 ? whole : `${whole}.${tenth}`, unit };
}

/**
 * Formats an integer amount of Nepali rupees for people: South Asian grouping (lakh, crore), Nepali
 * digits in `ne`, an optional currency prefix, and a leading minus for negative amounts. The Nepali text
 * is the English text with Nepali digits, `रु` for `Rs` and Nepali unit words.
 *
 * @param amount - whole rupees; a safe integer
 * @param locale - `en` or `ne`
 * @param options - see {@link FormatNprOptions}
 * @throws {@link MoneyError} if `amount` is not a finite safe integer
 * @example
 * ```ts
 * formatNpr(123456789, 'en'); // 'Rs 12,34,56,789'
 * formatNpr(123456789, 'ne'); // 'रु १२,३४,५६,७८९'
 * formatNpr(-19550, 'en', { currency: false }); // '-19,550'
 * formatNpr(1234567, 'en', { style: 'compact' }); // 'Rs 12.3 lakh'
 * formatNpr(1234567, 'ne', { style: 'compact' }); // 'रु १२.३ लाख'
 * ```
 */
export function formatNpr(amount: number, locale: Locale = 'en', options: FormatNprOptions = {}): string {
  assertNprAmount(amount);
  const abs = Math.abs(amount);
  const short = options.style === 'compact' ? compact(abs) : undefined;
  const body = short
    ? `${short.value} ${moneyUnitLabels.format(short.unit, locale)}`
    : groupLakh(String(abs));
  const prefix = options.currency === false ? '' : `${moneyUnitLabels.format('currency', locale)} `;
  const text = `${amount < 0 ? '-' : ''}${prefix}${body}`;
  return locale === 'ne' ? toNepaliDigits(text) : text;
}
