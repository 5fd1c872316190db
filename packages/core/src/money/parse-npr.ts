import { fromNepaliDigits } from '../i18n/digits.js';
import type { LocalizedText } from '../i18n/locale.js';
import { MoneyError, type MoneyErrorCode } from './money-error.js';

// sign, currency, sign, digits, decimals, unit. Digits are plain, or grouped one way throughout: lakh-style
// (1-2 digits, pairs, then three: 12,34,567) or Western (1-3 digits, then threes: 1,234,567). A mix such as
// 1,234,56,789 is a typo, not an amount.
const PATTERN =
  /^([-\u2212])?\s*(?:(?:rs\.?|npr|रु\.?|रू\.?)\s*)?([-\u2212])?\s*(\d+|\d{1,2}(?:,\d{2})*,\d{3}|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?\s*(lakhs?|crores?|लाख|करोड)?$/iu;

const EXPONENT: Readonly<Record<string, number>> = {
  lakh: 5,
  lakhs: 5,
  लाख: 5,
  crore: 7,
  crores: 7,
  करोड: 7,
};

/**
 * Reads an amount of rupees as typed: ASCII or Devanagari digits, lakh-style or Western commas
 * (`1,00,000` or `100,000`, one style throughout: `1,234,56,789` is rejected), an optional `Rs`, `NPR` or `रु` prefix, a minus sign, zero paisa (`.00`),
 * and the units lakh and crore in English or Nepali (`5 lakh`, `१.२५ करोड`). The result must be whole rupees.
 *
 * @param text - the amount as typed
 * @throws {@link MoneyError} `invalid_amount_text` if it is not an amount, `non_integer_amount` if it has
 * paisa, `unsafe_amount` if it is too large
 * @example
 * ```ts
 * parseNpr('Rs 12,34,567'); // 1234567
 * parseNpr('रु १२,३४,५६७'); // 1234567
 * parseNpr('2.5 lakh'); // 250000
 * parseNpr('12.50'); // throws MoneyError (code 'non_integer_amount')
 * ```
 */
export function parseNpr(text: string): number {
  if (typeof text !== 'string') throw new MoneyError('invalid_amount_text');
  const match = PATTERN.exec(fromNepaliDigits(text.normalize('NFKC')).trim());
  if (!match) throw new MoneyError('invalid_amount_text');
  const [, sign1, sign2, grouped = '', fraction = '', unit] = match;
  if (sign1 && sign2) throw new MoneyError('invalid_amount_text');
  const exponent = unit ? (EXPONENT[unit.toLowerCase()] ?? 0) : 0;
  // Shift the decimal point by the unit's power of ten in the string, so no floating point is involved.
  if (/[1-9]/.test(fraction.slice(exponent))) throw new MoneyError('non_integer_amount');
  const digits = grouped.replace(/,/g, '') + fraction.slice(0, exponent).padEnd(exponent, '0');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) throw new MoneyError('unsafe_amount');
  return sign1 || sign2 ? -value || 0 : value;
}

/**
 * The outcome of {@link safeParseNpr}.
 *
 * @example
 * ```ts
 * const result: NprParseResult = safeParseNpr('1,200');
 * if (result.ok) result.amount; // 1200
 * ```
 */
export type NprParseResult =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly code: MoneyErrorCode; readonly message: LocalizedText };

/**
 * Like {@link parseNpr}, but returns a result instead of throwing: convenient for form fields.
 *
 * @example
 * ```ts
 * safeParseNpr('१९,५५०'); // { ok: true, amount: 19550 }
 * safeParseNpr('abc'); // { ok: false, code: 'invalid_amount_text', message: { en, ne } }
 * ```
 */
export function safeParseNpr(text: string): NprParseResult {
  try {
    return { ok: true, amount: parseNpr(text) };
  } catch (error) {
    if (error instanceof MoneyError) return { ok: false, code: error.code, message: error.localized };
    throw error;
  }
}
