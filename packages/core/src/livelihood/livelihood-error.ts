import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';

const messages = defineMessages('livelihood.error', {
  invalid_date: {
    en: 'The date must be an ISO date such as 2026-01-15',
    ne: 'मिति २०२६-०१-१५ जस्तो ISO ढाँचामा हुनुपर्छ',
  },
  unknown_checkpoint: {
    en: 'This placement has no retention checkpoint for that month',
    ne: 'यो नियुक्तिमा त्यो महिनाको टिकाउ जाँचबिन्दु छैन',
  },
});

/**
 * The stable codes of {@link LivelihoodError}.
 *
 * @example
 * ```ts
 * const code: LivelihoodErrorCode = 'unknown_checkpoint';
 * ```
 */
export type LivelihoodErrorCode = keyof typeof messages.entries;

/**
 * Thrown by the livelihood functions when called with an argument they cannot use (a date that is not
 * ISO, a retention month the placement does not have). Never carries the record itself.
 *
 * @example
 * ```ts
 * try {
 *   retentionCheckpoints('15/01/2026');
 * } catch (error) {
 *   if (error instanceof LivelihoodError) console.log(error.code); // 'invalid_date'
 * }
 * ```
 */
export class LivelihoodError extends LocalizedError<LivelihoodErrorCode> {
  override readonly name = 'LivelihoodError';

  constructor(code: LivelihoodErrorCode) {
    super(code, messages.localized(code));
  }
}
