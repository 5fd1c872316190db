import { CalendarError, calendarErrorMessages } from './calendar-error.js';

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
    super('invalid_bs_date', calendarErrorMessages.localized('invalid_bs_date'));
  }
}
