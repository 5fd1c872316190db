import { LocalizedError } from '../errors/localized-error.js';
import { defineMessages } from '../i18n/catalog.js';

/**
 * The catalog of calendar error messages, e.g. to show `localized` texts or list them in docs.
 *
 * @example
 * ```ts
 * calendarErrorMessages.format('invalid_bs_date', 'ne');
 * ```
 */
export const calendarErrorMessages = defineMessages('calendar.error', {
  calendar_out_of_range: {
    en: 'The date is outside the supported range of the Bikram Sambat calendar ({bsStart} to {bsEnd} BS, {adStart} to {adEnd} AD).',
    ne: 'मिति विक्रम संवत् पात्रोको समर्थित अवधि (वि.सं. {bsStart} देखि {bsEnd}, ई.सं. {adStart} देखि {adEnd}) बाहिर छ।',
  },
  invalid_bs_date: {
    en: 'The Bikram Sambat date is not valid. Write it as year-month-day, for example 2082-01-15.',
    ne: 'विक्रम संवत् मिति मिलेन। वर्ष-महिना-गते ढाँचामा लेख्नुहोस्, जस्तै २०८२-०१-१५।',
  },
  invalid_ad_date: {
    en: 'The date must be an ISO date (AD) such as 2025-04-14.',
    ne: 'मिति २०२५-०४-१४ जस्तो ISO ढाँचाको ईस्वी मिति हुनुपर्छ।',
  },
});

/**
 * The stable codes of {@link CalendarError}.
 *
 * @example
 * ```ts
 * const code: CalendarErrorCode = 'calendar_out_of_range';
 * ```
 */
export type CalendarErrorCode = keyof typeof calendarErrorMessages.entries;

/**
 * The base of every error thrown by the calendar module. `code` is stable; `localized` carries the message
 * in English and Nepali. The offending date is never put in the message: it may be a participant's date of
 * birth, and error messages end up in logs.
 *
 * @example
 * ```ts
 * try {
 *   bsToAd({ year: 2082, month: 2, day: 32 });
 * } catch (error) {
 *   if (error instanceof CalendarError) console.log(error.code, error.localized.ne);
 * }
 * ```
 */
export class CalendarError extends LocalizedError<CalendarErrorCode> {
  override readonly name: string = 'CalendarError';
}
