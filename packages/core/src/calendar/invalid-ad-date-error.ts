import { CalendarError, calendarErrorMessages } from './calendar-error.js';

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
    super('invalid_ad_date', calendarErrorMessages.localized('invalid_ad_date'));
  }
}
