import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';

const messages = defineMessages('money.error', {
  non_integer_amount: {
    en: 'An amount of money must be a whole number of rupees.',
    ne: 'रकम पूरा रुपैयाँमा (दशमलव बिना) हुनुपर्छ।',
  },
  non_finite_amount: {
    en: 'An amount of money must be a finite number.',
    ne: 'रकम सीमित सङ्ख्या हुनुपर्छ।',
  },
  unsafe_amount: {
    en: 'The amount is too large to be represented exactly.',
    ne: 'रकम यति ठूलो छ कि यसलाई ठ्याक्कै राख्न सकिँदैन।',
  },
  invalid_amount_text: {
    en: 'Enter an amount in whole rupees, for example 12,500.',
    ne: 'पूरा रुपैयाँमा रकम लेख्नुहोस्, जस्तै १२,५००।',
  },
  invalid_date: {
    en: 'The date must be an ISO date such as 2025-07-21.',
    ne: 'मिति २०२५-०७-२१ जस्तो ISO ढाँचामा हुनुपर्छ।',
  },
});

/**
 * The stable codes of {@link MoneyError}.
 *
 * @example
 * ```ts
 * const code: MoneyErrorCode = 'non_integer_amount';
 * ```
 */
export type MoneyErrorCode = keyof typeof messages.entries;

/**
 * Thrown when an amount cannot be formatted or parsed as integer NPR, or a date given to the minimum wage
 * look-up is not an ISO date. `code` is stable; `localized` carries the message in English and Nepali.
 * The offending value is never put in the message: amounts may belong to a participant.
 *
 * @example
 * ```ts
 * try {
 *   formatNpr(12.5, 'en');
 * } catch (error) {
 *   if (error instanceof MoneyError) error.code; // 'non_integer_amount'
 * }
 * ```
 */
export class MoneyError extends LocalizedError<MoneyErrorCode> {
  override readonly name = 'MoneyError';

  constructor(code: MoneyErrorCode) {
    super(code, messages.localized(code));
  }
}

/**
 * The catalog of money error messages, e.g. to show `localized` texts or list them in docs.
 *
 * @example
 * ```ts
 * moneyErrorMessages.format('non_integer_amount', 'en'); // 'An amount of money must be a whole number of rupees.'
 * ```
 */
export const moneyErrorMessages = messages;
