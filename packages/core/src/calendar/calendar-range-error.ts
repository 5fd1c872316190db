import { toNepaliDigits } from '../i18n/digits.js';
import { CalendarError, calendarErrorMessages } from './calendar-error.js';

/**
 * The supported range, as texts for the out-of-range message. Passed in by the conversion module so that
 * this file does not depend on the table.
 *
 * @example
 * ```ts
 * const range: CalendarRangeTexts = { bsStart: '1970', bsEnd: '2100', adStart: '1913', adEnd: '2044' };
 * ```
 */
export interface CalendarRangeTexts {
  readonly bsStart: string;
  readonly bsEnd: string;
  readonly adStart: string;
  readonly adEnd: string;
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

  constructor(calendar: 'ad' | 'bs', range: CalendarRangeTexts) {
    const nepali = Object.fromEntries(
      Object.entries(range).map(([key, text]) => [key, toNepaliDigits(text)]),
    );
    super('calendar_out_of_range', {
      en: calendarErrorMessages.format('calendar_out_of_range', 'en', { ...range }),
      ne: calendarErrorMessages.format('calendar_out_of_range', 'ne', nepali),
    });
    this.calendar = calendar;
  }
}
