import type { Locale, LocalizedText } from '../i18n/locale.js';

/**
 * What a {@link LocalizedError} may carry besides its code and texts.
 *
 * @example
 * ```ts
 * const options: LocalizedErrorOptions = { cause: new TypeError('not a number') };
 * ```
 */
export interface LocalizedErrorOptions {
  /** The error that led to this one, kept for debugging; never shown to a user. */
  readonly cause?: unknown;
}

/**
 * The base of every error core throws: a stable machine `code`, the message in English and Nepali
 * (`localized`, written through a `defineMessages` catalog so that `docs/i18n.md` lists it) and an optional
 * `cause`. `message` is the English text, so logs and stack traces read the same everywhere. Messages never
 * carry participant data: subclasses fill them from codes, labels and the caller's own arguments only.
 *
 * Catch one family with its own class (`MoneyError`, `CalendarError`, ...), or every core error with this one.
 *
 * @example
 * ```ts
 * try {
 *   formatNpr(12.5, 'en');
 * } catch (error) {
 *   if (error instanceof LocalizedError) console.log(error.code, error.text('ne'));
 * }
 * ```
 */
export abstract class LocalizedError<C extends string = string> extends Error {
  override readonly name: string = 'LocalizedError';
  /** The stable, machine-readable reason. */
  readonly code: C;
  /** The message in English and Nepali. */
  readonly localized: LocalizedText;

  constructor(code: C, localized: LocalizedText, options: LocalizedErrorOptions = {}) {
    super(localized.en, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.localized = localized;
  }

  /**
   * The message in `locale`.
   *
   * @example
   * ```ts
   * new MoneyError('non_integer_amount').text('ne'); // 'रकम पूरा रुपैयाँमा (दशमलव बिना) हुनुपर्छ।'
   * ```
   */
  text(locale: Locale): string {
    return this.localized[locale];
  }
}

/**
 * Whether `error` is an error thrown by core, narrowed to {@link LocalizedError}.
 *
 * @example
 * ```ts
 * catch (error) { if (isLocalizedError(error)) show(error.text('ne')); else throw error; }
 * ```
 */
export function isLocalizedError(error: unknown): error is LocalizedError {
  return error instanceof LocalizedError;
}
