const NEPALI_DIGITS = '०१२३४५६७८९';

/**
 * Replaces the ASCII digits 0-9 in a string with Devanagari digits (० to ९). Other characters stay.
 *
 * @example
 * ```ts
 * toNepaliDigits('2082-04-05'); // '२०८२-०४-०५'
 * ```
 */
export function toNepaliDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => NEPALI_DIGITS[Number(d)]!);
}

/**
 * Replaces Devanagari digits (० to ९) with ASCII digits, so that numbers typed in Nepali can be parsed.
 *
 * @example
 * ```ts
 * fromNepaliDigits('२०८२'); // '2082'
 * ```
 */
export function fromNepaliDigits(text: string): string {
  return text.replace(/[०-९]/g, (d) => String(NEPALI_DIGITS.indexOf(d)));
}
