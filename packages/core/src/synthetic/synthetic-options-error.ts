import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';
import type { GenerateProgrammeOptions } from './programme.js';

/**
 * Messages of {@link SyntheticOptionsError}.
 *
 * @example
 * ```ts
 * syntheticOptionsMessages.format('invalid_synthetic_options', 'en', { option: 'months' });
 * ```
 */
export const syntheticOptionsMessages = defineMessages('synthetic.options', {
  invalid_synthetic_options: {
    en: 'Invalid option {option} for the synthetic programme',
    ne: 'कृत्रिम कार्यक्रमका लागि {option} विकल्प अमान्य छ',
  },
});

/**
 * Thrown by {@link generateProgramme} for an option out of range: a seed that is not an integer, a
 * participant count outside 0 to 1,000,000, a start that is not an ISO date, or months outside 1 to 120.
 *
 * @example
 * ```ts
 * try {
 *   generateProgramme({ months: 0 });
 * } catch (error) {
 *   if (error instanceof SyntheticOptionsError) console.log(error.code, error.option); // 'invalid_synthetic_options' 'months'
 * }
 * ```
 */
export class SyntheticOptionsError extends LocalizedError<'invalid_synthetic_options'> {
  override readonly name = 'SyntheticOptionsError';
  /** The option at fault. */
  readonly option: keyof GenerateProgrammeOptions;

  constructor(option: keyof GenerateProgrammeOptions) {
    super(
      'invalid_synthetic_options',
      syntheticOptionsMessages.localized('invalid_synthetic_options', { option }),
    );
    this.option = option;
  }
}
