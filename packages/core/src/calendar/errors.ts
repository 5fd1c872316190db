import { defineMessages } from '../i18n/catalog.js';
import { toNepaliDigits } from '../i18n/digits.js';
import type { LocalizedText } from '../i18n/locale.js';

const messages = defineMessages('calendar.error', {
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
export type CalendarErrorCode = keyof typeof messages.entries;

/**
 * The supported range, as texts for the out-of-range message. Passed in by the conversion module so that
 * this file does not depend on the table.
 */
interface RangeTexts {
  readonly bsStart: string;
  readonly bsEnd: string;
  readonly adStart: string;
  readonly adEnd: string;
}

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
export class CalendarError extends Error {
  override readonly name: string = 'CalendarError';
  /** The stable, machine-readable reason. */
  readonly code: CalendarErrorCode;
  /** The message in English and Nepali. */
  readonly localized: LocalizedText;

  constructor(code: CalendarErrorCode, localized: LocalizedText) {
    super(localized.en);
    this.code = code;
    this.localized = localized;
  }
}

/**
 * Thrown when a well-formed date lies outside the range the month-length table covers ({@link BS_RANGE}).
 * `code` is `calendar_out_of_range`.
 *
 * @example
 * ```ts
 * try {
 *   adToBs('1900-01-01');
 * } catch (error) {
 *   if (error instanceof CalendarRangeError) error.code; // 'calendar_out_of_range'
 * }
 * ```
 */
export class CalendarRangeError extends CalendarError {
  override readonly name: string = 'CalendarRangeError';
  /** Which calendar the rejected input was written in. */
  readonly calendar: 'ad' | 'bs';

  constructor(calendar: 'ad' | 'bs', range: RangeTexts) {
    const nepali = Object.fromEntries(
      Object.entries(range).map(([key, text]) => [key, toNepaliDigits(text)]),
    );
    super('calendar_out_of_range', {
      en: messages.format('calendar_out_of_range', 'en', { ...range }),
      ne: messages.format('calendar_out_of_range', 'ne', nepali),
    });
    this.calendar = calendar;
  }
}

/**
 * Thrown when a Bikram Sambat date is malformed or names a day that does not exist, e.g. day 32 of a month
 * that has 31 days. `code` is `invalid_bs_date`.
 *
 * @example
 * ```ts
 * try {
 *   parseBsDate('2082-13-01');
 * } catch (error) {
 *   if (error instanceof InvalidBsDateError) error.code; // 'invalid_bs_date'
 * }
 * ```
 */
export class InvalidBsDateError extends CalendarError {
  override readonly name: string = 'InvalidBsDateError';

  constructor() {
    super('invalid_bs_date', messages.localized('invalid_bs_date'));
  }
}

/**
 * Thrown when an AD date is not an ISO 8601 calendar date `YYYY-MM-DD` that exists. `code` is
 * `invalid_ad_date`.
 *
 * @example
 * ```ts
 * try {
 *   adToBs('2025-02-29');
 * } catch (error) {
 *   if (error instanceof InvalidAdDateError) error.code; // 'invalid_ad_date'
 * }
 * ```
 */
export class InvalidAdDateError extends CalendarError {
  override readonly name: string = 'InvalidAdDateError';

  constructor() {
    super('invalid_ad_date', messages.localized('invalid_ad_date'));
  }
}

/**
 * The catalog of calendar error messages, e.g. to show `localized` texts or list them in docs.
 *
 * @example
 * ```ts
 * calendarErrorMessages.format('invalid_bs_date', 'ne');
 * ```
 */
export const calendarErrorMessages = messages;
